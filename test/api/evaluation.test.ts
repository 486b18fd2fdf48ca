import { expect } from 'chai';
import { ResidentScore, ScoreAudit } from '../../models/evaluation.model.js';
import { request, testApp } from '../support/app.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

const app = testApp({ clock: () => new Date('2026-11-20T10:00:00+08:00') });
const scores = (a: number, b = a, c = a, d = a) => ({ members_managed: a, residents_follow: b, leads_with_method: c, work_lands_fast: d });

async function openCycle(minimums?: Record<string, number>) {
  const { communities } = await createOrgTree(1, 3);
  const admin = await createUser({ role: 'admin' });
  const evaluator = await createUser({ role: 'evaluator', displayName: '老评估员' });
  const dept = await createUser({ role: 'department', displayName: '街道党建办' });
  const secs = [await createMentee(communities[0], { displayName: '书记甲' }), await createMentee(communities[1], { displayName: '书记乙' }), await createMentee(communities[2], { displayName: '书记丙' })];
  const auth = bearer(admin);
  const cycle = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', auth).send({ year: 2026, name: '2026 年度组织力评估', minimums, residentVerification: 'none' });
  expect(cycle.status).to.equal(201);
  const id = cycle.body._id;
  await request(app).post(`/api/v1/evaluation-cycles/${id}/assignments`).set('Authorization', auth)
    .send({ evaluatorId: String(evaluator._id), source: 'mentor', secretaryIds: secs.map((s) => String(s._id)) }).expect(201);
  await request(app).post(`/api/v1/evaluation-cycles/${id}/assignments`).set('Authorization', auth)
    .send({ evaluatorId: String(dept._id), source: 'department', secretaryIds: secs.map((s) => String(s._id)) }).expect(201);
  await request(app).post(`/api/v1/evaluation-cycles/${id}/open`).set('Authorization', auth).expect(200);
  return { id, admin, auth, evaluator, dept, secs };
}

const score = (id: string, who: { _id: unknown }, sec: { _id: unknown }, source: string, indicators: Record<string, number>) =>
  request(app).put(`/api/v1/evaluation-cycles/${id}/scores/${sec._id}`).set('Authorization', bearer(who)).send({ source, indicators, comment: '' });

describe('evaluation cycles', () => {
  it('when no weights are given, then the four indicators and three sources are the defaults', async () => {
    const admin = await createUser({ role: 'admin' });
    const res = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', bearer(admin)).send({ year: 2026, name: '年度评估' });
    expect(res.body.indicators.map((i: { name: string }) => i.name)).to.deep.equal(['党员管得住', '群众愿意跟', '引领有章法', '工作落地快']);
    expect(res.body.sources.map((s: { key: string }) => s.key)).to.deep.equal(['mentor', 'resident', 'department']);
    expect(res.body.status).to.equal('draft');
  });

  it('when weights do not sum to 1, then 400 saying the sum', async () => {
    const admin = await createUser({ role: 'admin' });
    const res = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', bearer(admin)).send({
      year: 2026, name: '错误权重', sources: [{ key: 'mentor', name: '大梁', weight: 0.5 }, { key: 'resident', name: '群众', weight: 0.3 }],
    });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('weights_sum');
    expect(res.body.error.message).to.include('0.8');
  });
});

describe('evaluation scoring', () => {
  it('when an evaluator is not assigned, then 403; out of scale is 400', async () => {
    const { id, evaluator, secs } = await openCycle();
    const stranger = await createUser({ role: 'evaluator' });
    expect((await score(id, stranger, secs[0], 'mentor', scores(80))).status).to.equal(403);
    const out = await score(id, evaluator, secs[0], 'mentor', scores(80, 101));
    expect(out.status).to.equal(400);
    expect(out.body.error.details[0].path).to.equal('indicators.residents_follow');
    const missing = await score(id, evaluator, secs[0], 'mentor', { members_managed: 80 });
    expect(missing.status).to.equal(400);
  });

  it('when a score is re-submitted, then it replaces the earlier one and the audit trail keeps both', async () => {
    const { id, evaluator, secs, auth } = await openCycle();
    expect((await score(id, evaluator, secs[0], 'mentor', scores(70))).status).to.equal(200);
    await score(id, evaluator, secs[0], 'mentor', scores(90));
    const audit = await request(app).get(`/api/v1/evaluation-cycles/${id}/audit`).set('Authorization', auth);
    expect(audit.body.items).to.have.length(2);
    expect(audit.body.items[0].before.indicators.members_managed).to.equal(70);
    expect(audit.body.items[0].after.indicators.members_managed).to.equal(90);
    expect(audit.body.items[0].byId).to.equal(String(evaluator._id));
    expect(await ScoreAudit.countDocuments({})).to.equal(2);
    const results = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth);
    const first = results.body.items.find((r: { secretaryId: string }) => r.secretaryId === String(secs[0]._id));
    expect(first.perSource.mentor).to.include({ count: 1, score: 90 });
  });

  it('when a resident scores twice, writing the number differently, then it is counted once, both answers are alike, and the key is stored only as a hash', async () => {
    const { id, secs, auth } = await openCycle();
    const body = { secretaryId: String(secs[1]._id), voterKey: '13800001111', overall: 60 };
    const first = await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores`).send(body);
    const again = await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores`).send({ ...body, voterKey: '+86 138-0000-1111', overall: 80 });
    expect([first.status, again.status]).to.deep.equal([200, 200]);
    expect(first.body).to.deep.equal({ accepted: true, secretaryId: String(secs[1]._id) });
    expect(again.body).to.deep.equal(first.body);
    const stored = await ResidentScore.find({}).lean();
    expect(stored).to.have.length(1);
    expect(JSON.stringify(stored)).not.to.include('13800001111');
    const results = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth);
    const row = results.body.items.find((r: { secretaryId: string }) => r.secretaryId === String(secs[1]._id));
    expect(row.perSource.resident).to.include({ count: 1, score: 80 });
  });

  it('when results were read and then scores arrive, then the next read includes them (cached only until a score write)', async () => {
    const { id, secs, auth, evaluator } = await openCycle();
    const results = async () => (await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth)).body.items
      .find((r: { secretaryId: string }) => r.secretaryId === String(secs[0]._id));
    expect((await results()).final).to.equal(null);
    expect((await results()).final).to.equal(null);
    await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores`).send({ secretaryId: String(secs[0]._id), voterKey: '13800002222', overall: 70 }).expect(200);
    expect((await results()).perSource.resident).to.include({ count: 1, score: 70 });
    expect((await score(id, evaluator, secs[0], 'mentor', scores(90))).status).to.equal(200);
    expect((await results()).perSource.mentor).to.include({ count: 1, score: 90 });
    await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/bulk`).set('Authorization', auth)
      .send({ rows: [{ secretaryId: String(secs[0]._id), voterKey: '13800003333', overall: 50 }] }).expect(200);
    expect((await results()).perSource.resident).to.include({ count: 2, score: 60 });
  });

  it('when a bulk import has a bad row, then nothing is imported and the report names the row', async () => {
    const { id, secs, auth } = await openCycle();
    const rows = [
      { secretaryId: String(secs[0]._id), voterKey: 'voter-0001', overall: 90 },
      { secretaryId: String(secs[0]._id), voterKey: 'voter-0002', indicators: scores(50, 50, 50, 500) },
    ];
    const bad = await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/bulk`).set('Authorization', auth).send({ rows });
    expect(bad.status).to.equal(400);
    expect(bad.body.error.details).to.deep.equal([{ row: 2, path: 'indicators.work_lands_fast', message: '须在 0–100 之间 (out of scale)' }]);
    expect(await ResidentScore.countDocuments({})).to.equal(0);
    rows[1].indicators = scores(50);
    const ok = await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/bulk`).set('Authorization', auth).send({ rows });
    expect(ok.body).to.deep.equal({ rows: 2, stored: 2 });
  });

  it('when bulk imports repeat and overlap, even at once, then each resident counts once with the latest score', async () => {
    const { id, secs, auth } = await openCycle();
    const rows = (from: number, to: number, overall: number) =>
      Array.from({ length: to - from }, (_, k) => ({ secretaryId: String(secs[0]._id), voterKey: `voter-${from + k}`, overall }));
    const bulk = (body: { rows: unknown[] }) => request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/bulk`).set('Authorization', auth).send(body);
    expect((await bulk({ rows: rows(0, 30, 60) })).body).to.deep.equal({ rows: 30, stored: 30 });
    const [a, b] = await Promise.all([bulk({ rows: rows(20, 50, 90) }), bulk({ rows: rows(20, 50, 90) })]);
    expect([a.status, b.status]).to.deep.equal([200, 200]);
    expect(await ResidentScore.countDocuments({})).to.equal(50);
    const results = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth);
    const row = results.body.items.find((r: { secretaryId: string }) => r.secretaryId === String(secs[0]._id));
    // voters 0–19 keep 60, voters 20–49 now 90: (20 × 60 + 30 × 90) / 50
    expect(row.perSource.resident).to.include({ count: 50, score: 78 });
  });

  it('when the cycle closes, then results freeze, scoring is 409, and after publishing a secretary reads only their own', async () => {
    const { id, evaluator, dept, secs, auth } = await openCycle({ mentor: 1, resident: 0, department: 1 });
    await score(id, evaluator, secs[0], 'mentor', scores(90));
    await score(id, dept, secs[0], 'department', scores(80));
    await score(id, evaluator, secs[1], 'mentor', scores(70));
    const progress = await request(app).get(`/api/v1/evaluation-cycles/${id}/assignments`).set('Authorization', bearer(evaluator));
    expect(progress.body.items).to.have.length(1);
    expect(progress.body.items[0]).to.include({ assigned: 3, scored: 2 });
    await request(app).post(`/api/v1/evaluation-cycles/${id}/close`).set('Authorization', auth).expect(200);
    const late = await score(id, evaluator, secs[2], 'mentor', scores(100));
    expect(late.status).to.equal(409);
    expect(late.body.error.code).to.equal('cycle_not_open');
    const before = await request(app).get(`/api/v1/me/evaluation`).set('Authorization', bearer(secs[0]));
    expect(before.status).to.equal(404);
    await request(app).post(`/api/v1/evaluation-cycles/${id}/publish`).set('Authorization', auth).expect(200);
    const mine = await request(app).get(`/api/v1/me/evaluation`).query({ cycle: 2026 }).set('Authorization', bearer(secs[0]));
    expect(mine.status).to.equal(200);
    // mentor 90 (0.4), department 80 (0.3), no residents: (36 + 24) / 0.7
    expect(mine.body.result.final).to.be.closeTo(60 / 0.7, 1e-9);
    expect(mine.body.result.missingSources).to.deep.equal(['resident']);
    expect(mine.body.result.rank.district).to.equal(1);
    const awards = await request(app).get(`/api/v1/evaluation-cycles/${id}/awards`).query({ top: 1 }).set('Authorization', auth);
    expect(awards.body.items.map((a: { displayName: string }) => a.displayName)).to.deep.equal(['书记甲']);
    const otherSees = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', bearer(secs[1]));
    expect(otherSees.status).to.equal(403);
  });
});
