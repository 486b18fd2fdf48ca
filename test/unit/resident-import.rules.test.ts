import { expect } from 'chai';
import { residentImportGuide } from '../../server/modules/evaluation/resident-import.columns.js';
import { accountErrors, residentRowsFromTable } from '../../server/modules/evaluation/resident-import.rules.js';

const cycle = { indicators: [{ key: 'members_managed', name: '党员管得住' }, { key: 'residents_follow', name: '群众愿意跟' }], scale: { min: 1, max: 5 } };

describe('residents\' scores file rows', () => {
  it('when indicators are headed by name or key, then each row becomes the bulk import\'s input with its spreadsheet row', () => {
    const { rows, errors } = residentRowsFromTable([
      ['书记账号', '投票人标识', '党员管得住', 'residents_follow', '综合评分', '备注'],
      ['wang', 'ZP-0001', '4', '5', '', '不读'],
      [],
      ['wang', 'ZP-0002', '', '', '3.5', ''],
    ], cycle);
    expect(errors).to.deep.equal([]);
    expect(rows).to.deep.equal([
      { row: 2, username: 'wang', name: null, voterKey: 'ZP-0001', indicators: { members_managed: 4, residents_follow: 5 } },
      { row: 4, username: 'wang', name: null, voterKey: 'ZP-0002', overall: 3.5 },
    ]);
  });

  it('when the same voter scores the same secretary twice however the key is written, then the second row is refused naming the first', () => {
    const { rows, errors } = residentRowsFromTable([
      ['书记账号', '投票人标识', '综合评分'],
      ['wang', '+86 139 0000 0001', '4'],
      ['wang', '13900000001', '5'],
      ['li', '13900000001', '5'],
    ], cycle);
    expect(rows.map((r) => r.row)).to.deep.equal([2, 4]);
    expect(errors).to.deep.equal([{ row: 3, column: '投票人标识', message: '与第 2 行重复：同一投票人对同一书记只能有一份评分 (duplicate voter for this secretary)' }]);
  });

  it('when a row names an account that is not a secretary or a name that is not the account\'s, then that row is refused', () => {
    const rows = [
      { row: 2, username: 'wang', name: '王建国', voterKey: 'k-0001', overall: 4 },
      { row: 3, username: 'ghost', name: null, voterKey: 'k-0002', overall: 4 },
      { row: 4, username: 'wang', name: '王建军', voterKey: 'k-0003', overall: 4 },
    ];
    expect(accountErrors(rows, new Map([['wang', { displayName: '王建国' }]])).map((e) => [e.row, e.column])).to.deep.equal([[3, '书记账号'], [4, '书记姓名']]);
  });

  it('when the guide is built for a cycle, then it lists the fixed columns and one per indicator, with examples inside the scale', () => {
    const guide = residentImportGuide(cycle.indicators, cycle.scale);
    expect(guide.map((g) => g.header)).to.deep.equal(['书记账号', '书记姓名', '投票人标识', '党员管得住', '群众愿意跟', '综合评分']);
    for (const g of guide.slice(3)) expect(Number(g.example)).to.be.within(1, 5);
  });
});
