import { expect } from 'chai';
import { EvaluationCycle, EvaluationResults } from '../../models/evaluation.model.js';
import { Transition } from '../../models/transition.model.js';
import { request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { listen } from '../support/server.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

const app = testApp({ clock: () => TEST_NOW });
/** A transition made this long ago is past the grace period whatever today's date is. */
const LONG_AGO = new Date('2026-01-01T00:00:00Z');

async function openCycle() {
  const { communities } = await createOrgTree(1, 1);
  const admin = await createUser({ role: 'admin' });
  const secretary = await createMentee(communities[0], { displayName: '书记甲' });
  const cycle = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', bearer(admin)).send({ year: 2026, name: '2026 年度组织力评估', residentVerification: 'none' });
  await request(app).post(`/api/v1/evaluation-cycles/${cycle.body._id}/open`).set('Authorization', bearer(admin)).expect(200);
  return { id: cycle.body._id as string, admin, secretary };
}

async function post(url: string, auth: string | null, body: object) {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

describe('evaluation: racing state changes', () => {
  it('when 80 resident scores race the close, then the frozen results hold exactly the accepted ones and later scores are refused', async () => {
    const { id, admin, secretary } = await openCycle();
    const server = await listen(app);
    try {
      const url = `${server.url}/api/v1/evaluation-cycles/${id}`;
      const votes = Array.from({ length: 80 }, (_, i) =>
        new Promise((r) => setTimeout(r, i)).then(() => post(`${url}/resident-scores`, null, { secretaryId: String(secretary._id), voterKey: `1390000${String(i).padStart(4, '0')}`, overall: 90 })));
      const close = new Promise((r) => setTimeout(r, 40)).then(() => post(`${url}/close`, bearer(admin), {}));
      const [closed, ...answers] = await Promise.all([close, ...votes]);
      expect(closed.status).to.equal(200);
      const accepted = answers.filter((a) => a.status === 200).length;
      expect(answers.every((a) => a.status === 200 || (a.status === 409 && a.body.error.code === 'cycle_not_open'))).to.equal(true);
      const frozen = await EvaluationResults.findById(id).lean<{ results: Array<{ perSource: Record<string, { count: number } | null> }> }>();
      expect(frozen!.results[0].perSource.resident?.count ?? 0).to.equal(accepted);
      const late = await post(`${url}/resident-scores`, null, { secretaryId: String(secretary._id), voterKey: '13911112222', overall: 90 });
      expect(late.status).to.equal(409);
    } finally {
      await server.close();
    }
  });

  it('when two closes and a publish race, then exactly one close wins, the other is 409, and the state agrees', async () => {
    const { id, admin } = await openCycle();
    const server = await listen(app);
    try {
      const url = `${server.url}/api/v1/evaluation-cycles/${id}`;
      const answers = await Promise.all([post(`${url}/close`, bearer(admin), {}), post(`${url}/close`, bearer(admin), {}), post(`${url}/close`, bearer(admin), {})]);
      expect(answers.map((a) => a.status).sort()).to.deep.equal([200, 409, 409]);
      const cycle = await EvaluationCycle.findById(id).lean<{ status: string; statusHistory: unknown[] }>();
      expect(cycle?.status).to.equal('closed');
      expect(cycle?.statusHistory.filter((h) => (h as { to: string }).to === 'closed')).to.have.length(1);
    } finally {
      await server.close();
    }
  });

  it('when a close was cut off after its decisive write, then scores are refused and the next state change finishes it first', async () => {
    const { id, admin, secretary } = await openCycle();
    await Transition.collection.insertOne({ _id: `cycle:${id}:closed`, data: { from: 'open', to: 'closed', byId: String(admin._id), at: TEST_NOW }, createdAt: LONG_AGO } as never);
    const refused = await request(app).post(`/api/v1/evaluation-cycles/${id}/resident-scores`).send({ secretaryId: String(secretary._id), voterKey: '13900001111', overall: 80 });
    expect(refused.status).to.equal(409);
    const publish = await request(app).post(`/api/v1/evaluation-cycles/${id}/publish`).set('Authorization', bearer(admin));
    expect(publish.status).to.equal(200);
    expect(publish.body.status).to.equal('published');
    expect(await EvaluationResults.exists({ _id: id })).to.not.equal(null);
  });
});
