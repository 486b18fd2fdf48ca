import { Types } from 'mongoose';
import { EvaluationAssignment, EvaluationCycle, EvaluationScore, ResidentScore, type CycleDoc } from '../../../models/evaluation.model.js';
import { Mentorship } from '../../../models/mentorship.model.js';
import { OrgUnit } from '../../../models/org-unit.model.js';
import { PROJECT_STATUSES, Project, ProjectCategory } from '../../../models/project.model.js';
import { CLOSED_WHISTLE_STATUSES, Whistle } from '../../../models/whistle.model.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';
import { deadlinesMissedBefore } from '../../lib/time.js';
import { scoresKey } from '../evaluation/index.js';
import { countBy, progressPercent, streetRows } from './dashboard.rules.js';

/** The evaluation cycle the dashboard follows: the open one, else the most recent by year. */
async function currentCycle(): Promise<CycleDoc | null> {
  const open = await EvaluationCycle.findOne({ status: 'open' }).lean<CycleDoc>();
  if (open) return open;
  const [latest] = await EvaluationCycle.find({}).sort({ year: -1, _id: -1 }).limit(1).lean<CycleDoc[]>();
  return latest ?? null;
}

async function evaluationProgress() {
  const cycle = await currentCycle();
  if (!cycle) return null;
  const byCycle = { cycleId: cycle._id };
  // Counting reads every matching document on FerretDB (30,000 resident scores: seconds), so the
  // counts are kept until the cycle's next score or assignment write.
  const [assigned, scored, residentScores] = await cachedByVersion(scoresKey(String(cycle._id)), 'dashboard-counts', () => Promise.all([
    EvaluationAssignment.countDocuments(byCycle),
    EvaluationScore.countDocuments(byCycle),
    ResidentScore.countDocuments(byCycle),
  ]));
  return { cycleId: String(cycle._id), name: cycle.name, year: cycle.year, status: cycle.status, assigned, scored, percent: progressPercent(scored, assigned), residentScores };
}

/** District overview for staff: streets × counts, projects by status and category, overdue whistles, evaluation progress. */
export async function districtDashboard(now: Date) {
  const lean = { _id: 0, streetId: 1 };
  // Every street, community, pair and project is read: kept until one of them changes. Overdue
  // whistles (every open whistle is read to find them) are kept per day until a whistle changes.
  const missedBefore = deadlinesMissedBefore(now);
  const sources = ['org_units', 'mentorships', 'projects', 'project_categories'].map(collectionKey);
  const [[streets, communities, activePairs, projects, categories], overdueWhistles, evaluation] = await Promise.all([
    cachedByVersion(sources, 'dashboard', () => Promise.all([
      OrgUnit.find({ level: 'street' }, { name: 1 }).lean<Array<{ _id: Types.ObjectId; name: string }>>(),
      OrgUnit.find({ level: 'community', active: true }, lean).lean<Array<{ streetId: Types.ObjectId }>>(),
      Mentorship.find({ status: 'active' }, lean).lean<Array<{ streetId: Types.ObjectId }>>(),
      Project.find({}, { _id: 0, streetId: 1, status: 1, categoryKey: 1 }).lean<Array<{ streetId: Types.ObjectId; status: string; categoryKey: string }>>(),
      ProjectCategory.find({}).sort({ order: 1, _id: 1 }).lean<Array<{ _id: string; name: string }>>(),
    ])),
    cachedByVersion(collectionKey('whistles'), `overdue-whistles:${missedBefore.toISOString()}`, () =>
      Whistle.find({ status: { $nin: CLOSED_WHISTLE_STATUSES }, dueDate: { $lt: missedBefore } }, lean).lean<Array<{ streetId: Types.ObjectId }>>().exec()),
    evaluationProgress(),
  ]);
  const byCategory = countBy(projects, (p) => p.categoryKey, categories.map((c) => c._id));
  return {
    totals: {
      streets: streets.length,
      communities: communities.length,
      activePairs: activePairs.length,
      projects: projects.length,
      overdueWhistles: overdueWhistles.length,
    },
    streets: streetRows(streets.map((s) => ({ id: String(s._id), name: s.name })), { communities, activePairs, projects, overdueWhistles }, PROJECT_STATUSES),
    projectsByStatus: countBy(projects, (p) => p.status, PROJECT_STATUSES),
    projectsByCategory: categories.map((c) => ({ key: c._id, name: c.name, count: byCategory[c._id] })),
    evaluation,
  };
}
