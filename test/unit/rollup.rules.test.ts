import { expect } from 'chai';
import { addToSums, carriedForward, createdAfter, type FreshEntry } from '../../server/modules/points/rollup.rules.js';

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
