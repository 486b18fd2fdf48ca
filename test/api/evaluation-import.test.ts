import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { ResidentScore } from '../../models/evaluation.model.js';
import { getWorkbook, request, testApp } from '../support/app.js';
import { NOT_SPREADSHEETS } from '../factories/files.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';
import { bearer, createUser } from '../factories/users.js';

// Residents' scores from an Excel or CSV file: POST /evaluation-cycles/:id/resident-scores/import and its template.
const app = testApp({ clock: () => new Date('2026-11-20T10:00:00+08:00') });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['书记账号', '书记姓名', '投票人标识', '党员管得住', '群众愿意跟', '引领有章法', '工作落地快', '综合评分'];

async function cycleWithSecretaries(open = true) {
  const { communities } = await createOrgTree(1, 2);
  const auth = bearer(await createUser({ role: 'admin' }));
  const secs = [
    await createMentee(communities[0], { username: 'li.xiaomei', displayName: '李晓梅' }),
    await createMentee(communities[1], { username: 'zhao.lei', displayName: '赵磊' }),
  ];
  const cycle = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', auth).send({ year: 2026, name: '2026 年度组织力评估' });
  expect(cycle.status).to.equal(201);
  if (open) await request(app).post(`/api/v1/evaluation-cycles/${cycle.body._id}/open`).set('Authorization', auth).expect(200);
  return { id: cycle.body._id as string, auth, secs };
}

async function xlsxOf(rows: Array<Array<string | number>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('群众评分');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const upload = (id: string, auth: string, body: Buffer, type = XLSX) =>
  request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/import`).set('Authorization', auth).set('Content-Type', type).send(body);

describe('residents\' scores imported from a file', () => {
  it('when a good XLSX file is imported, then every row is stored, by indicators or one overall score', async () => {
    const { id, auth, secs } = await cycleWithSecretaries();
    const file = await xlsxOf([
      HEADER,
      ['li.xiaomei', '李晓梅', '13900000011', 80, 90, 70, 60, ''],
      ['li.xiaomei', '', 'ZP-2026-0001', '', '', '', '', 90],
      ['zhao.lei', '赵磊', '139 0000 0011', '', '', '', '', 75],
    ]);
    const res = await upload(id, auth, file);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body).to.deep.equal({ rows: 3, stored: 3 });
    const li = await ResidentScore.find({ secretaryId: secs[0]._id }).lean();
    expect(li.map((s) => s.indicators).sort((a, b) => a.members_managed - b.members_managed)).to.deep.equal([
      { members_managed: 80, residents_follow: 90, leads_with_method: 70, work_lands_fast: 60 },
      { members_managed: 90, residents_follow: 90, leads_with_method: 90, work_lands_fast: 90 },
    ]);
    const results = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth);
    const zhao = results.body.items.find((r: { secretaryId: string }) => r.secretaryId === String(secs[1]._id));
    expect(zhao.perSource.resident).to.include({ count: 1, score: 75 });
  });

  it('when rows are wrong, then each is reported by its spreadsheet row and column in Chinese, and nothing is written', async () => {
    const { id, auth } = await cycleWithSecretaries();
    const file = await xlsxOf([
      HEADER,
      ['li.xiaomei', '李晓梅', '13900000011', 80, 90, 70, 60, ''], // row 2: fine
      ['nobody', '', '13900000012', '', '', '', '', 80], // row 3: unknown account
      ['zhao.lei', '', '139', '', '', '', '', 80], // row 4: voter key too short
      ['zhao.lei', '', '13900000013', 80, '', 70, 60, ''], // row 5: an indicator missing
      ['zhao.lei', '', '13900000014', '', '', '', '', 120], // row 6: out of scale
      ['zhao.lei', '', '13900000015', '', '', '', '', '很好'], // row 7: not a number
      ['zhao.lei', '王五', '13900000016', '', '', '', '', 80], // row 8: the name is not the account's
      ['li.xiaomei', '', '139-0000-0011', '', '', '', '', 70], // row 9: the same voter as row 2
      ['zhao.lei', '', '13900000017', 80, 80, 80, 80, 80], // row 10: both kinds of score
      ['zhao.lei', '', '13900000018'], // row 11: no score
    ]);
    const res = await upload(id, auth, file);
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('scores_invalid');
    expect(res.body.error.message).to.match(/^群众评分文件有 9 处错误，未导入任何评分/);
    expect(res.body.error.details).to.deep.equal([
      { row: 3, column: '书记账号', message: '书记账号 nobody 不存在 (no such secretary)' },
      { row: 4, column: '投票人标识', message: '应为 4–64 个字符 (4–64 characters)' },
      { row: 5, column: '群众愿意跟', message: '缺少分项评分：填写分项评分时各项都要填 (missing indicator)' },
      { row: 6, column: '综合评分', message: '须在 0–100 之间 (out of scale)' },
      { row: 7, column: '综合评分', message: '应为数字 (not a number)' },
      { row: 8, column: '书记姓名', message: '账号 zhao.lei 的姓名是“赵磊”，与“王五”不符 (name does not match the account)' },
      { row: 9, column: '投票人标识', message: '与第 2 行重复：同一投票人对同一书记只能有一份评分 (duplicate voter for this secretary)' },
      { row: 10, column: '综合评分', message: '分项评分与综合评分只填其一 (indicators or overall, not both)' },
      { row: 11, column: '综合评分', message: '请填写综合评分或全部分项评分 (no score)' },
    ]);
    expect(await ResidentScore.countDocuments({})).to.equal(0);
  });

  it('when a CSV names the columns by indicator key, then it imports like the XLSX', async () => {
    const { id, auth } = await cycleWithSecretaries();
    const csv = 'username,voter_key,members_managed,residents_follow,leads_with_method,work_lands_fast\nzhao.lei,ballot-0001,60,70,80,90\n';
    const res = await upload(id, auth, Buffer.from(csv), 'text/csv');
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body).to.deep.equal({ rows: 1, stored: 1 });
  });

  it('when the header lacks the account or voter column, then row 1 names what is missing', async () => {
    const { id, auth } = await cycleWithSecretaries();
    const res = await upload(id, auth, Buffer.from('书记姓名,综合评分\n赵磊,80\n'), 'text/csv');
    expect(res.status).to.equal(400);
    expect(res.body.error.details.map((d: { row: number; column: string }) => [d.row, d.column])).to.deep.equal([[1, '书记账号'], [1, '投票人标识']]);
  });

  it('when the cycle is not open, then 409 and nothing is read or written', async () => {
    const { id, auth } = await cycleWithSecretaries(false);
    const res = await upload(id, auth, await xlsxOf([HEADER, ['zhao.lei', '', '13900000011', '', '', '', '', 80]]));
    expect(res.status).to.equal(409);
    expect(res.body.error.code).to.equal('cycle_not_open');
  });

  for (const { what, body, type } of NOT_SPREADSHEETS) {
    it(`when the file is ${what}, then 400 scores_unreadable and nothing is written`, async () => {
      const { id, auth } = await cycleWithSecretaries();
      const res = await upload(id, auth, body, type);
      expect(res.status).to.equal(400);
      expect(res.body.error.code).to.equal('scores_unreadable');
      expect(res.body.error.message).to.match(/^不是有效的 Excel\/CSV 文件/);
      expect(await ResidentScore.countDocuments({})).to.equal(0);
    });
  }

  it('when no file is sent or a non-admin sends one, then 400 / 403', async () => {
    const { id, auth } = await cycleWithSecretaries();
    expect((await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/import`).set('Authorization', auth)).status).to.equal(400);
    const secretary = bearer(await createUser({ role: 'secretary' }));
    expect((await upload(id, secretary, await xlsxOf([HEADER]))).status).to.equal(403);
  });
});

describe('residents\' scores template', () => {
  it('when an admin downloads a cycle\'s template, then it has the cycle\'s columns, an example of each kind of row and a 说明 sheet', async () => {
    const { id, auth } = await cycleWithSecretaries(false);
    const { status, workbook } = await getWorkbook(app, `/api/v1/evaluation-cycles/${id}/resident-scores/template`, auth);
    expect(status).to.equal(200);
    const [sheet, guide] = workbook.worksheets;
    const values = (row: number, ws = sheet) => (ws.getRow(row).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    expect(values(1)).to.deep.equal(HEADER);
    expect(sheet.actualRowCount).to.equal(3);
    expect(values(2)[7] ?? '').to.equal('');
    expect(values(3)[7]).to.equal('90');
    expect(guide.name).to.equal('说明');
    expect(values(1, guide)).to.deep.equal(['列名', '是否必填', '示例', '说明']);
    expect(guide.actualRowCount).to.equal(1 + HEADER.length);
  });
});
