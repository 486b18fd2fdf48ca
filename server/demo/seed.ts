import mongoose from 'mongoose';
import { OrgUnit } from '../../models/org-unit.model.js';
import { syncIndexes } from '../db/connect.js';
import { collectionChanged } from '../db/versioned-cache.js';
import { runMonthlyAssessment } from '../modules/assessments/index.js';
import { runPointsRollup } from '../modules/points/index.js';
import { computeOpenCycleAnomalies } from '../modules/evaluation/index.js';
import { watchOverdueWhistles } from '../modules/projects/index.js';
import { seedReferenceData } from '../seed-defaults.js';
import { monthKey, previousMonth } from '../lib/time.js';
import { seededRandom } from './random.js';
import { seedEvaluation, seedProjects } from './seed-activity.js';
import { seedActivitiesAndClaims } from './seed-activities.js';
import { seedCases } from './seed-cases.js';
import { seedTraining } from './seed-training.js';
import { seedOrg } from './seed-org.js';
import { seedPoints } from './seed-points.js';
import { DEMO_PASSWORD, SCALES, type DemoScale } from './scales.js';

export { DEMO_PASSWORD, SCALES };
export const DEMO_DISTRICT_CODE = 'PT';

export class DemoExistsError extends Error {}

export interface SeedHooks {
  step?(label: string): void;
  progress?(done: number, total: number): void;
}

export const hasDemo = async () => !!(await OrgUnit.exists({ code: DEMO_DISTRICT_CODE }));

/** Empties every collection of the database (the demo's --reset), then restores the reference data. */
export async function resetDatabase() {
  const db = mongoose.connection.db!;
  for (const c of await db.listCollections({}, { nameOnly: true }).toArray()) await db.collection(c.name).deleteMany({});
  await syncIndexes();
  await seedReferenceData();
}

/**
 * The demo district: same seed → same data (dates are relative to `now`). Refuses when a demo is
 * already there. Ends by running the jobs, so rollups, assessments and reminders exist too.
 */
export async function seedDemo(opts: { scale: DemoScale['name']; now: Date; voterSalt: string; hooks?: SeedHooks }) {
  if (await hasDemo()) throw new DemoExistsError('演示数据已存在（用 --reset 重新生成）(demo data already present; use --reset)');
  const started = Date.now();
  const scale = SCALES[opts.scale];
  const r = seededRandom(20_211_120);
  const step = opts.hooks?.step ?? (() => {});
  step('组织架构与人员');
  const org = await seedOrg(r, scale, opts.now);
  step('开门第一件事项目、进展、吹哨与投票');
  const projects = await seedProjects(r, org, scale, opts.now, opts.voterSalt);
  step('组织力评估');
  const evaluation = await seedEvaluation(r, org, scale, opts.now, opts.voterSalt);
  step('党员积分（一年）');
  const points = await seedPoints(r, org, opts.now, opts.hooks?.progress ?? (() => {}));
  step('活动签到与积分申请');
  const activities = await seedActivitiesAndClaims(org, opts.now);
  step('案例库与“最妥一件事”');
  const cases = await seedCases(org, opts.now);
  step('培训联训与出席');
  const training = await seedTraining(org, opts.now);
  step('运行定时任务：积分汇总');
  const rollup = await runPointsRollup({ now: opts.now, full: true });
  step('月度评估与吹哨超期提醒');
  const assessment = await runMonthlyAssessment(previousMonth(monthKey(opts.now)), opts.now);
  const whistles = await watchOverdueWhistles(opts.now);
  step('组织力评估群众评分异常检查');
  const anomalies = await computeOpenCycleAnomalies(opts.now);
  // The demo is written through the raw driver, which no versioned model sees.
  await Promise.all(Object.values(mongoose.models).map((m) => collectionChanged(m.collection.collectionName)));
  return {
    scale: scale.name,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    logins: org.logins,
    password: DEMO_PASSWORD,
    counts: {
      streets: org.streets.length, communities: org.communities.length, mentees: org.mentees.length, mentors: org.mentors.length,
      evaluators: org.evaluators.length, departments: org.departments.length, members: org.members.length, pairs: org.pairs.length,
      ...projects, ...evaluation, points, ...activities, ...cases, ...training, rollupPeriods: rollup.periods.length, assessment, whistleWatch: whistles, anomalyFlags: anomalies.flagged,
    },
  };
}
