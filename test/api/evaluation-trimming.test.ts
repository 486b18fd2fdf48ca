import { expect } from 'chai';
import { EvaluationCycle, EvaluationResults, EvaluationTally, type CycleDoc } from '../../models/evaluation.model.js';
import { computeCycleResults, scoresKey } from '../../server/modules/evaluation/index.js';
import { dataChanged } from '../../server/db/versioned-cache.js';
import { request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

const app = testApp({ clock: () => TEST_NOW });
type Resident = { count: number; score: number; indicators: Record<string, number>; trimmed?: { percent: number; droppedEachEnd: number; averaged: number } };

/** An open cycle over one 小梁, created with `body` (e.g. its trimming). */
async function openCycle(body: Record<string, unknown>) {
  const { communities } = await createOrgTree(1, 1);
  const auth = bearer(await createUser({ role: 'admin' }));
  const sec = String((await createMentee(communities[0], { displayName: '书记甲' }))._id);
  const created = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', auth).send({ year: 2026, name: '年度评估', ...body }).expect(201);
  await request(app).post(`/api/v1/evaluation-cycles/${created.body._id}/open`).set('Authorization', auth).expect(200);
  return { id: created.body._id as string, auth, sec };
}

const ballots = (id: string, auth: string, rows: Array<{ secretaryId: string; voterKey: string; overall: number }>) =>
  request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores/bulk`).set('Authorization', auth).send({ rows }).expect(200);
const residentOf = async (id: string, auth: string) => {
  const res = await request(app).get(`/api/v1/evaluation-cycles/${id}/results`).set('Authorization', auth).expect(200);
  return { body: res.body, resident: res.body.items[0].perSource.resident as Resident, explanation: res.body.items[0].explanation as string };
};
/** One outlier at each end: 0, eight 60s, 100 (plain mean 58; dropping one at each end, 60). */
const outliers = (secretaryId: string) => [0, 60, 60, 60, 60, 60, 60, 60, 60, 100].map((overall, k) => ({ secretaryId, voterKey: `ballot-${k}`, overall }));

describe('trimming of residents\' scores, chosen per cycle', () => {
  it('when a cycle is created with 10%, then it is stored, frozen into the rules when it opens and part of their hash; outside 0–25 or not whole is 400', async () => {
    const { id, auth } = await openCycle({ trimming: { residentTrimPercent: 10 } });
    const cycle = (await EvaluationCycle.findById(id).lean<CycleDoc>())!;
    expect(cycle.trimming).to.deep.equal({ residentTrimPercent: 10 });
    expect(cycle.rules!.trimming).to.deep.equal({ residentTrimPercent: 10 });
    const plain = (await request(app).post('/api/v1/evaluation-cycles').set('Authorization', auth).send({ year: 2026, name: '不去掉' }).expect(201)).body;
    expect(plain.trimming).to.deep.equal({ residentTrimPercent: 0 });
    const draft = (await request(app).get(`/api/v1/evaluation-cycles/${plain._id}/results`).set('Authorization', auth).expect(200)).body;
    expect(draft.rules.trimming).to.deep.equal({ residentTrimPercent: 0 });
    expect(draft.rulesHash).not.to.equal(cycle.rulesHash);
    for (const residentTrimPercent of [26, -1, 2.5]) {
      const bad = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', auth).send({ year: 2026, name: '错误', trimming: { residentTrimPercent } });
      expect(bad.status, String(residentTrimPercent)).to.equal(400);
      expect(bad.body.error.details[0].path).to.equal('trimming.residentTrimPercent');
    }
    expect(await EvaluationCycle.countDocuments({})).to.equal(2);
  });

  it('when residents give one outlier at each end, then the residents\' score is the trimmed mean, the same live and frozen at close', async () => {
    const { id, auth, sec } = await openCycle({ trimming: { residentTrimPercent: 10 } });
    await ballots(id, auth, outliers(sec));
    const live = await residentOf(id, auth);
    expect(live.resident).to.deep.include({ count: 10, score: 60, trimmed: { percent: 10, droppedEachEnd: 1, averaged: 8 } });
    expect(live.explanation).to.include('群众线上打分（10 份，按 10% 去掉最高、最低各 1 份后取其余 8 份平均）');
    expect(live.body.rules.trimming).to.deep.equal({ residentTrimPercent: 10 });
    const fromScores = (await computeCycleResults((await EvaluationCycle.findById(id).lean<CycleDoc>())!))[0];
    expect(JSON.parse(JSON.stringify(fromScores.perSource))).to.deep.equal(live.body.items[0].perSource);

    await request(app).post(`/api/v1/evaluation-cycles/${id}/close`).set('Authorization', auth).expect(200);
    const frozen = (await EvaluationResults.findById(id).lean<{ results: Array<{ perSource: Record<string, Resident> }> }>())!;
    expect(frozen.results[0].perSource.resident).to.deep.include({ score: 60, trimmed: { percent: 10, droppedEachEnd: 1, averaged: 8 } });
  });

  it('when the resident who gave 100 scores again with 60, then the 100 leaves the histogram: the tally holds what the scores hold now', async () => {
    const { id, auth, sec } = await openCycle({ trimming: { residentTrimPercent: 10 } });
    await ballots(id, auth, outliers(sec));
    await residentOf(id, auth);
    await ballots(id, auth, [{ secretaryId: sec, voterKey: 'ballot-9', overall: 60 }]);
    const { resident } = await residentOf(id, auth);
    expect(resident).to.deep.include({ count: 10, score: 60 }); // 0, nine 60s: drop the 0 and one 60
    const tally = (await EvaluationTally.findById(`${id}:${sec}`).lean<{ tallies: { resident: { sums: Record<string, number>; hist: Record<string, unknown> } } }>())!;
    expect(tally.tallies.resident.hist.members_managed).to.deep.equal([{ v: 0, n: 1 }, { v: 60, n: 9 }]);
    expect(tally.tallies.resident.sums.members_managed).to.equal(540);
  });

  it('when a stored tally predates histograms, then the first read rebuilds it from the scores instead of trimming without one', async () => {
    const { id, auth, sec } = await openCycle({ trimming: { residentTrimPercent: 10 } });
    await ballots(id, auth, outliers(sec));
    await residentOf(id, auth);
    // As an older version left it: no histogram, the version tag without `hist`.
    const _id = `${id}:${sec}`;
    const stored = (await EvaluationTally.findById(_id).lean<{ version: string; tallies: { resident: Record<string, unknown> } }>())!;
    const { hist: _hist, ...withoutHist } = stored.tallies.resident;
    await EvaluationTally.collection.updateOne({ _id } as never, { $set: { version: stored.version.replace(/\|hist$/, ''), 'tallies.resident': withoutHist } });
    await dataChanged(scoresKey(id)); // only the cached answer goes: the secretary's scores' version stays, so the tally's shape alone decides
    expect((await residentOf(id, auth)).resident).to.deep.include({ count: 10, score: 60 });
    const rebuilt = (await EvaluationTally.findById(_id).lean<{ version: string; tallies: { resident: { hist?: unknown } } }>())!;
    expect(rebuilt.version).to.equal(stored.version);
    expect(rebuilt.tallies.resident.hist).to.have.property('members_managed');
  });

  it('when the cycle trims nothing, then the residents\' score is the plain mean and nothing about trimming is added', async () => {
    const { id, auth, sec } = await openCycle({});
    await ballots(id, auth, outliers(sec));
    const { resident, explanation } = await residentOf(id, auth);
    expect(resident).to.deep.equal({ count: 10, score: 58, indicators: { members_managed: 58, residents_follow: 58, leads_with_method: 58, work_lands_fast: 58 } });
    expect(explanation).to.include('群众线上打分（10 份）');
  });
});
