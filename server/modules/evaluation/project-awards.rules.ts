import { comparePopularity } from '../projects/index.js';

export const PROJECT_TIE_BREAK = '综合得分（贝叶斯平均）高者在前；同分时票数（线上与线下合计）多者在前，再按项目编号升序 (score, then votes, then project id)';
export const projectEligibility = (minVotes: number) =>
  `线上与线下合计不少于 ${minVotes} 票、未撤销的项目才参加评选 (only projects with at least ${minVotes} votes, online and paper together)`;

export interface RankedProject {
  projectId: string;
  score: number;
  votes: number;
}

/**
 * The candidates of 最受群众欢迎项目: projects with at least `minVotes` votes, in the documented order
 * (comparePopularity: score, votes, id) whatever order they come in; projects with some votes but
 * fewer are excluded with the reason. A project nobody voted for is neither.
 */
export function eligibleProjects<P extends RankedProject>(ranked: P[], minVotes: number) {
  const ordered = [...ranked].sort(comparePopularity);
  return {
    eligible: ordered.filter((p) => p.votes >= minVotes),
    excluded: ordered.filter((p) => p.votes > 0 && p.votes < minVotes)
      .map((p) => ({ project: p, reason: `票数不足：${p.votes} 票，少于最低要求 ${minVotes} 票 (fewer votes than the minimum)` })),
  };
}
