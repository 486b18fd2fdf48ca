import { expect } from 'chai';
import { addToSums, carriedForward, createdAfter, sumsDiff, yearCarriedForward, type FreshEntry } from '../../server/modules/points/rollup.rules.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 2, minute));
const entry = (id: string, memberId: string, points: number, minute: number): FreshEntry => ({ id, memberId, month: '2026-11', points, createdAt: at(minute) });

describe('points rollup: a month brought forward', () => {
  it('when entries are added, then members are summed and a new member is appended', () => {
    expect(addToSums([{ memberId: 'a', points: 5 }], [{ memberId: 'a', points: 2 }, { memberId: 'b', points: -1 }, { memberId: 'a', points: -7 }]))
      .to.deep.equal([{ memberId: 'a', points: 0 }, { memberId: 'b', points: -1 }]);
  });

  it('when a month was summed through 10:10 holding e2 written after it, then only entries after 10:10 it does not hold are added, and those after the new bound are held', () => {
    const stored = { memberIds: ['a', 'b'], points: [10, 4], through: at(10), recent: ['e2'] };
    const fresh = [entry('e1', 'a', 3, 9), entry('e2', 'b', 1, 12), entry('e3', 'b', 2, 14), entry('e4', 'c', 5, 30)];
    expect(carriedForward(stored, fresh, at(20))).to.deep.equal({
      sums: [{ memberId: 'a', points: 10 }, { memberId: 'b', points: 6 }, { memberId: 'c', points: 5 }],
      recent: ['e4'],
    });
  });

  it('when the same run is repeated from the stored result, then nothing is added twice', () => {
    const fresh = [entry('e3', 'b', 2, 14), entry('e4', 'c', 5, 30)];
    const first = carriedForward({ memberIds: ['b'], points: [4], through: at(10), recent: [] }, fresh, at(20))!;
    const again = carriedForward({ memberIds: first.sums.map((s) => s.memberId), points: first.sums.map((s) => s.points), through: at(20), recent: first.recent }, fresh, at(25))!;
    expect(again.sums).to.deep.equal(first.sums);
  });

  it('when there are no stored sums, no bound, or a bound after this run\'s, then the month is summed from the ledger (null)', () => {
    expect(carriedForward(null, [], at(20))).to.equal(null);
    expect(carriedForward({ memberIds: [], points: [] }, [], at(20))).to.equal(null);
    expect(carriedForward({ memberIds: [], points: [], through: at(21), recent: [] }, [], at(20))).to.equal(null);
  });

  it('when entries straddle a bound, then createdAfter names only the later ones', () => {
    expect(createdAfter([entry('x', 'a', 1, 19), entry('y', 'a', 1, 20), entry('z', 'a', 1, 21)], at(20))).to.deep.equal(['z']);
  });
});

describe('points rollup: what changed, and a year brought forward', () => {
  const sums = (o: Record<string, number>) => Object.entries(o).map(([memberId, points]) => ({ memberId, points }));
  const stored = (o: Record<string, number>, through?: string) => ({ memberIds: Object.keys(o), points: Object.values(o), through: through ? new Date(through) : null });

  it('when sums change, then sumsDiff names the new and changed members and those gone, not the unchanged', () => {
    expect(sumsDiff(stored({ a: 1, b: 2, c: 3 }), sums({ a: 1, b: 5, d: 0 }))).to.deep.equal({ changed: sums({ b: 5, d: 0 }), gone: ['c'] });
    expect(sumsDiff(stored({}), sums({ a: 1 }))).to.deep.equal({ changed: sums({ a: 1 }), gone: [] });
  });

  const t1 = '2026-11-20T01:55:00.000Z';
  const t2 = '2026-11-20T02:55:00.000Z';
  const year = { ...stored({ a: 10, b: 4 }), parts: { '2026-10': t1, '2026-11': t1 } };

  it('when the months rebuilt are the ones the year was added from, then the year swaps their old sums for the new', () => {
    const rebuilt = new Map([['2026-11', { before: stored({ a: 3, b: 1 }, t1), after: sums({ a: 5, b: 1, c: 2 }), through: new Date(t2) }]]);
    const carried = yearCarriedForward(year, rebuilt)!;
    expect(carried.sums).to.deep.equal(sums({ a: 12, b: 4, c: 2 }));
    expect(carried.parts).to.deep.equal({ '2026-10': t1, '2026-11': t2 });
  });

  it('when a month new to the year is rebuilt, then its sums are added and it joins the parts', () => {
    const rebuilt = new Map([['2026-12', { before: null, after: sums({ b: -1 }), through: new Date(t2) }]]);
    expect(yearCarriedForward(year, rebuilt)).to.deep.equal({ sums: sums({ a: 10, b: 3 }), parts: { ...year.parts, '2026-12': t2 } });
  });

  it('when the year was added from another version of a rebuilt month, is pending, has no parts, or a month lost a member, then it is not brought forward (null)', () => {
    const rebuilt = (before: ReturnType<typeof stored> | null, after = sums({ a: 5 })) => new Map([['2026-11', { before, after, through: new Date(t2) }]]);
    expect(yearCarriedForward(year, rebuilt(stored({ a: 3 }, t2)))).to.equal(null);
    expect(yearCarriedForward(year, rebuilt(null))).to.equal(null);
    expect(yearCarriedForward({ ...year, pending: true }, rebuilt(stored({ a: 3 }, t1)))).to.equal(null);
    expect(yearCarriedForward({ ...year, parts: null }, rebuilt(stored({ a: 3 }, t1)))).to.equal(null);
    expect(yearCarriedForward(year, rebuilt(stored({ a: 3, b: 1 }, t1), sums({ a: 5 })))).to.equal(null);
    expect(yearCarriedForward(null, rebuilt(stored({ a: 3 }, t1)))).to.equal(null);
  });
});
