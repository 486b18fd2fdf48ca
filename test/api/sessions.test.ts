import { expect } from 'chai';
import { testApp, request } from '../support/app.js';
import { createOrgTree } from '../factories/org.js';
import { bearer, createUser, TEST_PASSWORD } from '../factories/users.js';
import { User, type UserDoc } from '../../models/user.model.js';

describe('sessions end when the account changes', () => {
  const app = testApp();
  const tokenOf = async (username: string, password = TEST_PASSWORD) => {
    const res = await request(app).post('/api/v1/auth/login').send({ username, password });
    expect(res.status, res.text).to.equal(200);
    return `Bearer ${res.body.token}`;
  };
  const me = (auth: string) => request(app).get('/api/v1/me').set('Authorization', auth);
  const patchUser = (admin: string, user: UserDoc, body: object) =>
    request(app).patch(`/api/v1/users/${user._id}`).set('Authorization', admin).send(body);

  it('when an admin sets a new password, then tokens signed before stop working and the new password logs in', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const user = await createUser({ role: 'evaluator', username: 'wang' });
    const old = await tokenOf('wang');
    expect((await me(old)).status).to.equal(200);
    expect((await patchUser(admin, user, { password: 'brand-new-pass' })).status).to.equal(200);
    expect((await me(old)).status).to.equal(401);
    expect((await me(await tokenOf('wang', 'brand-new-pass'))).status).to.equal(200);
  });

  it('when a user is deactivated and reactivated, then a token from before deactivation stays dead', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const user = await createUser({ role: 'evaluator', username: 'li' });
    const old = await tokenOf('li');
    expect((await patchUser(admin, user, { active: false })).status).to.equal(200);
    expect((await patchUser(admin, user, { active: true })).status).to.equal(200);
    expect((await me(old)).status).to.equal(401);
    expect((await me(await tokenOf('li'))).status).to.equal(200);
  });

  it('when a user moves to another unit, then their old token stops working; a name change does not end it', async () => {
    const admin = bearer(await createUser({ role: 'admin' }));
    const { communities } = await createOrgTree(1, 2);
    const user = await createUser({ role: 'member', username: 'zhao', orgUnitId: communities[0]._id });
    const old = await tokenOf('zhao');
    expect((await patchUser(admin, user, { displayName: '赵六' })).status).to.equal(200);
    expect((await me(old)).status).to.equal(200);
    expect((await patchUser(admin, user, { orgUnitId: String(communities[1]._id) })).status).to.equal(200);
    expect((await me(old)).status).to.equal(401);
  });

  it('when a user logs out, then every token they hold is refused, and logging in again works', async () => {
    await createUser({ role: 'secretary', username: 'sun' });
    const phone = await tokenOf('sun');
    const laptop = await tokenOf('sun');
    expect((await request(app).post('/api/v1/auth/logout').set('Authorization', laptop)).status).to.equal(204);
    expect((await me(laptop)).status).to.equal(401);
    expect((await me(phone)).status).to.equal(401);
    expect((await me(await tokenOf('sun'))).status).to.equal(200);
  });

  it('when a user changes their own password with the current one, then the answer carries a working token and older ones end', async () => {
    await createUser({ role: 'evaluator', username: 'qian' });
    const other = await tokenOf('qian');
    const current = await tokenOf('qian');
    const res = await request(app).post('/api/v1/me/password').set('Authorization', current)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'my-own-secret' });
    expect(res.status).to.equal(200);
    expect(res.body.user).to.include({ username: 'qian' });
    expect(res.body.user).not.to.have.property('tokenVersion');
    expect((await me(`Bearer ${res.body.token}`)).status).to.equal(200);
    expect((await me(other)).status).to.equal(401);
    expect((await request(app).post('/api/v1/auth/login').send({ username: 'qian', password: TEST_PASSWORD })).status).to.equal(401);
    expect((await me(await tokenOf('qian', 'my-own-secret'))).status).to.equal(200);
  });

  it('when the current password given is wrong, then 400 wrong_password, nothing changes, and the tries are limited like logins', async () => {
    const user = await createUser({ role: 'member', username: 'zhou' });
    const auth = bearer(user);
    const change = () => request(app).post('/api/v1/me/password').set('Authorization', auth).send({ currentPassword: 'guess-guess', newPassword: 'taken-over-1' });
    const first = await change();
    expect(first.status).to.equal(400);
    expect(first.body.error.code).to.equal('wrong_password');
    expect(first.body.error.details[0]).to.include({ path: 'currentPassword' });
    for (let i = 0; i < 4; i++) await change();
    expect((await change()).status).to.equal(429);
    expect((await User.findById(user._id).lean<UserDoc>())!.passwordHash).to.equal(user.passwordHash);
    expect((await me(auth)).status).to.equal(200);
  });
});
