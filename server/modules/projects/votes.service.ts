import { Types } from 'mongoose';
import { Project, type ProjectDoc } from '../../../models/project.model.js';
import { OfflineVoteBatch, ProjectVote } from '../../../models/vote.model.js';
import { groupSums } from '../../db/aggregate.js';
import { replaceAllById } from '../../db/bulk.js';
import { cachedByVersion, collectionKey, dataChanged } from '../../db/versioned-cache.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { resolveVoter, votingCycleForYear, type VoterCredentials, type VoterSecrets } from '../voting/index.js';
import { POPULARITY_FORMULA, rankPopularity } from './projects.rules.js';

/**
 * One vote per voter per project per cycle: the vote's `_id` is derived from all three, so a
 * repeat replaces the score instead of adding a vote. Only the salted hash of the key is stored.
 * The answer is the same whether or not this key had voted before, so it reveals nobody's vote.
 * Who may vote follows the residentVerification of that year's evaluation cycle (modules/voting).
 */
export async function castVote(projectId: string, input: VoterCredentials & { score: number; cycle: string }, secrets: VoterSecrets, now: Date) {
  if (!(await Project.exists({ _id: projectId }))) throw notFound('项目');
  const voter = await resolveVoter(await votingCycleForYear(input.cycle), input, secrets, now);
  const doc = {
    _id: `${input.cycle}:${projectId}:${voter.voterHash}`, cycle: input.cycle, projectId: new Types.ObjectId(projectId), voterHash: voter.voterHash,
    score: input.score, via: voter.via, ...(voter.communityId ? { communityId: voter.communityId } : {}),
  };
  await replaceAllById(ProjectVote, [doc as unknown as { _id: string }]);
  await dataChanged(votesKey(input.cycle));
  return { accepted: true, vote: { projectId, cycle: input.cycle, score: input.score } };
}

export async function addOfflineVotes(input: { projectId: string; count: number; total: number; cycle: string }, actor: Actor) {
  if (!(await Project.exists({ _id: input.projectId }))) throw notFound('项目');
  const batch = await OfflineVoteBatch.create({ ...input, enteredById: actor.id });
  await dataChanged(votesKey(input.cycle));
  return batch.toObject();
}

type Tally = Map<string, { count: number; sum: number }>;

/** The cache-version key of a cycle's votes, online and on paper (see server/db/versioned-cache.ts). */
export const votesKey = (cycle: string) => `votes:${cycle}`;

async function tallies(cycle: string): Promise<{ online: Tally; offline: Tally }> {
  const match = { cycle };
  const [online, offline] = await Promise.all([
    groupSums(ProjectVote, match, '$projectId', { count: { $sum: 1 }, sum: { $sum: '$score' } }),
    groupSums(OfflineVoteBatch, match, '$projectId', { count: { $sum: '$count' }, sum: { $sum: '$total' } }),
  ]);
  const toMap = (rows: typeof online): Tally => new Map(rows.map((r) => [String(r._id), { count: r.count, sum: r.sum }]));
  return { online: toMap(online), offline: toMap(offline) };
}

/**
 * Every project's tallies for a cycle, kept until the next vote: they read all the cycle's votes
 * (30,000 at district scale), and a project's own votes are no cheaper to find on FerretDB (its
 * filter on cycle and project is served by the cycle part of the index).
 */
const cycleTallies = (cycle: string) => cachedByVersion(votesKey(cycle), 'tallies', () => tallies(cycle));

export async function voteSummary(projectId: string, cycle: string) {
  const { online, offline } = await cycleTallies(cycle);
  const on = online.get(projectId) ?? { count: 0, sum: 0 };
  const off = offline.get(projectId) ?? { count: 0, sum: 0 };
  return { cycle, online: on, offline: { count: off.count, total: off.sum } };
}

/**
 * 最受群众欢迎项目 for a cycle, with each project's online and offline parts and the formula; a public
 * page, kept until the next vote or project change.
 */
export function popularProjects(cycle: string, top: number) {
  return cachedByVersion([votesKey(cycle), collectionKey('projects')], `popular:${top}`, () => rankedProjects(cycle, top));
}

/**
 * Every project that is not cancelled, ranked for the cycle (a year) by the formula, with its
 * community and street: what the 最受群众欢迎项目 list freezes when it is published.
 */
export const popularityRanking = (cycle: string) => rankedProjects(cycle, Number.MAX_SAFE_INTEGER);

async function rankedProjects(cycle: string, top: number) {
  const [projects, { online, offline }] = await Promise.all([
    Project.find({ status: { $ne: 'cancelled' } }).lean<ProjectDoc[]>(),
    cycleTallies(cycle),
  ]);
  const ranked = rankPopularity(
    projects.map((p) => {
      const id = String(p._id);
      const off = offline.get(id) ?? { count: 0, sum: 0 };
      return {
        projectId: id, title: p.title, communityId: String(p.communityId), streetId: p.streetId ? String(p.streetId) : null,
        online: online.get(id) ?? { count: 0, sum: 0 }, offline: { count: off.count, total: off.sum },
      };
    }),
    top,
  );
  return { cycle, formula: POPULARITY_FORMULA, ...ranked };
}
