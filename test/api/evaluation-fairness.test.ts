import { expect } from 'chai';
import { EvaluationCycle, ResidentScore } from '../../models/evaluation.model.js';
import { ProjectVote } from '../../models/vote.model.js';
import { request, testApp, testDeps } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';
import { evaluationAnomaliesJob } from '../../jobs/evaluation-anomalies.job.js';

const app = testApp({ clock: () => TEST_NOW });
const scores = (n: number) => ({ members_managed: n, residents_follow: n, leads_with_method: n, work_lands_fast: n });
type Row = { secretaryId: string; displayName: string; final: number | null; rank: { district: number | null }; evidence: { sufficient: boolean; reason: string | null }; anomalies: Array<{ kind: string; message: string; evidence: Record<string, unknown> }> };

/** An open cycle over two 小梁 (甲, 乙), two on-site evaluators and a department assigned to both. */
async function openCycle(body: Record<string, unknown> = {}) {
  const { communities } = await createOrgTree(1, 2);
  const admin = await createUser({ role: 'admin' });
  const evaluators = [await createUser({ role: 'evaluator' }), await createUser({ role: 'evaluator' })];
  const dept = await createUser({ role: 'department' });
  const [lone, solid] = [await createMentee(communities[0], { displayName: '书记甲' }), await createMentee(communities[1], { displayName: '书记乙' })];
  const auth = bearer(admin);
  const id = (await request(app).post('/api/v1/evaluation-cycles').set('Authorization', auth).send({ year: 2026, name: '年度评估', residentVerification: 'none', ...body }).expect(201)).body._id as string;
  const secretaryIds = [String(lone._id), String(solid._id)];
  for (const e of evaluators) await request(app).post(`/api/v1/evaluation-cycles/${id}/assignments`).set('Authorization', auth).send({ evaluatorId: String(e._id), source: 'mentor', secretaryIds }).expect(201);
  await request(app).post(`/api/v1/evaluation-cycles/${id}/assignments`).set('Authorization', auth).send({ evaluatorId: String(dept._id), source: 'department', secretaryIds }).expect(201);
  await request(app).post(`/api/v1/evaluation-cycles/${id}/open`).set('Authorization', auth).expect(200);
  return { id, auth, evaluators, dept, lone, solid };
}

const residentRows = (secretaryId: string, n: number, overall: number) => Array.from({ length: n }, (_, k) => ({ secretaryId, voterKey: `ballot-${k}`, overall }));

describe('minimum evidence for a ranked result', () => {
  it('when one resident gives 100 to a secretary nobody else scored, then she is 证据不足, unranked, on the follow-up list and not among the awards', async () => {
    const { id, auth, evaluators, dept, lone, solid } = await openCycle();
    expect((await EvaluationCycle.findById(id).lean())!.minimums).to.deep.equal({ mentor: 2, resident: 30, department: 1 });
    await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores`).send({ secretaryId: String(lone._id), voterKey: '13700000001', overall: 100 }).expect(200);
    for (const e of evaluators) await request(app).put(`/api/v1/evaluation-cycles/${id}/scores/${solid._id}`).set('Authorization', bearer(e)).send({ source: 'mentor', indicators: scores(80) }).expect(200);
    await request(app).put(`/api/v1/evaluation-cycles/${id}/scores/${solid._id}`).set('Authorization', bearer(dept)).send({ source: 'department', indicators: scores(80) }).expect(200);
    await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/bulk`).set('Authorization', auth).send({ rows: residentRows(String(solid._id), 30, 70) }).expect(200);

    const results = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth);
    const byName = (name: string) => results.body.items.find((r: Row) => r.displayName === name) as Row;
    expect(byName('书记甲')).to.deep.include({ final: 100, rank: { district: null, street: null } });
    expect(byName('书记甲').evidence.reason).to.include('证据不足：大梁实地评估 0 份（至少 2 份）、群众线上打分 1 份（至少 30 份）、街镇部门综合测评 0 份（至少 1 份）');
    expect(byName('书记乙')).to.deep.include({ rank: { district: 1, street: 1 } });
    expect(results.body.items.map((r: Row) => r.displayName)).to.deep.equal(['书记乙', '书记甲']);
    expect(results.body.cycle.minimums).to.deep.equal({ mentor: 2, resident: 30, department: 1 });
    expect(results.body.followUp.map((f: { displayName: string }) => f.displayName)).to.deep.equal(['书记甲']);

    const awards = await request(app).get(`/api/v1/evaluation-cycles/${id}/awards`).query({ top: 2 }).set('Authorization', auth);
    expect(awards.body.items.map((a: Row & { place: number }) => [a.place, a.displayName])).to.deep.equal([[1, '书记乙']]);
    expect(awards.body.excluded).to.have.length(1);
    expect(awards.body.excluded[0]).to.include({ secretaryId: String(lone._id), final: 100 });
    expect(awards.body.excluded[0].reason).to.include('不参加排名和最美书记评选');
  });

  it('when a cycle sets its own minimums, then they are stored and used; a minimum for an unknown source is 400', async () => {
    const { id, auth, lone } = await openCycle({ minimums: { mentor: 0, resident: 1, department: 0 } });
    expect((await EvaluationCycle.findById(id).lean())!.minimums).to.deep.equal({ mentor: 0, resident: 1, department: 0 });
    await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores`).send({ secretaryId: String(lone._id), voterKey: '13700000001', overall: 90 }).expect(200);
    const results = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth);
    expect(results.body.items[0]).to.deep.include({ displayName: '书记甲', rank: { district: 1, street: 1 } });
    expect(results.body.followUp).to.deep.equal([]);
    const bad = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', auth).send({ year: 2026, name: '错误', minimums: { elders: 3 } });
    expect(bad.status).to.equal(400);
    expect(bad.body.error.code).to.equal('unknown_source');
    expect(await EvaluationCycle.countDocuments({})).to.equal(1);
  });
});

describe('anomaly flags in the results', () => {
  it('when 20 residents score one secretary within a minute, then every score counts and, once the job ran, the admin sees a burst with its window; the secretary does not', async () => {
    const { id, auth, solid } = await openCycle({ minimums: { mentor: 0, resident: 0, department: 0 } });
    for (let k = 0; k < 20; k++) {
      await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores`).send({ secretaryId: String(solid._id), voterKey: `1370000${String(k).padStart(4, '0')}`, overall: 60 }).expect(200);
    }
    expect(await ResidentScore.countDocuments({ minute: Math.floor(TEST_NOW.getTime() / 60_000) })).to.equal(20);
    const before = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth);
    expect(before.body.anomaliesComputedAt).to.equal(null); // the job has not run: no flags yet, and the answer says so
    expect(before.body.items.find((r: Row) => r.displayName === '书记乙')).to.deep.include({ anomalies: [], anomaliesComputedAt: null });
    await evaluationAnomaliesJob.run({}, { now: TEST_NOW, deps: testDeps({ clock: () => TEST_NOW }) });
    const results = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth);
    expect(results.body.anomaliesComputedAt).to.equal(TEST_NOW.toISOString());
    const row = results.body.items.find((r: Row) => r.displayName === '书记乙');
    expect(row.perSource.resident).to.include({ count: 20, score: 60 });
    // From one test client: one address as well as one minute.
    expect(row.anomalies.map((a: Row['anomalies'][number]) => [a.kind, a.evidence.count])).to.deep.equal([['burst', 20], ['one_address', 20]]);
    expect(row.anomalies[0].message).to.include('集中打分');
    await request(app).post(`/api/v1/evaluation-cycles/${id}/close`).set('Authorization', auth).expect(200);
    await request(app).post(`/api/v1/evaluation-cycles/${id}/publish`).set('Authorization', auth).expect(200);
    const mine = await request(app).get('/api/v1/me/evaluation').query({ cycle: id }).set('Authorization', bearer(solid));
    expect(mine.body.result.final).to.equal(60);
    expect(mine.body.result).not.to.have.property('anomalies');
  });
});

describe('public voting keys and limits', () => {
  it('when the key is not a mobile number, then scoring and voting are 400 on voterKey and nothing is stored', async () => {
    const { id, lone } = await openCycle();
    for (const voterKey of ['abcd-1234', '1370000000', '23700000001']) {
      const res = await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores`).send({ secretaryId: String(lone._id), voterKey, overall: 80 });
      expect(res.status, voterKey).to.equal(400);
      expect(res.body.error.details[0].path).to.equal('voterKey');
      expect(res.body.error.details[0].message).to.include('请输入有效的 11 位手机号');
    }
    const vote = await request(app).post('/api/v1/projects/64b7f0c2a1b2c3d4e5f60718/votes').send({ voterKey: 'voter-0001', score: 5 });
    expect(vote.status).to.equal(400);
    expect(await ResidentScore.countDocuments({})).to.equal(0);
    expect(await ProjectVote.countDocuments({})).to.equal(0);
  });

  it('when one address scores secretaries and votes on projects, then both draw on one per-minute budget', async () => {
    const limited = testApp({ clock: () => TEST_NOW, env: { PUBLIC_RATE_LIMIT: '3' } });
    const { id, lone, solid } = await openCycle();
    const score = (secretaryId: string) => request(limited).post(`/api/v1/evaluation-cycles/${id}/resident-scores`).send({ secretaryId, voterKey: '13700000001', overall: 80 });
    const unknownProject = () => request(limited).post('/api/v1/projects/64b7f0c2a1b2c3d4e5f60718/votes').send({ voterKey: '13700000001', score: 5 });
    expect((await score(String(lone._id))).status).to.equal(200);
    expect((await unknownProject()).status).to.equal(404);
    expect((await score(String(solid._id))).status).to.equal(200);
    const fourth = await unknownProject();
    expect(fourth.status).to.equal(429);
    expect(fourth.body.error.code).to.equal('rate_limited');
    const fifth = await score(String(lone._id));
    expect(fifth.status).to.equal(429);
    expect(await ResidentScore.countDocuments({})).to.equal(2);
  });
});
