import { expect } from 'chai';
import { bestListProblems, canBecomeCase, canSeeCase, caseListKeys, caseYear, readsStaffCases } from '../../server/modules/cases/cases.rules.js';
import type { Role } from '../../server/lib/actor.js';

const as = (role: Role) => ({ role });

describe('cases rules: who sees which case', () => {
  it('when a case is public, then everyone sees it, nobody logged in included', () => {
    for (const reader of [null, as('member'), as('resident'), as('evaluator'), as('department'), as('secretary'), as('admin')]) {
      expect(canSeeCase(reader, { visibility: 'public' }), String(reader?.role)).to.equal(true);
    }
  });

  it('when a case is staff-only, then only secretaries (大梁 and 小梁) and admins see it; the public pages, members, residents, evaluators and departments do not', () => {
    expect(canSeeCase(as('secretary'), { visibility: 'staff' })).to.equal(true);
    expect(canSeeCase(as('admin'), { visibility: 'staff' })).to.equal(true);
    for (const reader of [null, as('member'), as('resident'), as('evaluator'), as('department')]) {
      expect(canSeeCase(reader, { visibility: 'staff' }), String(reader?.role)).to.equal(false);
      expect(readsStaffCases(reader)).to.equal(false);
    }
  });

  it('when an unknown visibility is stored, then it is not public', () => {
    expect(canSeeCase(null, { visibility: 'internal' })).to.equal(false);
  });

  it('when a search is made, then its keys are the given equalities, plus visibility public for readers without staff access', () => {
    expect(caseListKeys(as('secretary'), { category: 'elevator', street: 's1', year: 2026 })).to.deep.equal({ categoryKey: 'elevator', streetId: 's1', year: 2026 });
    expect(caseListKeys(as('admin'), {})).to.deep.equal({});
    expect(caseListKeys(null, { year: 2025 })).to.deep.equal({ visibility: 'public', year: 2025 });
    expect(caseListKeys(as('member'), { category: 'parking' })).to.deep.equal({ visibility: 'public', categoryKey: 'parking' });
  });
});

describe('cases rules: marking and the year', () => {
  it('when a project is done, then it may become a case; active, paused and cancelled ones may not', () => {
    expect(canBecomeCase({ status: 'done' })).to.equal(true);
    for (const status of ['active', 'paused', 'cancelled']) expect(canBecomeCase({ status })).to.equal(false);
  });

  it('when the project was finished on New Year\'s Eve in Shanghai, then the case is of that year (not the UTC one)', () => {
    const history = [
      { to: 'paused', at: new Date('2025-06-01T00:00:00+08:00') },
      { to: 'done', at: new Date('2025-12-31T23:30:00+08:00') },
    ];
    expect(caseYear({ statusHistory: history, updatedAt: new Date('2026-03-01T00:00:00+08:00') })).to.equal(2025);
    expect(caseYear({ statusHistory: [{ to: 'done', at: new Date('2025-12-31T16:30:00Z') }], updatedAt: new Date('2026-03-01T00:00:00Z') })).to.equal(2026);
  });

  it('when no finishing change was recorded, then the year is that of the project\'s last write', () => {
    expect(caseYear({ statusHistory: [], updatedAt: new Date('2024-07-01T00:00:00+08:00') })).to.equal(2024);
  });
});

describe('cases rules: 最妥一件事', () => {
  const cases = [
    { _id: 'a', title: '加装电梯', visibility: 'public', year: 2026 },
    { _id: 'b', title: '车棚改造', visibility: 'staff', year: 2026 },
    { _id: 'c', title: '适老化', visibility: 'public', year: 2025 },
  ];

  it('when every id is a public case of the year, then there is no problem', () => {
    expect(bestListProblems(2026, ['a'], cases)).to.deep.equal([]);
    expect(bestListProblems(2026, [], [])).to.deep.equal([]);
  });

  it('when an id is unknown, staff-only or of another year, then each is named by its place in the list', () => {
    const problems = bestListProblems(2026, ['a', 'b', 'c', 'zzz'], cases);
    expect(problems.map((p) => [p.index, p.code])).to.deep.equal([[1, 'case_not_public'], [2, 'case_wrong_year'], [3, 'case_not_found']]);
    expect(problems[0].message).to.match(/^「车棚改造」仅内部可见.*\(case is staff-only\)$/);
  });
});
