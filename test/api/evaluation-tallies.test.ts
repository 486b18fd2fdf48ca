import { expect } from 'chai';
import { Types } from 'mongoose';
import { CacheVersion } from '../../models/cache-version.model.js';
import { EvaluationCycle, EvaluationTally, ResidentScore, type CycleDoc } from '../../models/evaluation.model.js';
import { computeCycleResults, scoresInsertedRaw } from '../../server/modules/evaluation/index.js';
import { request, testApp } from '../support/app.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

const app = testApp({ clock: () => new Date('2026-11-20T10:00:00+08:00') });
const scores = (a: number) => ({ members_managed: a, residents_follow: a, leads_with_method: a, work_lands_fast: a });

async function openCycle() {
  const { communities } = await createOrgTree(1, 3);
  const admin = await createUser({ role: 'admin' });
  const evaluator = await createUser({ role: 'evaluator' });
  const secs = await Promise.all(['书记甲', '书记乙', '书记丙'].map((displayName, i) => createMentee(communities[i], { displayName })));
  const auth = bearer(admin);
  const id = (await request(app).post('/api/v1/evaluation-cycles').set('Authorization', auth).send({ year: 2026, name: '2026 年度组织力评估' }).expect(201)).body._id;
  await request(app).post(`/api/v1/evaluation-cycles/${id}/assignments`).set('Authorization', auth)
    .send({ evaluatorId: String(evaluator._id), source: 'mentor', secretaryIds: secs.slice(0, 2).map((s) => String(s._id)) }).expect(201);
  await request(app).post(`/api/v1/evaluation-cycles/${id}/open`).set('Authorization', auth).expect(200);
  return { id, auth, evaluator, secs: secs.map((s) => String(s._id)) };
}

const results = async (id: string, auth: string) => {
  const res = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth).expect(200);
  return res.body.items as Array<{ secretaryId: string; final: number | null; perSource: Record<string, { count: number; score: number } | null> }>;
};
const bulk = (id: string, auth: string, rows: Array<{ secretaryId: string; voterKey: string; overall: number }>) =>
  request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/bulk`).set('Authorization', auth).send({ rows }).expect(200);
const tallyVersions = async (id: string) =>
  new Map((await EvaluationTally.find({ cycleId: id }).lean()).map((t) => [String(t.secretaryId), t.version]));
/** The live answer must equal the one computed from the scores themselves (what closing freezes), but for the flags: those come from the evaluation-anomalies job. */
const withoutFlags = <T extends object>(items: T[]) => items.map((r) => {
  const { anomalies: _flags, anomaliesComputedAt: _at, ...rest } = r as T & { anomalies?: unknown; anomaliesComputedAt?: unknown };
  return rest;
});
const fromScores = async (id: string) => withoutFlags(JSON.parse(JSON.stringify(await computeCycleResults((await EvaluationCycle.findById(id).lean<CycleDoc>())!))));

describe('evaluation results: the per-secretary tallies read model', () => {
  it('when one secretary gets a resident score, then only her tallies are recomputed and the results equal a computation from the scores', async () => {
    const { id, auth, evaluator, secs } = await openCycle();
    await request(app).put(`/api/v1/evaluation-cycles/${id}/scores/${secs[0]}`).set('Authorization', bearer(evaluator)).send({ source: 'mentor', indicators: scores(90), comment: '' }).expect(200);
    await bulk(id, auth, [{ secretaryId: secs[0], voterKey: '13800000001', overall: 80 }, { secretaryId: secs[1], voterKey: '13800000001', overall: 60 }]);
    const before = await results(id, auth);
    expect(before.map((r) => r.secretaryId).sort()).to.deep.equal(secs.slice(0, 2).sort()); // the assigned two; the third has nothing yet
    const versions = await tallyVersions(id);

    await bulk(id, auth, [{ secretaryId: secs[1], voterKey: '13800000002', overall: 100 }]);
    const after = await results(id, auth);
    const changed = await tallyVersions(id);
    expect(changed.get(secs[0])).to.equal(versions.get(secs[0]));
    expect(changed.get(secs[1])).to.not.equal(versions.get(secs[1]));
    expect(after.find((r) => r.secretaryId === secs[1])!.perSource.resident).to.include({ count: 2, score: 80 });
    expect(withoutFlags(after)).to.deep.equal(await fromScores(id));
  });

  it('when a score is replaced, then the tallies hold the new value, not both', async () => {
    const { id, auth, evaluator, secs } = await openCycle();
    const put = (value: number) => request(app).put(`/api/v1/evaluation-cycles/${id}/scores/${secs[0]}`).set('Authorization', bearer(evaluator))
      .send({ source: 'mentor', indicators: scores(value), comment: '' }).expect(200);
    await put(70);
    expect((await results(id, auth)).find((r) => r.secretaryId === secs[0])!.perSource.mentor).to.include({ count: 1, score: 70 });
    await put(95);
    expect((await results(id, auth)).find((r) => r.secretaryId === secs[0])!.perSource.mentor).to.include({ count: 1, score: 95 });
  });

  it('when scores were inserted past the service, then the first read still counts them, and the seed hook builds the model ahead', async () => {
    const { id, auth, secs } = await openCycle();
    const raw = (secretaryId: string, n: number, overall: number) => Array.from({ length: n }, (_, i) => ({
      _id: `${id}:${secretaryId}:raw${overall}-${i}`, cycleId: new Types.ObjectId(id), secretaryId: new Types.ObjectId(secretaryId), voterHash: `raw${overall}-${i}`,
      indicators: scores(overall), overall: true,
    }));
    // A secretary nobody was assigned, scored only by rows the service never saw.
    await ResidentScore.collection.insertMany([...raw(secs[2], 3, 70), ...raw(secs[0], 2, 50)] as never[]);
    const first = await results(id, auth);
    expect(first.find((r) => r.secretaryId === secs[2])!.perSource.resident).to.include({ count: 3, score: 70 });
    expect(withoutFlags(first)).to.deep.equal(await fromScores(id));

    // The demo seed's path: raw rows, then the hook, which leaves a current tally for each secretary named.
    await ResidentScore.collection.insertMany(raw(secs[1], 4, 90) as never[]);
    await scoresInsertedRaw(id, secs);
    const versions = await tallyVersions(id);
    const current = new Map((await CacheVersion.find({ group: `evaluation:${id}:secretaries` }).lean()).map((v) => [v._id.split(':').at(-1), v.version]));
    for (const s of secs) expect(versions.get(s)?.startsWith(`${current.get(s)}|`), s).to.equal(true);
    expect((await results(id, auth)).find((r) => r.secretaryId === secs[1])!.perSource.resident).to.include({ count: 4, score: 90 });
  });
});
