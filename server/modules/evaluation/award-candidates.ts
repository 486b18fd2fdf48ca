import { Types } from 'mongoose';
import type { AwardCandidate, FrozenRanking } from '../../../models/award.model.js';
import type { CycleDoc } from '../../../models/evaluation.model.js';
import { OrgUnit } from '../../../models/org-unit.model.js';
import { User } from '../../../models/user.model.js';
import { popularityRanking } from '../projects/index.js';
import { awardGroups, selectAwardees, selectInGroups, type AwardKind, type Selection, type StreetQuota } from './awards.rules.js';
import { eligibleProjects } from './project-awards.rules.js';
import { honourRules, type HonourSettings } from './rules.service.js';
import { cycleResults } from './results.service.js';

/** What a list is published from: its settings and rules hash, the ordered pool, unfilled groups, and for projects the frozen ranking. */
export interface ListSource {
  settings: HonourSettings;
  rulesHash: string;
  pool: AwardCandidate[];
  unfilled: Selection<unknown>['unfilled'];
  ranking: FrozenRanking | null;
}

async function unitNames(ids: Array<string | null | undefined>): Promise<Map<string, string>> {
  const unitIds = [...new Set(ids.filter((id): id is string => !!id))];
  const units = await OrgUnit.find({ _id: { $in: unitIds } }, { name: 1 }).lean<Array<{ _id: Types.ObjectId; name: string }>>();
  return new Map(units.map((u) => [String(u._id), u.name]));
}

const groupsOf = (s: { total: number; quotas: StreetQuota[] | null }) => awardGroups(s.total, s.quotas);

/** 最美书记: the cycle's frozen results under its frozen places; community and street names (public labels only). */
async function secretarySource(cycle: CycleDoc): Promise<ListSource> {
  const [{ results }, { settings, rulesHash }] = await Promise.all([cycleResults(String(cycle._id)), honourRules(cycle, 'secretary')]);
  const { pool, unfilled } = selectAwardees(results, groupsOf(settings));
  const users = await User.find({ _id: { $in: pool.map((x) => x.result.secretaryId) } }, { orgUnitId: 1 }).lean<Array<{ _id: Types.ObjectId; orgUnitId?: Types.ObjectId | null }>>();
  const communityOf = new Map(users.map((u) => [String(u._id), u.orgUnitId ? String(u.orgUnitId) : null]));
  const names = await unitNames(pool.flatMap((x) => [communityOf.get(x.result.secretaryId), x.result.streetId]));
  return {
    settings, rulesHash, unfilled, ranking: null,
    pool: pool.map(({ result: r, group }) => ({
      candidateId: r.secretaryId, displayName: r.displayName, streetId: r.streetId, streetName: names.get(String(r.streetId)) ?? null,
      communityName: names.get(communityOf.get(r.secretaryId) ?? '') ?? null, final: r.final!, group,
    })),
  };
}

/**
 * 最受群众欢迎项目: the popularity ranking of the cycle's year (online and paper votes, the projects
 * module's formula) as it stands now, snapshotted into the list: votes cast after publication change
 * nothing. Projects below the minimum votes are recorded as excluded.
 */
async function projectSource(cycle: CycleDoc): Promise<ListSource> {
  const [ranking, { settings, rulesHash }] = await Promise.all([popularityRanking(String(cycle.year)), honourRules(cycle, 'project')]);
  const minVotes = settings.minVotes!;
  const { eligible, excluded } = eligibleProjects(ranking.items, minVotes);
  const { pool, unfilled } = selectInGroups(eligible, groupsOf(settings));
  const names = await unitNames(pool.flatMap((x) => [x.result.communityId, x.result.streetId]));
  return {
    settings, rulesHash, unfilled,
    pool: pool.map(({ result: p, group }) => ({
      candidateId: p.projectId, displayName: p.title, streetId: p.streetId, streetName: names.get(String(p.streetId)) ?? null,
      communityName: names.get(p.communityId) ?? null, final: p.score, group,
      votes: { total: p.votes, online: p.online, offline: p.offline, average: p.average },
    })),
    ranking: {
      votesCycle: ranking.cycle, formula: ranking.formula, mean: ranking.mean, minVotes,
      excluded: excluded.map(({ project: p, reason }) => ({ candidateId: p.projectId, displayName: p.title, final: p.score, votes: p.votes, reason })),
    },
  };
}

export const listSource = (cycle: CycleDoc, kind: AwardKind) => (kind === 'secretary' ? secretarySource(cycle) : projectSource(cycle));
