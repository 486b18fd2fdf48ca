import { Types } from 'mongoose';
import { EvaluationAssignment, EvaluationCycle, EvaluationScore, ResidentScore } from '../../models/evaluation.model.js';
import { CoachingNote } from '../../models/mentorship.model.js';
import { MilestoneDone, Project, ProjectComment, ProjectLock, ProjectProgress } from '../../models/project.model.js';
import { OfflineVoteBatch, ProjectVote } from '../../models/vote.model.js';
import { Whistle } from '../../models/whistle.model.js';
import { hashVoterKey } from '../lib/voter-key.js';
import { dayEnd, dayKey } from '../lib/time.js';
import { dataChanged } from '../db/versioned-cache.js';
import { scoresInsertedRaw } from '../modules/evaluation/index.js';
import { DEFAULT_INDICATORS, DEFAULT_SCALE, DEFAULT_SOURCES } from '../modules/evaluation/evaluation.rules.js';
import { votesKey } from '../modules/projects/index.js';
import type { DemoOrg } from './seed-org.js';
import { PROJECT_TITLES, type Random } from './random.js';
import type { DemoScale } from './scales.js';

const DAY = 86_400_000;
const oid = () => new Types.ObjectId();

async function insertInBatches(model: { collection: { insertMany(docs: object[], o: object): Promise<unknown> } }, docs: object[]) {
  for (let i = 0; i < docs.length; i += 5000) await model.collection.insertMany(docs.slice(i, i + 5000), { ordered: false });
}

/** 开门第一件事 projects with a year of progress, mentor comments and coaching notes, whistles and votes. */
export async function seedProjects(r: Random, org: DemoOrg, scale: DemoScale, now: Date, voterSalt: string) {
  const categories = Object.keys(PROJECT_TITLES);
  type Doc = Record<string, any>;
  const projects: Doc[] = [], logs: Doc[] = [], done: Doc[] = [], comments: Doc[] = [], notes: Doc[] = [];
  for (const [i, pair] of org.pairs.entries()) {
    const category = categories[i % categories.length];
    const start = pair.startDate;
    const milestones = [1, 2, 3].map((k) => ({ _id: oid(), title: ['意见征询', '方案公示', '落地验收'][k - 1], dueDate: dayEnd(dayKey(new Date(start.getTime() + k * 100 * DAY))) }));
    const status = r.chance(0.12) ? 'done' : r.chance(0.05) ? 'paused' : 'active';
    const p = {
      _id: oid(), ownerId: pair.mentee._id, communityId: pair.mentee.orgUnitId, streetId: pair.mentee.streetId, districtId: org.district,
      title: `${r.pick(PROJECT_TITLES[category])}（${org.communities[i % org.communities.length].name}）`, categoryKey: category,
      goal: '聚焦群众急难愁盼，明确时间表和路线图，按节点推进并公开进展。', startDate: start, milestones, status, statusHistory: [],
      percent: 0, lastProgressAt: null as Date | null, createdAt: start, updatedAt: now,
    };
    let percent = 0;
    for (let t = start.getTime() + r.int(3, 20) * DAY; t < now.getTime() - DAY; t += r.int(12, 40) * DAY) {
      percent = Math.min(100, percent + r.int(3, 15));
      const log = { _id: oid(), projectId: p._id, authorId: pair.mentee._id, date: new Date(t), note: `推进${p.title.slice(0, 6)}，完成阶段工作`, percent, milestoneId: null as Types.ObjectId | null, milestoneDone: false, createdAt: new Date(t) };
      const due = milestones.find((m) => m.dueDate.getTime() <= t + 20 * DAY && !done.some((d) => d._id === `${p._id}:${m._id}`));
      if (due && r.chance(0.7)) {
        log.milestoneId = due._id;
        log.milestoneDone = true;
        done.push({ _id: `${p._id}:${due._id}`, projectId: p._id, milestoneId: due._id, progressId: log._id, doneAt: log.date });
      }
      logs.push(log);
      if (r.chance(0.5)) comments.push({ _id: oid(), projectId: p._id, authorId: pair.mentor._id, note: '思路清晰，注意发动楼组长和党员骨干。', progressId: log._id, createdAt: new Date(t + DAY) });
      p.percent = percent;
      p.lastProgressAt = log.date;
    }
    if (status === 'done') p.percent = 100;
    projects.push(p);
    for (let t = pair.startDate.getTime() + 10 * DAY; t < now.getTime(); t += r.int(20, 45) * DAY) {
      notes.push({ _id: oid(), mentorshipId: pair._id, authorId: pair.mentor._id, date: new Date(t), kind: r.pick(['visit', 'call', 'training', 'other']), note: '面对面带教：梳理项目难点，指导开好议事会。', createdAt: new Date(t) });
    }
  }
  await Project.collection.insertMany(projects);
  await ProjectLock.collection.insertMany(projects.filter((p) => p.status !== 'done').map((p) => ({ _id: String(p.ownerId), projectId: p._id })) as never[]);
  await insertInBatches(ProjectProgress, logs);
  if (done.length) await MilestoneDone.collection.insertMany(done as never[]);
  await insertInBatches(ProjectComment, comments);
  await insertInBatches(CoachingNote, notes);

  const whistles = Array.from({ length: scale.whistles }, (_, i) => {
    const p = projects[(i * 7) % projects.length];
    const created = new Date(now.getTime() - r.int(5, 120) * DAY);
    const dueDate = dayEnd(dayKey(new Date(created.getTime() + r.int(7, 30) * DAY)));
    const dept = org.departments[i % org.departments.length];
    const answered = r.chance(0.7);
    const status = answered ? r.pick(['accepted', 'in_progress', 'resolved', 'resolved']) : 'open';
    const at = new Date(created.getTime() + r.int(1, 72) * 3_600_000);
    return {
      _id: oid(), projectId: p._id, ownerId: p.ownerId, communityId: p.communityId, streetId: p.streetId, departmentId: dept._id,
      problem: r.pick(['管线迁移需供电部门配合', '停车泊位施划需交警审批', '绿化调整需绿化市容部门同意', '小区出入口改造需规划许可']),
      dueDate, status, responses: answered ? [{ status, note: '已报到，安排专人对接', authorId: dept._id, at }] : [],
      firstResponseAt: answered ? at : null, closedAt: status === 'resolved' ? at : null, overdueSince: null, createdAt: created, updatedAt: now,
    };
  });
  if (whistles.length) await Whistle.collection.insertMany(whistles);

  const cycle = String(now.getFullYear());
  const votes = new Map<string, object>();
  for (let i = 0; i < scale.residentScores; i++) {
    const p = projects[Math.floor(Math.pow(r.next(), 1.6) * projects.length)];
    const voterHash = hashVoterKey(voterSalt, `139${String(10_000_000 + i).slice(-8)}`);
    votes.set(`${cycle}:${p._id}:${voterHash}`, { _id: `${cycle}:${p._id}:${voterHash}`, cycle, projectId: p._id, voterHash, score: r.int(3, 5), createdAt: now, updatedAt: now });
  }
  await insertInBatches(ProjectVote, [...votes.values()]);
  await OfflineVoteBatch.collection.insertMany(projects.slice(0, 10).map((p) => ({ _id: oid(), cycle, projectId: p._id, count: 40, total: 40 * 4 + r.int(0, 40), enteredById: org.admin._id, createdAt: now })));
  await dataChanged(votesKey(cycle));
  return { projects: projects.length, progressLogs: logs.length, comments: comments.length, coachingNotes: notes.length, whistles: whistles.length, votes: votes.size };
}

/** One evaluation cycle, open, with full mentor and department scores and resident scores. */
export async function seedEvaluation(r: Random, org: DemoOrg, scale: DemoScale, now: Date, voterSalt: string) {
  const cycleId = oid();
  await EvaluationCycle.collection.insertOne({
    _id: cycleId, year: now.getFullYear(), name: `${now.getFullYear()} 年度居村党组织书记组织力评估`, indicators: DEFAULT_INDICATORS, sources: DEFAULT_SOURCES,
    scale: DEFAULT_SCALE, status: 'open', statusHistory: [{ from: 'draft', to: 'open', byId: org.admin._id, at: now }], createdAt: now, updatedAt: now,
  });
  const ability = new Map(org.mentees.map((m) => [String(m._id), r.int(60, 95)]));
  const around = (base: number) => Math.max(0, Math.min(100, base + r.int(-8, 8)));
  const indicators = (base: number) => Object.fromEntries(DEFAULT_INDICATORS.map((i) => [i.key, around(base)]));
  const assignments: object[] = [], scores: object[] = [];
  for (const e of org.evaluators) {
    for (const s of org.mentees) {
      const _id = `${cycleId}:mentor:${e._id}:${s._id}`;
      assignments.push({ _id, cycleId, source: 'mentor', evaluatorId: e._id, secretaryId: s._id });
      scores.push({ _id, cycleId, source: 'mentor', evaluatorId: e._id, secretaryId: s._id, indicators: indicators(ability.get(String(s._id))!), comment: '', createdAt: now, updatedAt: now });
    }
  }
  for (const s of org.mentees) {
    const dept = org.departments.find((d) => String(d.streetId) === String(s.streetId))!;
    const _id = `${cycleId}:department:${dept._id}:${s._id}`;
    assignments.push({ _id, cycleId, source: 'department', evaluatorId: dept._id, secretaryId: s._id });
    scores.push({ _id, cycleId, source: 'department', evaluatorId: dept._id, secretaryId: s._id, indicators: indicators(ability.get(String(s._id))!), comment: '', createdAt: now, updatedAt: now });
  }
  await insertInBatches(EvaluationAssignment, assignments);
  await insertInBatches(EvaluationScore, scores);
  const residents = new Map<string, object>();
  for (let i = 0; i < scale.residentScores; i++) {
    const s = org.mentees[r.int(0, org.mentees.length - 1)];
    const voterHash = hashVoterKey(voterSalt, `138${String(10_000_000 + i).slice(-8)}`);
    const _id = `${cycleId}:${s._id}:${voterHash}`;
    const overall = around(ability.get(String(s._id))!);
    residents.set(_id, { _id, cycleId, secretaryId: s._id, voterHash, indicators: Object.fromEntries(DEFAULT_INDICATORS.map((x) => [x.key, overall])), overall: true, createdAt: now, updatedAt: now });
  }
  await insertInBatches(ResidentScore, [...residents.values()]);
  await scoresInsertedRaw(String(cycleId), org.mentees.map((m) => String(m._id)));
  return { cycleId: String(cycleId), evaluatorScores: scores.length, residentScores: residents.size };
}
