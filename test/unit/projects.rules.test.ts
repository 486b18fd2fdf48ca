import { expect } from 'chai';
import { canMoveStatus, departmentResponseStats, isWhistleOverdue, PRIOR_VOTES, rankPopularity } from '../../server/modules/projects/projects.rules.js';

const item = (projectId: string, count: number, sum: number, offline = { count: 0, total: 0 }) => ({
  projectId, title: projectId, online: { count, sum }, offline,
});

describe('popularity ranking', () => {
  it('when one project has few perfect votes and another many good ones, then the many win (Bayesian average)', () => {
    const out = rankPopularity([item('few', 3, 15), item('many', 300, 1440), item('poor', 300, 900)], 18);
    const m = (15 + 1440 + 900) / 603;
    expect(out.mean).to.equal(Math.round(m * 10000) / 10000);
    expect(out.items.map((i) => i.projectId)).to.deep.equal(['many', 'few', 'poor']);
    expect(out.items[1].score).to.equal(Math.round(((PRIOR_VOTES * m + 15) / 23) * 10000) / 10000);
  });

  it('when offline ballots exist, then they count like online ones', () => {
    const out = rankPopularity([item('a', 10, 40), item('b', 10, 40, { count: 10, total: 50 })], 18);
    expect(out.items[0]).to.include({ projectId: 'b', votes: 20, average: 4.5 });
  });

  it('when scores tie, then more votes, then project id decide', () => {
    const out = rankPopularity([item('b', 0, 0), item('a', 0, 0), item('c', 0, 0)], 2);
    expect(out.items.map((i) => [i.rank, i.projectId])).to.deep.equal([[1, 'a'], [2, 'b']]);
    const byVotes = rankPopularity([item('x', 2, 8), item('y', 4, 16)], 5);
    expect(byVotes.items.map((i) => i.projectId)).to.deep.equal(['y', 'x']);
  });
});

describe('whistles and statuses', () => {
  it('when a whistle is unresolved past its due date, then it is overdue; resolved ones never are', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    expect(isWhistleOverdue({ status: 'in_progress', dueDate: new Date('2026-11-19T00:00:00Z') }, now)).to.equal(true);
    expect(isWhistleOverdue({ status: 'resolved', dueDate: new Date('2026-11-19T00:00:00Z') }, now)).to.equal(false);
    expect(isWhistleOverdue({ status: 'open', dueDate: new Date('2026-11-21T00:00:00Z') }, now)).to.equal(false);
  });

  it('when departments answer, then median and mean first-response hours are per department', () => {
    const t = (h: number) => new Date(Date.UTC(2026, 10, 1) + h * 3_600_000);
    const stats = departmentResponseStats([
      { departmentId: 'd1', status: 'resolved', dueDate: t(100), createdAt: t(0), firstResponseAt: t(2), closedAt: t(10) },
      { departmentId: 'd1', status: 'accepted', dueDate: t(5), createdAt: t(0), firstResponseAt: t(6), closedAt: null },
      { departmentId: 'd1', status: 'open', dueDate: t(100), createdAt: t(0), firstResponseAt: null, closedAt: null },
    ], t(50));
    expect(stats).to.deep.equal([{ departmentId: 'd1', total: 3, answered: 2, resolved: 1, overdue: 1, medianFirstResponseHours: 4, meanFirstResponseHours: 4 }]);
  });

  it('when a project is done or cancelled, then its status is final', () => {
    expect(canMoveStatus('active', 'paused')).to.equal(true);
    expect(canMoveStatus('paused', 'active')).to.equal(true);
    expect(canMoveStatus('done', 'active')).to.equal(false);
    expect(canMoveStatus('cancelled', 'active')).to.equal(false);
  });
});
