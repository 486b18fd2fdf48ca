import { expect } from 'chai';
import type { Logger } from '../../server/lib/logger.js';
import { testApp, testDeps, request } from '../support/app.js';
import { bearer, createUser } from '../factories/users.js';
import { User, type UserDoc } from '../../models/user.model.js';
import { ensureBootstrapAdmin } from '../../server/modules/accounts/index.js';
import { prepareDatabase } from '../../server/startup.js';
import { DEMO_LOGINS } from '../../server/demo/scales.js';

/** A logger that keeps what was said (pino's interface, the levels start-up uses). */
function recordingLogger() {
  const lines: Array<{ level: string; message: string }> = [];
  const at = (level: string) => (a: unknown, b?: string) => lines.push({ level, message: typeof a === 'string' ? a : (b ?? '') });
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') } as unknown as Logger };
}

const activeAdmins = () => User.countDocuments({ role: 'admin', active: true });

describe('the last active admin', () => {
  const app = testApp();
  const deactivate = (auth: string, user: UserDoc) => request(app).patch(`/api/v1/users/${user._id}`).set('Authorization', auth).send({ active: false });

  it('when the last active admin would be deactivated, then 409 last_admin and they stay active', async () => {
    const admin = await createUser({ role: 'admin' });
    await createUser({ role: 'admin', active: false });
    const res = await deactivate(bearer(admin), admin);
    expect(res.status).to.equal(409);
    expect(res.body.error.code).to.equal('last_admin');
    expect(await activeAdmins()).to.equal(1);
  });

  it('when another admin is active, then an admin can be deactivated', async () => {
    const admin = await createUser({ role: 'admin' });
    const other = await createUser({ role: 'admin' });
    expect((await deactivate(bearer(admin), other)).status).to.equal(200);
    expect(await activeAdmins()).to.equal(1);
  });

  it('when two admins deactivate each other at the same moment, then one admin stays active', async () => {
    const a = await createUser({ role: 'admin' });
    const b = await createUser({ role: 'admin' });
    const statuses = (await Promise.all([deactivate(bearer(a), b), deactivate(bearer(b), a)])).map((r) => r.status);
    expect(statuses).not.to.deep.equal([200, 200]);
    expect(await activeAdmins()).to.be.at.least(1);
  });
});

describe('start-up and the admin account', () => {
  it('when no admin is active, then ADMIN_USERNAME / ADMIN_PASSWORD bring that admin back with that password', async () => {
    const old = await createUser({ role: 'admin', username: 'admin', active: false });
    const { logger, lines } = recordingLogger();
    await ensureBootstrapAdmin({ username: 'admin', password: 'recovered-pass', bcryptRounds: 4 }, logger);
    const admin = await User.findById(old._id).lean<UserDoc>();
    expect(admin!.active).to.equal(true);
    expect(lines.some((l) => l.level === 'warn' && /重新启用管理员/.test(l.message))).to.equal(true);
    const login = await request(testApp()).post('/api/v1/auth/login').send({ username: 'admin', password: 'recovered-pass' });
    expect(login.status).to.equal(200);
    expect(await User.countDocuments({ role: 'admin' })).to.equal(1);
  });

  it('when an admin is active, then start-up leaves every account as it is', async () => {
    await createUser({ role: 'admin', username: 'chief' });
    const old = await createUser({ role: 'admin', username: 'admin', active: false });
    await ensureBootstrapAdmin({ username: 'admin', password: 'recovered-pass', bcryptRounds: 4 }, recordingLogger().logger);
    expect(await User.findById(old._id).lean<UserDoc>()).to.include({ active: false, passwordHash: old.passwordHash });
  });
});

describe('start-up and the demo', () => {
  const config = (env: Record<string, string>) => testDeps({ env: { ADMIN_PASSWORD: 'startup-pass', ...env } }).config;

  it('when NODE_ENV=production, then the first start of an empty embedded database loads no demo', async () => {
    const { loadDemo } = await prepareDatabase(config({ NODE_ENV: 'production' }), recordingLogger().logger);
    expect(loadDemo).to.equal(false);
  });

  it('when NODE_ENV is not production, then the first start of an empty embedded database loads the demo', async () => {
    const { loadDemo } = await prepareDatabase(config({ NODE_ENV: 'development' }), recordingLogger().logger);
    expect(loadDemo).to.equal(true);
  });

  it('when demo accounts are active, then every start warns naming them; once deactivated, it does not', async () => {
    await createUser({ role: 'admin', username: DEMO_LOGINS.admin });
    await createUser({ role: 'member', username: DEMO_LOGINS.党员 });
    const first = recordingLogger();
    await prepareDatabase(config({ NODE_ENV: 'production' }), first.logger);
    const warning = first.lines.find((l) => l.level === 'warn' && /演示账号/.test(l.message));
    expect(warning?.message).to.include('demo.admin、demo.member').and.include('demo2026');
    await User.updateMany({ username: { $in: Object.values(DEMO_LOGINS) } }, { $set: { active: false } });
    const second = recordingLogger();
    await prepareDatabase(config({ NODE_ENV: 'production' }), second.logger);
    expect(second.lines.filter((l) => /演示账号/.test(l.message))).to.deep.equal([]);
  });
});
