import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Mentorship } from '../../models/mentorship.model.js';
import { OrgUnit } from '../../models/org-unit.model.js';
import { User } from '../../models/user.model.js';
import { getWorkbook, request, testApp } from '../support/app.js';
import { NOT_SPREADSHEETS } from '../factories/files.js';
import { createOrgTree } from '../factories/org.js';
import { bearer, createUser } from '../factories/users.js';

// The roster import's report: the template, dry-run counts, every error in one pass, files that are not spreadsheets.
const app = testApp();
const SAMPLE = readFileSync(new URL('../../examples/roster-sample.csv', import.meta.url)).toString();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const upload = (auth: string, body: Buffer | string, query: Record<string, string> = {}, type = 'text/csv') =>
  request(app).post('/api/v1/import/roster').query(query).set('Authorization', auth).set('Content-Type', type).send(Buffer.from(body));

const stored = async () => ({
  units: await OrgUnit.countDocuments({}), users: await User.countDocuments({ role: 'secretary' }), pairs: await Mentorship.countDocuments({}),
});

const PARTS = ['streets', 'communities', 'secretaries', 'mentorships'] as const;
const countsOf = (body: Record<string, unknown>) => Object.fromEntries(PARTS.map((p) => [p, body[p]]));

describe('roster import template', () => {
  it('when an admin downloads the template, then it has the canonical headers, two example rows and a 说明 sheet', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const { status, workbook } = await getWorkbook(app, '/api/v1/import/roster/template', auth);
    expect(status).to.equal(200);
    const [sheet, guide] = workbook.worksheets;
    const values = (row: number, ws = sheet) => (ws.getRow(row).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    expect(values(1)).to.deep.equal(['区编码', '区名称', '街镇编码', '街镇名称', '居村编码', '居村名称', '居村类型', '书记账号', '书记姓名', '手机号', '大梁小梁', '成长阶段', '带教名额', '大梁账号', '届别']);
    expect(sheet.actualRowCount).to.equal(3);
    expect(values(3)).to.include('shili.liuxy').and.to.include('小梁');
    expect(guide.name).to.equal('说明');
    expect(values(1, guide)).to.deep.equal(['列名', '是否必填', '示例', '说明']);
    expect(guide.actualRowCount).to.equal(16);
    expect(values(9, guide).slice(0, 3)).to.deep.equal(['书记账号', '必填', 'shili.zhangjg']);
  });

  it('when the template is imported as it is into a system with one district, then its two rows import cleanly', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    await createOrgTree(0, 0);
    const { workbook } = await getWorkbook(app, '/api/v1/import/roster/template', auth);
    const res = await upload(auth, Buffer.from(await workbook.xlsx.writeBuffer()), {}, XLSX);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(countsOf(res.body)).to.deep.equal({
      streets: { created: 1, updated: 0, unchanged: 0 },
      communities: { created: 2, updated: 0, unchanged: 0 },
      secretaries: { created: 2, updated: 0, unchanged: 0 },
      mentorships: { created: 1, updated: 0, unchanged: 0 },
    });
  });

  it('when someone other than an admin asks for the template, then 403', async () => {
    const secretary = bearer(await createUser({ role: 'secretary' }));
    expect((await request(app).get('/api/v1/import/roster/template').set('Authorization', secretary)).status).to.equal(403);
  });
});

describe('roster dry run', () => {
  it('when a dry run precedes the import of the same file, then its counts are the import\'s, and a second dry run finds everything unchanged', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const dry = await upload(auth, SAMPLE, { dryRun: 'true' });
    expect(dry.status).to.equal(200);
    expect(dry.body).to.include({ dryRun: true, rows: 6 });
    expect(await stored()).to.deep.equal({ units: 0, users: 0, pairs: 0 });
    const real = await upload(auth, SAMPLE);
    expect(real.body).to.include({ dryRun: false, rows: 6 });
    expect(countsOf(dry.body)).to.deep.equal(countsOf(real.body));
    expect(countsOf(real.body)).to.deep.equal({
      streets: { created: 2, updated: 0, unchanged: 0 },
      communities: { created: 6, updated: 0, unchanged: 0 },
      secretaries: { created: 6, updated: 0, unchanged: 0 },
      mentorships: { created: 3, updated: 0, unchanged: 0 },
    });
    const again = await upload(auth, SAMPLE, { dryRun: 'true' });
    expect(countsOf(again.body)).to.deep.equal({
      streets: { created: 0, updated: 0, unchanged: 2 },
      communities: { created: 0, updated: 0, unchanged: 6 },
      secretaries: { created: 0, updated: 0, unchanged: 6 },
      mentorships: { created: 0, updated: 0, unchanged: 3 },
    });
  });

  it('when a changed roster is dry-run and then imported, then both report the same creations, updates and unchanged rows', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    expect((await upload(auth, SAMPLE)).status).to.equal(200);
    const changed = SAMPLE
      .replace('长风二村居委', '长风二村居委（更名）') // a community renamed
      .replace('13800000006', '13900000006') // a phone changed
      .trimEnd()
      .concat('\nPT,普陀区,PT-TL,桃浦镇,PT-TL-04,真如居委,居委,qian.yu,钱宇,,小梁,新任,,chen.guifang,2026\n'); // a new 小梁 paired
    const dry = await upload(auth, changed, { dryRun: 'true' });
    const before = await stored();
    expect(before).to.deep.equal({ units: 9, users: 6, pairs: 3 });
    const real = await upload(auth, changed);
    expect(real.status).to.equal(200);
    expect(countsOf(dry.body)).to.deep.equal(countsOf(real.body));
    expect(countsOf(real.body)).to.deep.equal({
      streets: { created: 0, updated: 0, unchanged: 2 },
      communities: { created: 1, updated: 1, unchanged: 5 },
      secretaries: { created: 1, updated: 1, unchanged: 5 },
      mentorships: { created: 1, updated: 0, unchanged: 3 },
    });
    expect(await stored()).to.deep.equal({ units: 10, users: 7, pairs: 4 });
  });
});

describe('roster errors in one pass', () => {
  it('when one row has a field error and another names an unknown 大梁, then both are reported together, by row, and nothing is written', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const lines = SAMPLE.trim().split('\n');
    lines[2] = lines[2].replace('13800000002', '1380000'); // row 3: a phone that is too short
    lines.push('PT,普陀区,PT-TL,桃浦镇,PT-TL-04,真如居委,居委,qian.yu,钱宇,,小梁,新任,,nobody.here,2026'); // row 8
    const res = await upload(auth, lines.join('\n'));
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('roster_invalid');
    expect(res.body.error.details).to.deep.equal([
      { row: 3, column: '手机号', message: '手机号应为 11 位数字 (invalid phone)' },
      { row: 8, column: '大梁账号', message: '大梁账号 nobody.here 不存在 (mentor not found)' },
    ]);
    expect(res.body.error.message).to.include('2 处错误');
    expect(await stored()).to.deep.equal({ units: 0, users: 0, pairs: 0 });
  });

  it('when a 大梁\'s own row has a field error, then only that row is reported, not their 小梁 as naming an unknown 大梁', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const bad = SAMPLE.replace('wang.jianguo,王建国,13800000001,大梁,,3,', 'wang.jianguo,王建国,13800000001,大梁,,99,');
    const res = await upload(auth, bad, { dryRun: 'true' });
    expect(res.status).to.equal(400);
    expect(res.body.error.details).to.deep.equal([{ row: 2, column: '带教名额', message: '带教名额应为 1–20 的整数 (capacity must be 1–20)' }]);
  });
});

describe('roster files that are not spreadsheets', () => {
  for (const { what, body, type } of NOT_SPREADSHEETS) {
    it(`when the file is ${what}, then 400 roster_unreadable says it is not an Excel/CSV file and nothing is written`, async () => {
      const auth = bearer(await createUser({ role: 'admin' }));
      const res = await upload(auth, body, {}, type);
      expect(res.status).to.equal(400);
      expect(res.body.error.code).to.equal('roster_unreadable');
      expect(res.body.error.message).to.match(/^不是有效的 Excel\/CSV 文件/);
      expect(await stored()).to.deep.equal({ units: 0, users: 0, pairs: 0 });
    });
  }

  it('when a CSV comes labelled application/vnd.ms-excel (Windows), then it is read like any CSV', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const res = await upload(auth, SAMPLE, { dryRun: 'true' }, 'application/vnd.ms-excel');
    expect(res.status).to.equal(200);
    expect(res.body.rows).to.equal(6);
  });
});
