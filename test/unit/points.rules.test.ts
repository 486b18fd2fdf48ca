import { expect } from 'chai';
import { isClosedMonth, LEDGER_FIRST_MONTH, leaderboardPageIds, monthsBetween, leaderboardPages, markRevoked, partyDayChecklist, pointsFor, rankByPoints, rankCounts, rankIn, requestHash } from '../../server/modules/points/points.rules.js';

describe('points rules', () => {
  it('when keys come in another order, then the request hash is the same; a changed value changes it', () => {
    const a = requestHash({ memberId: 'm', ruleKey: 'r', occurredAt: new Date('2026-11-01T00:00:00Z'), quantity: 1 });
    const b = requestHash({ quantity: 1, occurredAt: new Date('2026-11-01T00:00:00Z'), ruleKey: 'r', memberId: 'm' });
    const c = requestHash({ quantity: 2, occurredAt: new Date('2026-11-01T00:00:00Z'), ruleKey: 'r', memberId: 'm' });
    expect(a).to.equal(b);
    expect(a).not.to.equal(c);
  });

  it('when points tie, then they share a rank and the next rank skips (1, 2, 2, 4)', () => {
    const ranked = rankByPoints([
      { memberId: 'c', points: 5 }, { memberId: 'a', points: 9 }, { memberId: 'd', points: 5 }, { memberId: 'b', points: 1 },
    ]);
    expect(ranked).to.deep.equal([
      { memberId: 'a', points: 9, rank: 1 },
      { memberId: 'c', points: 5, rank: 2 },
      { memberId: 'd', points: 5, rank: 2 },
      { memberId: 'b', points: 1, rank: 4 },
    ]);
  });

  it('when a scope is kept as counts, then every member gets the rank rankByPoints gives, ties and negative or zero totals included', () => {
    const rows = [9, 5, 5, 1, 0, -2, 5, 9, 0].map((points, i) => ({ memberId: `m${i}`, points }));
    const counts = rankCounts(rows.map((r) => r.points));
    expect(counts).to.deep.equal({ points: [9, 5, 1, 0, -2], counts: [2, 3, 1, 2, 1] });
    for (const r of rankByPoints(rows)) expect(rankIn(counts, r.points), r.memberId).to.deep.equal({ rank: r.rank, of: rows.length });
    expect(rankIn(counts, null)).to.deep.equal({ rank: null, of: 9 });
    expect(rankIn(rankCounts([]), null)).to.deep.equal({ rank: null, of: 0 });
  });

  it('when an item was revoked to zero, then the checklist shows it missing', () => {
    expect(partyDayChecklist({ lesson: 2, film: 0, practice: 2 })).to.deep.equal({ lesson: true, film: false, practice: true, complete: false });
    expect(partyDayChecklist({ lesson: 2, film: 2, practice: 2 }).complete).to.equal(true);
  });

  it('when a month is before the current one, then it is closed', () => {
    expect(isClosedMonth('2026-10', '2026-11')).to.equal(true);
    expect(isClosedMonth('2026-11', '2026-11')).to.equal(false);
    expect(isClosedMonth('2025-12', '2026-01')).to.equal(true);
  });

  it('when a rule is per hour, then points are points × hours', () => {
    expect(pointsFor({ points: 2 }, 3)).to.equal(6);
  });
});

describe('leaderboard pages', () => {
  it('splits the top 500 into pages of 50 with page 1 under the plain id, each carrying the scope size', () => {
    const ranked = Array.from({ length: 620 }, (_, i) => ({ rank: i + 1 }));
    const pages = leaderboardPages('2026', 'district', ranked);
    expect(pages).to.have.length(10);
    expect(pages.map((p) => p._id).slice(0, 3)).to.deep.equal(['2026:district', '2026:district#2', '2026:district#3']);
    expect(pages[1].items[0]).to.deep.equal({ rank: 51 });
    expect(pages[9].items.at(-1)).to.deep.equal({ rank: 500 });
    expect(pages.every((p) => p.of === 620)).to.equal(true);
  });

  it('gives an empty scope one empty page, and reads only the pages a limit needs', () => {
    expect(leaderboardPages('2026-11', 'community:x', [])).to.deep.equal([{ _id: '2026-11:community:x', period: '2026-11', scope: 'community:x', of: 0, page: 1, items: [] }]);
    expect(leaderboardPageIds('2026', 'district', 50)).to.deep.equal(['2026:district']);
    expect(leaderboardPageIds('2026', 'district', 51)).to.deep.equal(['2026:district', '2026:district#2']);
    expect(leaderboardPageIds('2026', 'district', 500)).to.have.length(10);
  });
});

describe('revoked entries in a history', () => {
  const award = (id: string) => ({ _id: id, kind: 'award', revokesId: null, reason: null });
  const reversal = (id: string, of: string, reason: string) => ({ _id: id, kind: 'revoke', revokesId: of, reason });

  it('when an award has a reversal, then its row says revoked and why, even if the reversal is on another page', () => {
    const all = [reversal('r1', 'a1', '登记错误'), award('a2'), award('a1')];
    const page = markRevoked(all.slice(1), all);
    expect(page.map((e) => [e._id, e.revoked, e.revokedReason])).to.deep.equal([['a2', false, null], ['a1', true, '登记错误']]);
  });

  it('when a row is the reversal itself, then it is not marked revoked (it is the 撤销冲正)', () => {
    const all = [reversal('r1', 'a1', '登记错误'), award('a1')];
    expect(markRevoked(all, all)[0]).to.include({ kind: 'revoke', revoked: false });
  });
});

describe('the ledger\'s months', () => {
  it('when months are listed between two, then each appears once in order across a year\'s end', () => {
    expect(monthsBetween('2025-11', '2026-02')).to.deep.equal(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).to.deep.equal(['2026-03']);
    expect(monthsBetween('2026-04', '2026-03')).to.deep.equal([]);
    expect(monthsBetween(LEDGER_FIRST_MONTH, '2026-11')).to.have.length(16 * 12 + 11);
  });
});
