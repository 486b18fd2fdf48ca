import { expect } from 'chai';
import { EvaluationAnomaly, EvaluationAnomalyCheck, EvaluationCycle, type CycleDoc } from '../../models/evaluation.model.js';
import { evaluationAnomaliesJob } from '../../jobs/evaluation-anomalies.job.js';
import { computeCycleResults } from '../../server/modules/evaluation/index.js';
import { request, testApp, testDeps } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

const app = testApp({ clock: () => TEST_NOW });
const HOUR = 3_600_000;
const run = (now: Date) => evaluationAnomaliesJob.run({}, { now, deps: testDeps({ clock: () => now }) });
type Flag = { kind: string; evidence: Record<string, unknown>; computedAt?: string };
type Item = { secretaryId: string; displayName: string; anomalies: Flag[]; anomaliesComputedAt: string | null };

/**
 * An open cycle where 书记甲 gets 20 online scores in one minute from one address (a burst and
 * one address), 书记乙 ten imported full marks (all at the maximum) and 书记丙 nothing unusual.
 */
async function fixture() {
  const { communities } = await createOrgTree(1, 3);
  const auth = bearer(await createUser({ role: 'admin' }));
  const [a, b, c] = await Promise.all(['书记甲', '书记乙', '书记丙'].map((displayName, i) => createMentee(communities[i], { displayName })));
  const id = (await request(app).post('/api/v1/evaluation-cycles').set('Authorization', auth)
    .send({ year: 2026, name: '年度评估', residentVerification: 'none' }).expect(201)).body._id as string;
  await request(app).post(`/api/v1/evaluation-cycles/${id}/open`).set('Authorization', auth).expect(200);
  for (let k = 0; k < 20; k++) {
    await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores`).send({ secretaryId: String(a._id), voterKey: `1370000${String(k).padStart(4, '0')}`, overall: 70 }).expect(200);
  }
  const rows = [
    ...Array.from({ length: 10 }, (_, k) => ({ secretaryId: String(b._id), voterKey: `full-${k}`, overall: 100 })),
    ...Array.from({ length: 5 }, (_, k) => ({ secretaryId: String(c._id), voterKey: `plain-${k}`, overall: 60 + k })),
  ];
  await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/bulk`).set('Authorization', auth).send({ rows }).expect(200);
  return { id, auth, ids: { a: String(a._id), b: String(b._id), c: String(c._id) } };
}

const results = async (id: string, auth: string) => (await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth).expect(200)).body;
const byName = (body: { items: Item[] }, name: string) => body.items.find((r) => r.displayName === name)!;
const storedDocs = async () => JSON.parse(JSON.stringify(await EvaluationAnomaly.find({}).sort({ _id: 1 }).lean()));

describe('evaluation-anomalies job', () => {
  it('when it runs, then it stores per secretary exactly the flags the rules give on the scores, and the results serve them with when they were computed', async () => {
    const { id, auth, ids } = await fixture();
    const before = await results(id, auth);
    expect(before.anomaliesComputedAt).to.equal(null);
    expect(before.items.every((r: Item) => r.anomalies.length === 0 && r.anomaliesComputedAt === null)).to.equal(true);

    const summary = await run(TEST_NOW);
    expect(summary).to.deep.include({ cycles: 1, flagged: 2, written: 3 });
    const docs = await EvaluationAnomaly.find({}).lean();
    expect(docs.map((d) => d._id).sort()).to.deep.equal(Object.values(ids).map((s) => `${id}:${s}`).sort());
    const expected = await computeCycleResults((await EvaluationCycle.findById(id).lean<CycleDoc>())!);
    for (const r of expected) {
      const doc = docs.find((d) => String(d.secretaryId) === r.secretaryId)!;
      expect(JSON.parse(JSON.stringify(doc.flags)), r.displayName).to.deep.equal(JSON.parse(JSON.stringify(r.anomalies)));
    }
    expect(docs.find((d) => String(d.secretaryId) === ids.a)!.flags.map((f: Flag) => f.kind)).to.deep.equal(['burst', 'one_address']);
    expect(docs.find((d) => String(d.secretaryId) === ids.b)!.flags.map((f: Flag) => f.kind)).to.deep.equal(['all_max']);
    expect(docs.find((d) => String(d.secretaryId) === ids.c)!.flags).to.deep.equal([]);

    const after = await results(id, auth);
    expect(after.anomaliesComputedAt).to.equal(TEST_NOW.toISOString());
    const a = byName(after, '书记甲');
    expect(a.anomaliesComputedAt).to.equal(TEST_NOW.toISOString());
    expect(a.anomalies.map((f) => [f.kind, f.evidence.count, f.computedAt])).to.deep.equal([['burst', 20, TEST_NOW.toISOString()], ['one_address', 20, TEST_NOW.toISOString()]]);
    expect(byName(after, '书记丙')).to.deep.include({ anomalies: [], anomaliesComputedAt: TEST_NOW.toISOString() });
  });

  it('when it runs again over the same scores, then no flag list is written again: the same documents, only the time of the check moves', async () => {
    const { id, auth } = await fixture();
    await run(TEST_NOW);
    const first = await storedDocs();
    expect(await run(TEST_NOW)).to.deep.include({ cycles: 1, written: 0 });
    expect(await storedDocs()).to.deep.equal(first);

    const later = new Date(TEST_NOW.getTime() + HOUR);
    expect(await run(later)).to.deep.include({ written: 0 });
    expect(await storedDocs()).to.deep.equal(first);
    expect((await EvaluationAnomalyCheck.findById(id).lean())!.computedAt.toISOString()).to.equal(later.toISOString());
    const body = await results(id, auth);
    expect(body.anomaliesComputedAt).to.equal(later.toISOString());
    expect(byName(body, '书记甲').anomaliesComputedAt).to.equal(TEST_NOW.toISOString()); // the list as computed then, confirmed since
  });

  it('when the scores change between runs, then only the secretary whose flags changed is rewritten', async () => {
    const { id, auth, ids } = await fixture();
    await run(TEST_NOW);
    const later = new Date(TEST_NOW.getTime() + HOUR);
    await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/bulk`).set('Authorization', auth)
      .send({ rows: [{ secretaryId: ids.b, voterKey: 'full-0', overall: 50 }] }).expect(200); // no longer all at the maximum
    expect(await run(later)).to.deep.include({ flagged: 1, written: 1 });
    const docs = await EvaluationAnomaly.find({}).lean();
    expect(docs).to.have.length(3);
    expect(docs.find((d) => String(d.secretaryId) === ids.b)).to.deep.include({ flags: [], computedAt: later });
    expect(docs.find((d) => String(d.secretaryId) === ids.a)!.computedAt).to.deep.equal(TEST_NOW);
  });

  it('when the cycle is closed, then the job leaves it alone and the results show the flags frozen with them', async () => {
    const { id, auth } = await fixture();
    await request(app).post(`/api/v1/evaluation-cycles/${id}/close`).set('Authorization', auth).expect(200);
    expect(await run(TEST_NOW)).to.deep.include({ cycles: 0 });
    expect(await EvaluationAnomaly.countDocuments({})).to.equal(0);
    const body = await results(id, auth);
    expect(body).to.include({ frozen: true, anomaliesComputedAt: TEST_NOW.toISOString() });
    expect(byName(body, '书记乙').anomalies.map((f) => [f.kind, f.computedAt])).to.deep.equal([['all_max', TEST_NOW.toISOString()]]);
  });
});
