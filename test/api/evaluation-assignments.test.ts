import { expect } from 'chai';
import { EvaluationAssignment } from '../../models/evaluation.model.js';
import type { OrgUnitDoc } from '../../models/org-unit.model.js';
import { User } from '../../models/user.model.js';
import { request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentor } from '../factories/secretaries.js';

const app = testApp({ clock: () => TEST_NOW });

/** `count` active 小梁 in one community, written at once (the district has hundreds). */
async function manyMentees(community: OrgUnitDoc, count: number, label: string, fields: Record<string, unknown> = {}) {
  const docs = Array.from({ length: count }, (_, i) => ({
    username: `${label}${i}`, displayName: `${label}${i}`, role: 'secretary', beam: 'mentee', stage: 'new',
    orgUnitId: community._id, streetId: community.streetId, districtId: community.districtId, ...fields,
  }));
  return (await User.insertMany(docs)).map((u) => String(u._id));
}

async function draftCycle() {
  const { streets, communities } = await createOrgTree(2, 1);
  const admin = await createUser({ role: 'admin' });
  const evaluator = await createUser({ role: 'evaluator' });
  const cycle = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', bearer(admin)).send({ year: 2026, name: '2026 年度组织力评估' });
  expect(cycle.status).to.equal(201);
  const assign = (body: object) => request(app).post(`/api/v1/evaluation-cycles/${cycle.body._id}/assignments`).set('Authorization', bearer(admin))
    .send({ evaluatorId: String(evaluator._id), source: 'mentor', ...body });
  return { streets, communities, admin, evaluator, cycleId: cycle.body._id as string, assign };
}

const assignedIds = async () => (await EvaluationAssignment.find({}).lean()).map((a) => String(a.secretaryId)).sort();

describe('evaluation assignments by scope', () => {
  it('when an admin assigns the whole district of 250 小梁, then every active one is assigned (not a page of 200), and again all are already assigned', async () => {
    const { communities, assign, admin, cycleId, evaluator } = await draftCycle();
    const active = [...await manyMentees(communities[0], 130, 'a'), ...await manyMentees(communities[1], 120, 'b')];
    await manyMentees(communities[0], 2, 'gone', { active: false });
    await createMentor(communities[0]);

    const first = await assign({ scope: {} });
    expect(first.status).to.equal(201);
    expect(first.body).to.include({ assigned: 250, alreadyAssigned: 0 });
    expect(await assignedIds()).to.deep.equal([...active].sort());
    const progress = await request(app).get(`/api/v1/evaluation-cycles/${cycleId}/assignments`).set('Authorization', bearer(admin));
    expect(progress.body.items).to.have.length(1);
    expect(progress.body.items[0]).to.include({ evaluatorId: String(evaluator._id), assigned: 250, scored: 0 });

    const again = await assign({ scope: { streetId: null } });
    expect(again.body).to.include({ assigned: 0, alreadyAssigned: 250 });
    expect(await EvaluationAssignment.countDocuments({})).to.equal(250);
  });

  it('when the scope is a street, then only its 小梁 are assigned; named secretaries, in scope or at the top level, add only those not yet assigned', async () => {
    const { streets, communities, assign } = await draftCycle();
    const first = await manyMentees(communities[0], 3, 'a');
    const second = await manyMentees(communities[1], 2, 'b');

    const street = await assign({ scope: { streetId: String(streets[1]._id) } });
    expect(street.body).to.include({ assigned: 2, alreadyAssigned: 0 });
    expect(await assignedIds()).to.deep.equal([...second].sort());

    const named = await assign({ scope: { secretaryIds: [second[0], first[0]] } });
    expect(named.body).to.include({ assigned: 1, alreadyAssigned: 1 });
    const older = await assign({ secretaryIds: [first[0], first[1]] });
    expect(older.status).to.equal(201);
    expect(older.body).to.include({ assigned: 1, alreadyAssigned: 1 });
    expect(await assignedIds()).to.deep.equal([...second, first[0], first[1]].sort());
  });

  it('when the scope mixes a street with names, comes with top-level ids too, names an unknown street or is missing, then 400 and nothing is assigned', async () => {
    const { communities, assign } = await draftCycle();
    const [id] = await manyMentees(communities[0], 1, 'a');
    const mixed = await assign({ scope: { streetId: String(communities[0].streetId), secretaryIds: [id] } });
    expect(mixed.status).to.equal(400);
    expect(mixed.body.error.details[0]).to.include({ path: 'scope', type: 'alternatives.match' });
    const both = await assign({ scope: {}, secretaryIds: [id] });
    expect(both.status).to.equal(400);
    expect(both.body.error.details[0]).to.include({ type: 'object.xor' });
    const notAStreet = await assign({ scope: { streetId: String(communities[0]._id) } });
    expect(notAStreet.status).to.equal(400);
    expect(notAStreet.body.error).to.include({ code: 'unknown_street' });
    expect(notAStreet.body.error.details).to.deep.equal([{ path: 'scope.streetId' }]);
    const missing = await assign({});
    expect(missing.status).to.equal(400);
    expect(missing.body.error.details[0].message).to.equal('须给出 scope 或 secretaryIds (scope or secretaryIds required)');
    expect(await EvaluationAssignment.countDocuments({})).to.equal(0);
  });

  it('when two admins assign the same district at once, then each secretary is assigned once and the two answers add up', async () => {
    const { communities, assign } = await draftCycle();
    await manyMentees(communities[0], 40, 'a');
    const [a, b] = await Promise.all([assign({ scope: {} }), assign({ scope: {} })]);
    expect([a.status, b.status]).to.deep.equal([201, 201]);
    expect(a.body.assigned + b.body.assigned).to.equal(40);
    expect(a.body.alreadyAssigned + b.body.alreadyAssigned).to.equal(40);
    expect(await EvaluationAssignment.countDocuments({})).to.equal(40);
  });
});
