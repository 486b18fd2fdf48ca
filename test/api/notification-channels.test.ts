import { expect } from 'chai';
import { NotificationDelivery, type DeliveryDoc } from '../../models/notification-delivery.model.js';
import { NotificationChannelSetting } from '../../models/notification-settings.model.js';
import { notificationDeliveryJob } from '../../jobs/notification-delivery.job.js';
import { notify } from '../../server/modules/notifications/index.js';
import { request, testApp, testDeps } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { startReceiver } from '../support/receiver.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';

const ENV = { NOTIFY_WECOM_WEBHOOK_URL: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=env-key-123', PUBLIC_URL: 'https://bb.example.cn' };
const app = testApp({ env: ENV });
const CHANNELS = '/api/v1/notification-channels';

describe('notification channels API', () => {
  it('when someone other than an admin asks, then channels and deliveries are refused', async () => {
    const secretary = await createUser({ role: 'secretary' });
    expect((await request(app).get(CHANNELS)).status).to.equal(401);
    expect((await request(app).get(CHANNELS).set('Authorization', bearer(secretary))).status).to.equal(403);
    expect((await request(app).put(`${CHANNELS}/x1`).set('Authorization', bearer(secretary)).send({ kind: 'wecom', url: 'https://a.cn/x' })).status).to.equal(403);
    expect((await request(app).get('/api/v1/notification-deliveries').set('Authorization', bearer(secretary))).status).to.equal(403);
  });

  it('when an admin sets a street channel with a secret, then it is stored and listed with its credentials shown only as 已设置', async () => {
    const admin = await createUser({ role: 'admin' });
    const { streets } = await createOrgTree(1, 1);
    const put = await request(app).put(`${CHANNELS}/street-1-ding`).set('Authorization', bearer(admin))
      .send({ kind: 'dingtalk', name: '街道1 钉钉群', url: 'https://oapi.dingtalk.com/robot/send?access_token=tok-secret-1', secret: 'SECsecret-value', streetId: String(streets[0]._id), kinds: ['whistle_overdue'] });
    expect(put.status).to.equal(200);
    expect(put.body).to.deep.include({ id: 'street-1-ding', kind: 'dingtalk', source: 'admin', url: '已设置', secret: '已设置', urlOrigin: 'https://oapi.dingtalk.com', streetId: String(streets[0]._id) });

    const list = await request(app).get(CHANNELS).set('Authorization', bearer(admin));
    expect(list.body.items.map((c: { id: string; source: string }) => [c.id, c.source])).to.deep.equal([['env-wecom', 'env'], ['street-1-ding', 'admin']]);
    const text = JSON.stringify(list.body);
    for (const credential of ['tok-secret-1', 'SECsecret-value', 'env-key-123']) expect(text).not.to.include(credential);

    const renamed = await request(app).put(`${CHANNELS}/street-1-ding`).set('Authorization', bearer(admin)).send({ name: '街道1 群', secret: null });
    expect(renamed.body).to.deep.include({ name: '街道1 群', secret: '未设置' });
    const stored = await NotificationChannelSetting.findById('street-1-ding').lean();
    expect(stored).to.deep.include({ url: 'https://oapi.dingtalk.com/robot/send?access_token=tok-secret-1', secret: null, kinds: ['whistle_overdue'] });

    expect((await request(app).delete(`${CHANNELS}/street-1-ding`).set('Authorization', bearer(admin))).status).to.equal(204);
    expect((await request(app).delete(`${CHANNELS}/street-1-ding`).set('Authorization', bearer(admin))).status).to.equal(404);
  });

  it('when a channel input is bad or names an environment channel, then the answer is 4xx naming the problem, never 500', async () => {
    const admin = await createUser({ role: 'admin' });
    const put = (id: string, body: unknown) => request(app).put(`${CHANNELS}/${id}`).set('Authorization', bearer(admin)).send(body as object);
    const cases: Array<[string, unknown, number, string]> = [
      ['env-wecom', { name: 'x' }, 409, 'channel_from_env'],
      ['new-one', { kind: 'wecom' }, 400, 'validation_failed'],
      ['new-one', { url: 'https://a.cn/x' }, 400, 'validation_failed'],
      ['hook', { kind: 'webhook', url: 'https://a.cn/x', secret: 'short' }, 400, 'validation_failed'],
      ['new-one', { kind: 'slack', url: 'https://a.cn/x' }, 400, 'validation_failed'],
      ['new-one', { kind: 'wecom', url: 'ftp://a.cn/x' }, 400, 'validation_failed'],
      ['new-one', { kind: 'wecom', url: 'https://a.cn/x', streetId: 'nope' }, 400, 'validation_failed'],
      ['new-one', { kind: 'wecom', url: 'https://a.cn/x', streetId: '0123456789abcdef01234567' }, 400, 'street_not_found'],
      ['new-one', { kind: 'wecom', url: 'https://a.cn/x', kinds: ['everything'] }, 400, 'validation_failed'],
      ['new-one', {}, 400, 'validation_failed'],
      ['new-one', [1, 2], 400, 'validation_failed'],
      ['Bad_Id', { kind: 'wecom', url: 'https://a.cn/x' }, 400, 'validation_failed'],
    ];
    for (const [id, body, status, code] of cases) {
      const res = await put(id, body);
      expect([JSON.stringify(body), res.status, res.body.error?.code]).to.deep.equal([JSON.stringify(body), status, code]);
    }
    expect((await request(app).delete(`${CHANNELS}/env-wecom`).set('Authorization', bearer(admin))).status).to.equal(409);
    expect(await NotificationChannelSetting.countDocuments({})).to.equal(0);
  });

  it('when a street channel is set through the API, then it receives the reminders of that street\'s users only', async () => {
    const receiver = await startReceiver();
    try {
      const admin = await createUser({ role: 'admin' });
      const { streets } = await createOrgTree(2, 1);
      const deps = testDeps({ env: { PUBLIC_URL: 'https://bb.example.cn' } });
      const put = await request(testApp({ env: { PUBLIC_URL: 'https://bb.example.cn' } })).put(`${CHANNELS}/street-1`).set('Authorization', bearer(admin))
        .send({ kind: 'wecom', url: `${receiver.url}/wecom?key=k`, streetId: String(streets[0]._id) });
      expect(put.status).to.equal(200);
      for (const [i, street] of streets.entries()) {
        const user = await createUser({ role: 'secretary', streetId: street._id });
        await notify({ id: `n${i}`, userId: user._id, kind: 'inactive_mentee', title: `街道${i + 1}的提醒`, link: '/mentee/project' });
      }
      await notificationDeliveryJob.run({}, { now: TEST_NOW, deps });
      expect(receiver.requests.map((r) => JSON.parse(r.body).markdown.content.split('\n')[0])).to.deep.equal(['**街道1的提醒**']);
    } finally {
      await receiver.close();
    }
  });
});

describe('notification deliveries API', () => {
  const delivery = (id: string, status: 'pending' | 'sent' | 'dead', minute: number) => ({
    _id: id, channelId: 'env-wecom', channelKind: 'wecom', kind: 'whistle_overdue', title: '提醒', url: 'https://bb.example.cn/', status,
    attempts: status === 'dead' ? 6 : 0, maxAttempts: 6, nextAttemptAt: TEST_NOW, createdAt: new Date(TEST_NOW.getTime() + minute * 60_000),
  });

  it('when an admin lists deliveries by status, then they come newest first, paged; a dead one can be retried once', async () => {
    const admin = await createUser({ role: 'admin' });
    await NotificationDelivery.create([delivery('a|c', 'sent', 1), delivery('b|c', 'dead', 2), delivery('c|c', 'dead', 3), delivery('d|c', 'pending', 4)]);
    const dead = await request(app).get('/api/v1/notification-deliveries').query({ status: 'dead', pageSize: 1 }).set('Authorization', bearer(admin));
    expect(dead.status).to.equal(200);
    expect(dead.body).to.deep.include({ total: 2, page: 1, pageSize: 1 });
    expect(dead.body.items.map((d: { _id: string }) => d._id)).to.deep.equal(['c|c']);
    const page2 = await request(app).get('/api/v1/notification-deliveries').query({ status: 'dead', pageSize: 1, page: 2 }).set('Authorization', bearer(admin));
    expect(page2.body.items.map((d: { _id: string }) => d._id)).to.deep.equal(['b|c']);
    expect((await request(app).get('/api/v1/notification-deliveries').set('Authorization', bearer(admin))).body.total).to.equal(4);

    const retry = await request(app).post(`/api/v1/notification-deliveries/${encodeURIComponent('b|c')}/retry`).set('Authorization', bearer(admin));
    expect(retry.status).to.equal(200);
    expect(retry.body).to.deep.include({ status: 'pending', attempts: 6, maxAttempts: 12 });
    const stored = (await NotificationDelivery.findById('b|c').lean<DeliveryDoc>())!;
    expect(stored.nextAttemptAt).to.deep.equal(TEST_NOW);
    expect((await request(app).post(`/api/v1/notification-deliveries/${encodeURIComponent('b|c')}/retry`).set('Authorization', bearer(admin))).status).to.equal(409);
    expect((await request(app).post('/api/v1/notification-deliveries/nope/retry').set('Authorization', bearer(admin))).status).to.equal(404);
  });

  it('when the query is bad, then the answer is 400', async () => {
    const admin = await createUser({ role: 'admin' });
    for (const query of [{ status: 'lost' }, { pageSize: 0 }, { page: 'x' }]) {
      expect((await request(app).get('/api/v1/notification-deliveries').query(query).set('Authorization', bearer(admin))).status).to.equal(400);
    }
    expect((await request(app).post(`/api/v1/notification-deliveries/${encodeURIComponent('a b')}/retry`).set('Authorization', bearer(admin))).status).to.equal(400);
  });
});

describe('my notification preferences', () => {
  const PREFS = '/api/v1/me/notification-preferences';

  it('when a user never chose, then every kind stays in the console; a choice changes its kind only and is kept', async () => {
    const user = await createUser({ role: 'secretary', phone: '13700000005' });
    const first = await request(app).get(PREFS).set('Authorization', bearer(user));
    expect(first.status).to.equal(200);
    expect(first.body).to.deep.include({ digestHour: 8, quietHours: '22:00-07:00' });
    expect(first.body.sms).to.deep.equal({ available: true, phone: '137****0005' });
    expect(first.body.kinds.map((k: { kind: string; mode: string }) => [k.kind, k.mode])).to.deep.equal([
      ['inactive_mentee', 'console'], ['inactive_mentor', 'console'], ['whistle_overdue', 'console'],
      ['points_claim_pending', 'console'], ['points_claim_approved', 'console'], ['points_claim_rejected', 'console'],
    ]);
    const put = await request(app).put(PREFS).set('Authorization', bearer(user)).send({ digestHour: 19, kinds: { whistle_overdue: 'immediate' } });
    expect(put.status).to.equal(200);
    await request(app).put(PREFS).set('Authorization', bearer(user)).send({ kinds: { inactive_mentee: 'digest' } });
    const after = await request(app).get(PREFS).set('Authorization', bearer(user));
    expect(after.body.digestHour).to.equal(19);
    expect(after.body.kinds.map((k: { kind: string; mode: string }) => [k.kind, k.mode])).to.deep.equal([
      ['inactive_mentee', 'digest'], ['inactive_mentor', 'console'], ['whistle_overdue', 'immediate'],
      ['points_claim_pending', 'console'], ['points_claim_approved', 'console'], ['points_claim_rejected', 'console'],
    ]);
    const other = await createUser({ role: 'member' });
    expect((await request(app).get(PREFS).set('Authorization', bearer(other))).body.kinds[2].mode).to.equal('console');
  });

  it('when the choice is bad, then the answer is 400', async () => {
    const user = await createUser({ role: 'member' });
    for (const body of [{}, { digestHour: 24 }, { digestHour: 7.5 }, { kinds: { whistle_overdue: 'sms' } }, { kinds: { 'a.b': 'digest' } }, { kinds: 'all' }, { other: 1 }]) {
      const res = await request(app).put(PREFS).set('Authorization', bearer(user)).send(body);
      expect([JSON.stringify(body), res.status]).to.deep.equal([JSON.stringify(body), 400]);
    }
    expect((await request(app).put(PREFS).send({ digestHour: 8 })).status).to.equal(401);
  });
});
