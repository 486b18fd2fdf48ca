import { expect } from 'chai';
import { EvaluationCycle, EvaluationResults } from '../../models/evaluation.model.js';
import type { UserDoc } from '../../models/user.model.js';
import { request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

const app = testApp({ clock: () => TEST_NOW });
const scores = (n: number) => ({ members_managed: n, residents_follow: n, leads_with_method: n, work_lands_fast: n });

async function district() {
  const { communities } = await createOrgTree(1, 2);
  return {
    admin: await createUser({ role: 'admin' }),
    evaluator: await createUser({ role: 'evaluator' }),
    secretary: await createMentee(communities[0], { displayName: '书记甲' }),
    other: await createMentee(communities[1], { displayName: '书记乙' }),
  };
}

/** A cycle taken through scoring to `until`, the secretary scored `score` by the evaluator on site. */
async function cycleScored(d: Awaited<ReturnType<typeof district>>, name: string, score: number, until: 'closed' | 'published' = 'published') {
  const auth = bearer(d.admin);
  const id = (await request(app).post('/api/v1/evaluation-cycles').set('Authorization', auth).send({ year: 2026, name, minimums: { mentor: 1, resident: 0, department: 0 } }).expect(201)).body._id as string;
  await request(app).post(`/api/v1/evaluation-cycles/${id}/assignments`).set('Authorization', auth)
    .send({ evaluatorId: String(d.evaluator._id), source: 'mentor', secretaryIds: [String(d.secretary._id)] }).expect(201);
  await request(app).post(`/api/v1/evaluation-cycles/${id}/open`).set('Authorization', auth).expect(200);
  await request(app).put(`/api/v1/evaluation-cycles/${id}/scores/${d.secretary._id}`).set('Authorization', bearer(d.evaluator))
    .send({ source: 'mentor', indicators: scores(score) }).expect(200);
  await request(app).post(`/api/v1/evaluation-cycles/${id}/close`).set('Authorization', auth).expect(200);
  if (until === 'published') await request(app).post(`/api/v1/evaluation-cycles/${id}/publish`).set('Authorization', auth).expect(200);
  return id;
}

const mine = (who: UserDoc, query: Record<string, string | number> = {}) =>
  request(app).get('/api/v1/me/evaluation').query(query).set('Authorization', bearer(who));

describe('a secretary’s published evaluations', () => {
  it('when two cycles of one year are published, then each is read by its id, the year gives the newer, and the list has both newest first', async () => {
    const d = await district();
    const spring = await cycleScored(d, '2026 年上半年评估', 70);
    const autumn = await cycleScored(d, '2026 年下半年评估', 90);

    const first = await mine(d.secretary, { cycle: spring });
    expect(first.status).to.equal(200);
    expect(first.body.cycle).to.include({ id: spring, name: '2026 年上半年评估', year: 2026 });
    expect(first.body.result).to.include({ secretaryId: String(d.secretary._id), final: 70 });
    expect(first.body.result).not.to.have.property('anomalies');
    expect((await mine(d.secretary, { cycle: autumn })).body.result.final).to.equal(90);
    expect((await mine(d.secretary, { cycle: 2026 })).body.cycle.id).to.equal(autumn);
    expect((await mine(d.secretary)).body.cycle.id).to.equal(autumn);

    const list = await request(app).get('/api/v1/me/evaluations').set('Authorization', bearer(d.secretary));
    expect(list.status).to.equal(200);
    expect(list.body.items.map((i: { cycle: { id: string } }) => i.cycle.id)).to.deep.equal([autumn, spring]);
    expect(list.body.items[1].cycle).to.include({ name: '2026 年上半年评估', year: 2026 });
    expect(list.body.items[1].cycle.publishedAt).to.equal(TEST_NOW.toISOString());
    expect(list.body.items[1].result).to.deep.equal({ final: 70, rank: { district: 1, street: 1 }, missingSources: ['resident', 'department'], renormalized: true, evidence: { sufficient: true, shortfalls: [], reason: null },
    });
    expect(await EvaluationResults.countDocuments({})).to.equal(2);
  });

  it('when a cycle is not published, has no result for the secretary, or the id is unknown, then 404; the list leaves it out; other roles get 403', async () => {
    const d = await district();
    const closed = await cycleScored(d, '尚未公布', 80, 'closed');
    expect((await EvaluationCycle.findById(closed).lean())!.status).to.equal('closed');
    expect((await mine(d.secretary, { cycle: closed })).status).to.equal(404);
    expect((await mine(d.secretary, { cycle: '64b7f0c2a1b2c3d4e5f60718' })).status).to.equal(404);
    const published = await cycleScored(d, '已公布', 80);
    expect((await mine(d.other, { cycle: published })).status).to.equal(404);
    expect((await request(app).get('/api/v1/me/evaluations').set('Authorization', bearer(d.other))).body.items).to.deep.equal([]);
    const list = await request(app).get('/api/v1/me/evaluations').set('Authorization', bearer(d.secretary));
    expect(list.body.items.map((i: { cycle: { id: string } }) => i.cycle.id)).to.deep.equal([published]);
    const wrongCycle = await mine(d.secretary, { cycle: 'spring' });
    expect(wrongCycle.status).to.equal(400);
    expect((await request(app).get('/api/v1/me/evaluations').set('Authorization', bearer(d.evaluator))).status).to.equal(403);
  });
});
