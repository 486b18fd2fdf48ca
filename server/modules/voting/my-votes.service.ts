import { Types } from 'mongoose';
import { EvaluationCycle, ResidentScore, type CycleDoc } from '../../../models/evaluation.model.js';
import { Project, type ProjectDoc } from '../../../models/project.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { ProjectVote, type ProjectVoteDoc } from '../../../models/vote.model.js';
import { DomainError, notFound } from '../../lib/errors.js';
import { findVotingCode, tokenVoterHash, type VoterSecrets } from './voter-identity.js';

interface ScoreRow { secretaryId: Types.ObjectId; indicators: Record<string, number>; overall: boolean; updatedAt: Date }

/**
 * A resident's own current scores and project votes in a cycle (its year's project votes), shown
 * only to the holder of the voting code or of a voter token for the phone: a bare number proves
 * nothing, so it cannot be used to look up anybody's votes.
 */
export async function myVotes(cycleId: string, creds: { votingCode?: string; voterToken?: string }, secrets: VoterSecrets, now: Date) {
  const cycle = await EvaluationCycle.findById(cycleId).lean<CycleDoc>();
  if (!cycle) throw notFound('评估周期');
  let voterHash: string;
  if (creds.votingCode) voterHash = `code:${(await findVotingCode(cycleId, creds.votingCode, secrets.salt))._id}`;
  else if (creds.voterToken) voterHash = tokenVoterHash(creds.voterToken, secrets, now);
  else throw new DomainError('forbidden', 'verification_required', '请凭投票码或已验证的手机号查看本人的评分 (a voting code or a voter token is required)');

  const [scores, votes] = await Promise.all([
    ResidentScore.find({ voterHash, cycleId: cycle._id }).lean<ScoreRow[]>(),
    ProjectVote.find({ voterHash, cycle: String(cycle.year) }).lean<ProjectVoteDoc[]>(),
  ]);
  const [people, projects] = await Promise.all([
    User.find({ _id: { $in: scores.map((s) => s.secretaryId) } }, { displayName: 1 }).lean<UserDoc[]>(),
    Project.find({ _id: { $in: votes.map((v) => v.projectId) } }, { title: 1 }).lean<ProjectDoc[]>(),
  ]);
  const name = new Map(people.map((p) => [String(p._id), p.displayName]));
  const title = new Map(projects.map((p) => [String(p._id), p.title]));
  return {
    cycle: { id: String(cycle._id), name: cycle.name, year: cycle.year },
    scores: scores.map((s) => ({ secretaryId: String(s.secretaryId), displayName: name.get(String(s.secretaryId)) ?? null, indicators: s.indicators, overall: s.overall, at: s.updatedAt })),
    votes: votes.map((v) => ({ projectId: String(v.projectId), title: title.get(String(v.projectId)) ?? null, score: v.score, at: (v as { updatedAt?: Date }).updatedAt ?? null })),
  };
}
