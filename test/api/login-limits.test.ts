import { expect } from 'chai';
import type { Express } from 'express';
import { testApp, request } from '../support/app.js';
import { createUser, TEST_PASSWORD } from '../factories/users.js';

// testApp() allows 5 failed logins per address and username (LOGIN_RATE_LIMIT=5).
const login = (app: Express, username: string, password: string, forwardedFor?: string) => {
  const req = request(app).post('/api/v1/auth/login');
  if (forwardedFor) req.set('X-Forwarded-For', forwardedFor);
  return req.send({ username, password });
};

async function failFiveTimes(app: Express, username: string) {
  for (let i = 0; i < 5; i++) expect((await login(app, username, 'wrong-one')).status).to.equal(401);
}

describe('login limits', () => {
  it('when the username is padded with whitespace, then it draws on the same budget and cannot log in while locked', async () => {
    const app = testApp();
    await createUser({ role: 'admin', username: 'brute' });
    await failFiveTimes(app, 'brute');
    for (const padded of [' brute', 'brute\t', '\nbrute', '   brute']) {
      const res = await login(app, padded, TEST_PASSWORD);
      expect(res.status, JSON.stringify(padded)).to.equal(429);
      expect(res.body.error.code).to.equal('rate_limited');
      expect(res.body).not.to.have.property('token');
    }
  });

  it('when X-Forwarded-For changes and TRUST_PROXY is off, then the client keeps one address and one budget', async () => {
    const app = testApp();
    await createUser({ role: 'admin', username: 'target' });
    for (let i = 0; i < 5; i++) expect((await login(app, 'target', 'wrong-one', `203.0.113.${i}`)).status).to.equal(401);
    expect((await login(app, 'target', TEST_PASSWORD, '203.0.113.99')).status).to.equal(429);
  });

  it('when TRUST_PROXY names the proxy, then each forwarded client address has its own budget', async () => {
    const app = testApp({ env: { TRUST_PROXY: 'loopback' } });
    await createUser({ role: 'admin', username: 'target' });
    await failFiveTimes(app, 'target');
    expect((await login(app, 'target', 'wrong-one', '203.0.113.1')).status).to.equal(401);
    for (let i = 0; i < 4; i++) await login(app, 'target', 'wrong-one', '203.0.113.2');
    expect((await login(app, 'target', 'wrong-one', '203.0.113.2')).status).to.equal(401);
    expect((await login(app, 'target', TEST_PASSWORD, '203.0.113.2')).status).to.equal(429);
  });

  it('when two API processes share the database, then failed logins on either count against one budget', async () => {
    const first = testApp();
    const second = testApp();
    await createUser({ role: 'admin', username: 'target' });
    for (let i = 0; i < 3; i++) expect((await login(first, 'target', 'wrong-one')).status).to.equal(401);
    for (let i = 0; i < 2; i++) expect((await login(second, 'target', 'wrong-one')).status).to.equal(401);
    expect((await login(first, 'target', TEST_PASSWORD)).status).to.equal(429);
    expect((await login(second, 'target', TEST_PASSWORD)).status).to.equal(429);
  });

  it('when one address tries many usernames, then its own budget (LOGIN_ADDRESS_RATE_LIMIT) stops it', async () => {
    const app = testApp({ env: { LOGIN_ADDRESS_RATE_LIMIT: '3' } });
    await createUser({ role: 'admin', username: 'target' });
    for (const name of ['a1', 'a2', 'a3']) expect((await login(app, name, 'wrong-one')).status).to.equal(401);
    expect((await login(app, 'target', TEST_PASSWORD)).status).to.equal(429);
  });

  it('when 20 wrong guesses arrive at once, then only the budget of 5 is checked and the rest are refused', async () => {
    const app = testApp();
    await createUser({ role: 'admin', username: 'target' });
    const statuses = (await Promise.all(Array.from({ length: 20 }, () => login(app, 'target', 'wrong-one')))).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).to.have.length(5);
    expect(statuses.filter((s) => s === 429)).to.have.length(15);
  });

  it('when logins succeed, then they do not use up the budget', async () => {
    const app = testApp();
    await createUser({ role: 'admin', username: 'target' });
    for (let i = 0; i < 4; i++) await login(app, 'target', 'wrong-one');
    for (let i = 0; i < 3; i++) expect((await login(app, 'target', TEST_PASSWORD)).status).to.equal(200);
    expect((await login(app, 'target', 'wrong-one')).status).to.equal(401);
    expect((await login(app, 'target', TEST_PASSWORD)).status).to.equal(429);
  });
});

describe('public limits', () => {
  it('when two API processes serve one address, then the public read budget (5 × PUBLIC_RATE_LIMIT a minute) is shared', async () => {
    const env = { PUBLIC_RATE_LIMIT: '2' };
    const processes = [testApp({ env }), testApp({ env })];
    for (let i = 0; i < 10; i++) expect((await request(processes[i % 2]).get('/api/v1/public/projects')).status).to.equal(200);
    const refused = await request(processes[0]).get('/api/v1/public/projects');
    expect(refused.status).to.equal(429);
    expect(refused.body.error).to.include({ code: 'rate_limited' });
    expect(refused.body.error.details[0].retryAfterSeconds).to.be.within(1, 60);
  });
});
