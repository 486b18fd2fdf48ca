import { expect } from 'chai';
import { OrgUnit } from '../../models/org-unit.model.js';
import { User } from '../../models/user.model.js';
import { request, testApp } from '../support/app.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

describe('org units', () => {
  const app = testApp();

  it('when an admin builds district → street → community, then the community knows its street and district', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const d = await request(app).post('/api/v1/org-units').set('Authorization', admin).send({ code: 'PT', name: '普陀区', level: 'district' });
    expect(d.status).to.equal(201);
    const s = await request(app).post('/api/v1/org-units').set('Authorization', admin).send({ code: 'PT-CF', name: '长风新村街道', level: 'street', parentId: d.body._id });
    const c = await request(app).post('/api/v1/org-units').set('Authorization', admin).send({ code: 'PT-CF-01', name: '长风一村居委', level: 'community', parentId: s.body._id });
    expect(c.status).to.equal(201);
    expect(c.body).to.include({ streetId: s.body._id, districtId: d.body._id, parentId: s.body._id, kind: 'residential' });

    const list = await request(app).get('/api/v1/org-units').query({ level: 'community', street: s.body._id }).set('Authorization', admin);
    expect(list.body.total).to.equal(1);
    expect(list.body.items[0].name).to.equal('长风一村居委');
  });

  it('when the parent has the wrong level, then 400 parent_level', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const { district } = await createOrgTree(1, 1);
    const res = await request(app).post('/api/v1/org-units').set('Authorization', admin).send({ code: 'X1', name: '错层居委', level: 'community', parentId: String(district._id) });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('parent_level');
    expect(await OrgUnit.countDocuments({ code: 'X1' })).to.equal(0);
  });

  it('when a code is reused, then 409 code_taken', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    await request(app).post('/api/v1/org-units').set('Authorization', admin).send({ code: 'DUP', name: '甲区', level: 'district' });
    const res = await request(app).post('/api/v1/org-units').set('Authorization', admin).send({ code: 'DUP', name: '乙区', level: 'district' });
    expect(res.status).to.equal(409);
    expect(res.body.error.code).to.equal('code_taken');
  });

  it('when a non-admin creates or the id is malformed, then 403 / 400', async () => {
    const member = bearer(await createUser({ role: 'evaluator' }));
    const res = await request(app).post('/api/v1/org-units').set('Authorization', member).send({ code: 'Z', name: '区', level: 'district' });
    expect(res.status).to.equal(403);
    const bad = await request(app).get('/api/v1/org-units/not-an-id').set('Authorization', member);
    expect(bad.status).to.equal(400);
    expect(bad.body.error.details[0].path).to.equal('id');
  });

  it('when an admin renames a unit, then the change is stored', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const { streets } = await createOrgTree(1, 1);
    const res = await request(app).patch(`/api/v1/org-units/${streets[0]._id}`).set('Authorization', admin).send({ name: '新名称街道' });
    expect(res.status).to.equal(200);
    expect((await OrgUnit.findById(streets[0]._id).lean())?.name).to.equal('新名称街道');
  });
});

describe('users', () => {
  const app = testApp();

  it('when an admin creates a mentee secretary, then stage is new, placement is derived, history starts', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const { communities } = await createOrgTree(1, 1);
    const res = await request(app).post('/api/v1/users').set('Authorization', admin).send({
      username: 'zhangsan', displayName: '张三', role: 'secretary', beam: 'mentee', orgUnitId: String(communities[0]._id), password: 'secret-123',
    });
    expect(res.status).to.equal(201);
    expect(res.body).to.include({ stage: 'new', beam: 'mentee', streetId: String(communities[0].streetId) });
    expect(res.body).not.to.have.property('passwordHash');
    expect(res.body.stageHistory).to.have.length(1);
    const login = await request(app).post('/api/v1/auth/login').send({ username: 'zhangsan', password: 'secret-123' });
    expect(login.status).to.equal(200);
  });

  it('when a member has no community, then 400 listing the field', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const res = await request(app).post('/api/v1/users').set('Authorization', admin).send({ username: 'm1', displayName: '党员', role: 'member' });
    expect(res.status).to.equal(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).to.include('orgUnitId');
    expect(await User.countDocuments({ username: 'm1' })).to.equal(0);
  });

  it('when a username is taken, then 409 username_taken', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    await createUser({ role: 'evaluator', username: 'pg1' });
    const res = await request(app).post('/api/v1/users').set('Authorization', admin).send({ username: 'pg1', displayName: '评估', role: 'evaluator' });
    expect(res.status).to.equal(409);
    expect(res.body.error.code).to.equal('username_taken');
  });

  it('when listing by role, then only that role comes back, paginated', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    for (let i = 0; i < 3; i++) await createUser({ role: 'evaluator' });
    const res = await request(app).get('/api/v1/users').query({ role: 'evaluator', pageSize: 2 }).set('Authorization', admin);
    expect(res.body.total).to.equal(3);
    expect(res.body.items).to.have.length(2);
    expect(res.body.items.every((u: { role: string }) => u.role === 'evaluator')).to.equal(true);
  });

  it('when secretaries are listed, then each names their 居村 and 街镇', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const { communities } = await createOrgTree(2, 1);
    await createMentee(communities[1], { displayName: '罗凯琳' });
    const res = await request(app).get('/api/v1/users').query({ role: 'secretary' }).set('Authorization', admin);
    expect(res.body.items[0]).to.include({ displayName: '罗凯琳', orgUnitName: '居委2-1', streetName: '街道2' });
  });

  it('when an imported secretary has no password, then the list says so and filters on it; a password set by an admin lets them log in', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const { communities } = await createOrgTree(1, 1);
    const imported = await createUser({ role: 'secretary', beam: 'mentee', stage: 'new', orgUnitId: communities[0]._id, passwordHash: null });
    await createUser({ role: 'secretary', beam: 'mentor', orgUnitId: communities[0]._id });
    const none = await request(app).get('/api/v1/users').query({ role: 'secretary', hasPassword: false }).set('Authorization', admin);
    expect(none.body.items.map((u: { id: string }) => u.id)).to.deep.equal([String(imported._id)]);
    expect(none.body.items[0]).to.include({ hasPassword: false, orgUnitName: communities[0].name });
    expect(none.body.items[0]).not.to.have.property('passwordHash');
    expect((await request(app).get('/api/v1/users').query({ role: 'secretary', hasPassword: true }).set('Authorization', admin)).body.total).to.equal(1);

    const set = await request(app).patch(`/api/v1/users/${imported._id}`).set('Authorization', admin).send({ password: 'new-secret-1' });
    expect(set.status).to.equal(200);
    expect(set.body.hasPassword).to.equal(true);
    const login = await request(app).post('/api/v1/auth/login').send({ username: imported.username, password: 'new-secret-1' });
    expect(login.status).to.equal(200);
    expect(login.body.user.hasPassword).to.equal(true);
  });

  it('when listing by active, then deactivated accounts are listed apart', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const gone = await createUser({ role: 'evaluator', active: false });
    await createUser({ role: 'evaluator' });
    const res = await request(app).get('/api/v1/users').query({ role: 'evaluator', active: false }).set('Authorization', admin);
    expect(res.body.items.map((u: { id: string }) => u.id)).to.deep.equal([String(gone._id)]);
    expect(res.body.items[0].orgUnitName).to.equal(null);
  });

  it('when a secretary calls the user admin routes, then 403', async () => {
    const secretary = bearer(await createUser({ role: 'secretary' }));
    expect((await request(app).get('/api/v1/users').set('Authorization', secretary)).status).to.equal(403);
  });
});
