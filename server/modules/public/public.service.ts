import { Types } from 'mongoose';
import { EvaluationCycle, type CycleDoc } from '../../../models/evaluation.model.js';
import { Project, ProjectCategory, type ProjectDoc } from '../../../models/project.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { skipFor } from '../../lib/paging.js';
import { containsText } from '../../lib/regex.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';
import { unitNames } from '../org/index.js';

type PublicProjectsQuery = { category?: string; street?: string; q?: string; page: number; pageSize: number };

/** Projects residents may vote for (active or done), with public labels only; kept until projects, categories or units change. */
export function publicProjects(q: PublicProjectsQuery) {
  const sources = ['projects', 'project_categories', 'org_units'].map(collectionKey);
  return cachedByVersion(sources, `public-projects:${JSON.stringify(q)}`, () => readPublicProjects(q));
}

async function readPublicProjects(q: PublicProjectsQuery) {
  const filter: Record<string, unknown> = { status: { $in: ['active', 'done'] } };
  if (q.category) filter.categoryKey = q.category;
  if (q.street) filter.streetId = new Types.ObjectId(q.street);
  if (q.q) filter.title = containsText(q.q);
  const [items, total, categories] = await Promise.all([
    Project.find(filter).sort({ title: 1, _id: 1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<ProjectDoc[]>(),
    Project.countDocuments(filter),
    ProjectCategory.find({}).lean<Array<{ _id: string; name: string }>>(),
  ]);
  const names = await unitNames(items.flatMap((p) => [p.communityId, p.streetId]));
  const categoryNames = new Map(categories.map((c) => [c._id, c.name]));
  return {
    items: items.map((p) => ({
      id: String(p._id), title: p.title, goal: p.goal, categoryKey: p.categoryKey, categoryName: categoryNames.get(p.categoryKey) ?? p.categoryKey,
      status: p.status, percent: p.percent, communityName: names.get(String(p.communityId)) ?? null, streetName: names.get(String(p.streetId)) ?? null,
    })),
    page: q.page, pageSize: q.pageSize, total,
  };
}

/** The cycle residents can score now (the open one) and the new secretaries (小梁) it scores, with public labels. */
export function publicEvaluation(q: { street?: string; q?: string }) {
  const sources = ['evaluation_cycles', 'users', 'org_units'].map(collectionKey);
  return cachedByVersion(sources, `public-evaluation:${JSON.stringify(q)}`, () => readPublicEvaluation(q));
}

async function readPublicEvaluation(q: { street?: string; q?: string }) {
  const cycle = await EvaluationCycle.findOne({ status: 'open' }).lean<CycleDoc>();
  if (!cycle) return { cycle: null, secretaries: [] };
  const filter: Record<string, unknown> = { role: 'secretary', beam: 'mentee', active: true };
  if (q.street) filter.streetId = new Types.ObjectId(q.street);
  if (q.q) filter.displayName = containsText(q.q);
  const people = await User.find(filter, { displayName: 1, orgUnitId: 1, streetId: 1 }).lean<UserDoc[]>();
  const names = await unitNames(people.flatMap((p) => [p.orgUnitId, p.streetId]));
  const secretaries = people
    .map((p) => ({ id: String(p._id), displayName: p.displayName, communityName: names.get(String(p.orgUnitId)) ?? null, streetName: names.get(String(p.streetId)) ?? null }))
    .sort((a, b) => (a.streetName ?? '').localeCompare(b.streetName ?? '', 'zh-Hans-CN') || (a.communityName ?? '').localeCompare(b.communityName ?? '', 'zh-Hans-CN'));
  return {
    cycle: {
      id: String(cycle._id), name: cycle.name, year: cycle.year, indicators: cycle.indicators.map((i) => ({ key: i.key, name: i.name })), scale: cycle.scale,
      residentVerification: cycle.residentVerification ?? 'none',
    },
    secretaries,
  };
}
