import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { Mentorship } from '../../models/mentorship.model.js';
import { OrgUnit } from '../../models/org-unit.model.js';
import { User } from '../../models/user.model.js';
import { request, testApp } from '../support/app.js';
import { bearer, createUser } from '../factories/users.js';

const app = testApp();
const SAMPLE = readFileSync(new URL('../../examples/roster-sample.csv', import.meta.url));

const upload = (auth: string, body: Buffer, type = 'text/csv', query: Record<string, string> = {}) =>
  request(app).post('/api/v1/import/roster').query(query).set('Authorization', auth).set('Content-Type', type).send(body);

async function counts() {
  return {
    units: await OrgUnit.countDocuments({}),
    users: await User.countDocuments({ role: 'secretary' }),
    pairs: await Mentorship.countDocuments({}),
  };
}

describe('roster import', () => {
  it('when the sample roster is imported, then the district, streets, communities, secretaries and pairs exist', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const res = await upload(auth, SAMPLE);
    expect(res.status).to.equal(200);
    expect(res.body.streets).to.deep.equal({ created: 2, updated: 0, unchanged: 0 });
    expect(res.body.communities.created).to.equal(6);
    expect(res.body.secretaries.created).to.equal(6);
    expect(res.body.mentorships.created).to.equal(3);
    const li = await User.findOne({ username: 'li.xiaomei' }).lean();
    const community = await OrgUnit.findOne({ code: 'PT-CF-02' }).lean();
    expect(li).to.include({ beam: 'mentee', stage: 'new', displayName: '李晓梅' });
    expect(String(li!.streetId)).to.equal(String(community!.streetId));
    expect((await OrgUnit.findOne({ code: 'PT-TL-01' }).lean())!.kind).to.equal('village');
  });

  it('when the same file is imported again, then nothing changes', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    await upload(auth, SAMPLE);
    const before = await counts();
    const again = await upload(auth, SAMPLE);
    expect(again.status).to.equal(200);
    for (const part of ['streets', 'communities', 'secretaries', 'mentorships']) {
      expect(again.body[part].created, part).to.equal(0);
      expect(again.body[part].updated, part).to.equal(0);
    }
    expect(await counts()).to.deep.equal(before);
  });

  it('when one row is wrong, then nothing is imported and the report names row, column and message', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const bad = SAMPLE.toString().replace('13800000003,小梁,赋能', '1380000,小梁,飞升');
    const res = await upload(auth, Buffer.from(bad));
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('roster_invalid');
    expect(res.body.error.details).to.deep.include({ row: 4, column: '手机号', message: '手机号应为 11 位数字 (invalid phone)' });
    expect(res.body.error.details.some((d: { row: number; column: string }) => d.row === 4 && d.column === '成长阶段')).to.equal(true);
    expect(await counts()).to.deep.equal({ units: 0, users: 0, pairs: 0 });
  });

  it('when a mentor would be over capacity or a mentor is unknown, then the rows are reported', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const lines = SAMPLE.toString().trim().split('\n');
    lines.push('PT,普陀区,PT-TL,桃浦镇,PT-TL-04,真如居委,居委,qian.yu,钱宇,,小梁,新任,,chen.guifang,2026');
    lines.push('PT,普陀区,PT-TL,桃浦镇,PT-TL-05,曹杨居委,居委,wu.di,吴迪,,小梁,新任,,chen.guifang,2026');
    lines.push('PT,普陀区,PT-TL,桃浦镇,PT-TL-06,万里居委,居委,he.jing,何静,,小梁,新任,,nobody.here,2026');
    const res = await upload(auth, Buffer.from(lines.join('\n')));
    expect(res.status).to.equal(400);
    const byRow = Object.fromEntries(res.body.error.details.map((d: { row: number; message: string }) => [d.row, d.message]));
    expect(byRow[9]).to.include('容量 2');
    expect(byRow[10]).to.include('不存在');
    expect(await User.countDocuments({ role: 'secretary' })).to.equal(0);
  });

  it('when a roster lowers a mentor\'s capacity below their active pairs, then the dry run and the import both refuse the row naming the count, and nothing changes', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    expect((await upload(auth, SAMPLE)).status).to.equal(200);
    const lowered = Buffer.from(SAMPLE.toString().replace('13800000001,大梁,,3,', '13800000001,大梁,,1,'));
    for (const query of [{ dryRun: 'true' }, {}] as Array<Record<string, string>>) {
      const res = await upload(auth, lowered, 'text/csv', query);
      expect(res.status, JSON.stringify(query)).to.equal(400);
      expect(res.body.error.code).to.equal('roster_invalid');
      expect(res.body.error.details).to.deep.equal([
        { row: 2, column: '带教名额', message: '该大梁正在带教 2 名小梁，带教名额不能少于 2 (capacity below the 2 active pairs)' },
      ]);
    }
    expect((await User.findOne({ username: 'wang.jianguo' }).lean())!.mentorCapacity).to.equal(3);
    const atCount = await upload(auth, Buffer.from(SAMPLE.toString().replace('13800000001,大梁,,3,', '13800000001,大梁,,2,')));
    expect(atCount.status).to.equal(200);
    expect((await User.findOne({ username: 'wang.jianguo' }).lean())!.mentorCapacity).to.equal(2);
  });

  it('when a roster lowers a mentor\'s capacity below a place still in use, then the row is refused naming the place', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    expect((await upload(auth, SAMPLE)).status).to.equal(200);
    const li = (await User.findOne({ username: 'li.xiaomei' }).lean())!;
    const first = (await Mentorship.findOne({ menteeId: li._id, status: 'active' }).lean())!;
    expect(first.slot).to.equal(1);
    expect((await request(app).post(`/api/v1/mentorships/${first._id}/end`).set('Authorization', auth).send({ reason: '调动' })).status).to.equal(200);
    const withoutLi = SAMPLE.toString().replace('13800000001,大梁,,3,', '13800000001,大梁,,1,').replace(',li.xiaomei,李晓梅,13800000002,小梁,新任,,wang.jianguo,', ',li.xiaomei,李晓梅,13800000002,小梁,新任,,,');
    const res = await upload(auth, Buffer.from(withoutLi), 'text/csv', { dryRun: 'true' });
    expect(res.status).to.equal(400);
    expect(res.body.error.details).to.deep.equal([
      { row: 2, column: '带教名额', message: '该大梁的第 2 个带教名额正在使用，带教名额不能少于 2 (place 2 is taken)' },
    ]);
    expect((await User.findOne({ username: 'wang.jianguo' }).lean())!.mentorCapacity).to.equal(3);
  });

  it('when an XLSX file is uploaded, then it imports like the CSV', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    for (const line of SAMPLE.toString().trim().split('\n')) sheet.addRow(line.split(','));
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(auth, xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.status).to.equal(200);
    expect(res.body.secretaries.created).to.equal(6);
    expect(res.body.mentorships.created).to.equal(3);
  });

  it('when a dry run is asked, then the report comes back and nothing is written', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const res = await upload(auth, SAMPLE, 'text/csv', { dryRun: 'true' });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ dryRun: true, rows: 6 });
    expect((await counts()).units).to.equal(0);
  });

  it('when no file or a non-admin uploads, then 400 / 403', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    expect((await request(app).post('/api/v1/import/roster').set('Authorization', auth)).status).to.equal(400);
    const secretary = bearer(await createUser({ role: 'secretary' }));
    expect((await upload(secretary, SAMPLE)).status).to.equal(403);
  });

  it('when a 300-secretary roster is imported, then every secretary and pair is created', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const lines = ['区编码,区名称,街镇编码,街镇名称,居村编码,居村名称,书记账号,书记姓名,大梁小梁,带教名额,大梁账号'];
    for (let i = 0; i < 300; i++) {
      const s = i % 10;
      const mentor = i < 100;
      lines.push(`PT,普陀区,S${s},街道${s},C${i},居委${i},sec${i},书记${i},${mentor ? '大梁' : '小梁'},${mentor ? 3 : ''},${mentor ? '' : `sec${(i - 100) % 100}`}`);
    }
    const res = await upload(auth, Buffer.from(lines.join('\n')));
    expect(res.status).to.equal(200);
    expect(res.body.secretaries.created).to.equal(300);
    expect(res.body.mentorships.created).to.equal(200);
    expect(await Mentorship.countDocuments({ status: 'active' })).to.equal(200);
  });
});
