import { expect } from 'chai';
import { testApp, testDeps, request } from '../support/app.js';
import { allRoutes } from '../../server/routes.js';
import { createUser, bearer, TEST_PASSWORD } from '../factories/users.js';
import { User } from '../../models/user.model.js';
import mongoose from 'mongoose';
import { createScheduler } from '../../jobs/agenda.js';
import { createLogger } from '../../server/lib/logger.js';

describe('HTTP shell', () => {
  const app = testApp();

  it('when the JSON body is malformed, then 400 malformed_json', async () => {
    const res = await request(app).post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"username": ');
    expect(res.status).to.equal(400);
    expect(res.body.error).to.include({ code: 'malformed_json' });
    expect(res.body.error.details).to.be.an('array');
  });

  it('when fields are missing or wrong, then 400 with one detail per field', async () => {
    const res = await request(app).post('/api/v1/auth/login').send({ username: 42, extra: true });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('validation_failed');
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).to.deep.equal(['extra', 'password', 'username']);
    const messages = Object.fromEntries(res.body.error.details.map((d: { path: string; message: string }) => [d.path, d.message]));
    expect(messages).to.deep.equal({ username: 'username 须为文本 (must be a string)', password: 'password 为必填项 (required)', extra: 'extra 是未知字段 (unknown field)' });
  });

  it('when a number is out of range, then its message names the field and the limit, Chinese first', async () => {
    const admin = await createUser({ role: 'admin' });
    const res = await request(app).get('/api/v1/points/leaderboard').query({ period: '2026-11', scope: 'district', limit: 9999 }).set('Authorization', bearer(admin));
    expect(res.status).to.equal(400);
    expect(res.body.error.details[0]).to.include({ path: 'limit', message: 'limit 不能大于 500 (must be ≤ 500)' });
  });

  it('when the route does not exist, then 404 route_not_found', async () => {
    const res = await request(app).get('/api/v1/nothing-here');
    expect(res.status).to.equal(404);
    expect(res.body.error.code).to.equal('route_not_found');
  });

  it('when the body is over the limit, then 413', async () => {
    const res = await request(app).post('/api/v1/auth/login').send({ username: 'a', password: 'x'.repeat(1_100_000) });
    expect(res.status).to.equal(413);
    expect(res.body.error.code).to.equal('payload_too_large');
  });

  it('when a body carries a query operator, then 400 and no login happens', async () => {
    await createUser({ role: 'admin', username: 'boss' });
    const res = await request(app).post('/api/v1/auth/login').send({ username: { $gt: '' }, password: { $gt: '' } });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('operator_not_allowed');
    expect(res.body).not.to.have.property('token');
  });

  it('when an anonymous body nests arrays 9,000 deep, then 400 too_deep (not a 500 from a stack overflow)', async () => {
    const res = await request(app).post('/api/v1/anything').set('Content-Type', 'application/json').send('['.repeat(9000) + ']'.repeat(9000));
    expect(res.status).to.equal(400);
    expect(res.body.error).to.include({ code: 'too_deep' });
    expect(res.body.error.details).to.deep.equal([{ maxDepth: 32 }]);
  });

  it('when a body nests objects 5,000 deep, then 400 too_deep; 32 levels still pass the sanitizer', async () => {
    const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const deep = await request(app).post('/api/v1/auth/login').set('Content-Type', 'application/json').send(nested(5000));
    expect(deep.status).to.equal(400);
    expect(deep.body.error.code).to.equal('too_deep');
    const allowed = await request(app).post('/api/v1/auth/login').set('Content-Type', 'application/json').send(nested(32));
    expect(allowed.body.error.code).to.equal('validation_failed');
    const over = await request(app).post('/api/v1/auth/login').set('Content-Type', 'application/json').send(nested(33));
    expect(over.body.error.code).to.equal('too_deep');
  });

  it('when an anonymous body floods 90,000 unknown keys, then the 400 lists 20 of them and counts the rest', async () => {
    const flood = Object.fromEntries(Array.from({ length: 90_000 }, (_, i) => [`k${i}`, 0]));
    const res = await request(app).post('/api/v1/auth/login').send(flood);
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('validation_failed');
    const details = res.body.error.details as Array<{ path?: string; omitted?: number; message: string }>;
    expect(details).to.have.length(21);
    // 90,000 unknown keys and the two missing fields: 20 listed, 89,982 counted.
    expect(details[20]).to.include({ in: 'body', omitted: 89_982 });
    expect(details[20].message).to.match(/^另有 89982 处错误未列出/);
    expect(res.text.length).to.be.below(5_000);
  });

  it('when a request comes in, then it gets a request id header (or keeps the caller one)', async () => {
    const res = await request(app).get('/healthz').set('X-Request-Id', 'abc-123');
    expect(res.headers['x-request-id']).to.equal('abc-123');
  });

  it('when the API docs are requested, then the OpenAPI document lists every route with its schema', async () => {
    const doc = await request(app).get('/api/openapi.json');
    expect(doc.status).to.equal(200);
    expect(doc.body.openapi).to.match(/^3\./);
    expect(doc.body.paths).to.have.property('/api/v1/auth/login');
    expect(doc.body.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.required).to.include('username');
    for (const def of allRoutes(testDeps())) {
      const path = '/api/v1' + def.path.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(doc.body.paths[path]?.[def.method], `${def.method} ${path}`).to.be.an('object');
    }
    const ui = await request(app).get('/api/docs/');
    expect(ui.status).to.equal(200);
    expect(ui.text).to.include('swagger');
  });
});

describe('health', () => {
  it('when the process is up, then /healthz is 200', async () => {
    const res = await request(testApp()).get('/healthz');
    expect(res.status).to.equal(200);
    expect(res.body.status).to.equal('ok');
  });

  it('when the database answers and the scheduler runs, then /readyz is 200', async () => {
    const res = await request(testApp()).get('/readyz');
    expect(res.status).to.equal(200);
    expect(res.body.checks).to.deep.equal({ database: 'ok', scheduler: 'ok' });
  });

  it('when the scheduler is stopped, then /readyz is 503 with the reason', async () => {
    const stopped = createScheduler(mongoose.connection.db!, createLogger('silent'));
    const res = await request(testApp({ scheduler: stopped })).get('/readyz');
    expect(res.status).to.equal(503);
    expect(res.body.checks.scheduler).to.match(/not running/);
  });
});

describe('auth', () => {
  const app = testApp();

  it('when the credentials are right, then a token and the user without its hash come back', async () => {
    await createUser({ role: 'secretary', username: 'wang' });
    const res = await request(app).post('/api/v1/auth/login').send({ username: 'wang', password: TEST_PASSWORD });
    expect(res.status).to.equal(200);
    expect(res.body.token).to.be.a('string');
    expect(res.body.user).to.include({ username: 'wang', role: 'secretary' });
    expect(res.body.user).not.to.have.property('passwordHash');
    const me = await request(app).get('/api/v1/me').set('Authorization', `Bearer ${res.body.token}`);
    expect(me.status).to.equal(200);
    expect(me.body.username).to.equal('wang');
  });

  it('when the password or the username is wrong, then the same 401 for both', async () => {
    await createUser({ role: 'secretary', username: 'li' });
    const wrongPassword = await request(app).post('/api/v1/auth/login').send({ username: 'li', password: 'nope-nope' });
    const wrongUser = await request(app).post('/api/v1/auth/login').send({ username: 'nobody', password: TEST_PASSWORD });
    expect(wrongPassword.status).to.equal(401);
    expect(wrongUser.status).to.equal(401);
    expect(wrongPassword.body).to.deep.equal(wrongUser.body);
  });

  it('when a user is disabled, then their token stops working', async () => {
    const user = await createUser({ role: 'member' });
    await User.updateOne({ _id: user._id }, { $set: { active: false } });
    const res = await request(app).get('/api/v1/me').set('Authorization', bearer(user));
    expect(res.status).to.equal(401);
  });

  it('when there is no token or a forged one, then 401', async () => {
    expect((await request(app).get('/api/v1/me')).status).to.equal(401);
    const forged = await request(app).get('/api/v1/me').set('Authorization', 'Bearer eyJhbGciOiJub25lIn0.e30.');
    expect(forged.status).to.equal(401);
  });

  it('when logins keep failing, then the limiter answers 429', async () => {
    const limited = testApp();
    await createUser({ role: 'admin', username: 'target' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await request(limited).post('/api/v1/auth/login').send({ username: 'target', password: 'wrong-one' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).to.deep.equal([401, 401, 401, 401, 401]);
    expect(statuses[5]).to.equal(429);
    const body = (await request(limited).post('/api/v1/auth/login').send({ username: 'target', password: TEST_PASSWORD })).body;
    expect(body.error.code).to.equal('rate_limited');
  });
});
