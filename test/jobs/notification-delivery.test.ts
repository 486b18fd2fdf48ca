import { createHmac } from 'node:crypto';
import { expect } from 'chai';
import { NotificationDelivery, type DeliveryDoc } from '../../models/notification-delivery.model.js';
import { NotificationPreference } from '../../models/notification-settings.model.js';
import { Notification } from '../../models/notification.model.js';
import { notificationDeliveryJob } from '../../jobs/notification-delivery.job.js';
import { notificationDigestJob } from '../../jobs/notification-digest.job.js';
import { notify } from '../../server/modules/notifications/index.js';
import { dingtalkSign } from '../../server/lib/channels/index.js';
import type { SmsNotice, SmsSender } from '../../server/lib/sms/index.js';
import { testDeps } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { startReceiver } from '../support/receiver.js';
import { createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';

const WEBHOOK_SECRET = 'webhook-secret-0123456789';
const at = (iso: string) => new Date(iso);

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** The app's dependencies with channels pointing at the receiver, a movable clock and a recording SMS sender. */
function setup(receiver: Receiver, env: Record<string, string>) {
  const clock = { now: TEST_NOW };
  const sms: Array<{ phone: string; notice: SmsNotice }> = [];
  const sender: SmsSender = {
    provider: 'log', noticesEnabled: true,
    sendVerificationCode: async () => undefined,
    sendNotice: async (phone, notice) => { sms.push({ phone, notice }); },
  };
  const deps = testDeps({ clock: () => clock.now, sms: sender, env: { PUBLIC_URL: 'https://bb.example.cn', ...env } });
  const deliver = () => notificationDeliveryJob.run({}, { now: clock.now, deps }) as Promise<{ fanout: Record<string, number>; send: Record<string, number> }>;
  const digest = () => notificationDigestJob.run({}, { now: clock.now, deps });
  return { clock, sms, deps, deliver, digest };
}

const webhookOnly = (r: Receiver) => ({ NOTIFY_WEBHOOK_URL: `${r.url}/hook`, NOTIFY_WEBHOOK_SECRET: WEBHOOK_SECRET });

async function createMentee(phone: string | null = null) {
  const { streets } = await createOrgTree(1, 1);
  return createUser({ role: 'secretary', displayName: '李小梁', streetId: streets[0]._id, phone });
}

const remind = (user: { _id: unknown }, id: string, fields: { kind?: string; topic?: string; title?: string } = {}) =>
  notify({ id, userId: String(user._id), kind: fields.kind ?? 'inactive_mentee', title: fields.title ?? '2026-11 尚未记录“开门第一件事”进展', body: '请花一分钟记录。', link: '/mentee/project', topic: fields.topic });

const remindMentee = async (id = 'n1') => remind(await createMentee(), id);

describe('notification-delivery job', () => {
  let receiver: Receiver;
  beforeEach(async () => { receiver = await startReceiver(); });
  afterEach(() => receiver.close());

  it('when a reminder is stored, then each group channel receives it once with the full link, and the signatures verify', async () => {
    const { deliver, sms } = setup(receiver, {
      NOTIFY_WECOM_WEBHOOK_URL: `${receiver.url}/wecom?key=k1`,
      NOTIFY_DINGTALK_WEBHOOK_URL: `${receiver.url}/dingtalk?access_token=t1`, NOTIFY_DINGTALK_SECRET: 'SECtest',
      ...webhookOnly(receiver),
    });
    const user = await createMentee('13700000001');
    expect(await remind(user, 'n1')).to.equal(true);
    expect(await remind(user, 'n1'), 'a repeated reminder').to.equal(false);

    const first = await deliver();
    await deliver();
    expect(first).to.deep.include({ fanout: { notifications: 1, deliveries: 3, digestItems: 0 } });
    expect(receiver.requests.map((r) => r.path).sort()).to.deep.equal(['/dingtalk', '/hook', '/wecom']);

    const [wecom] = receiver.to('/wecom');
    expect(wecom.query.get('key')).to.equal('k1');
    expect(JSON.parse(wecom.body).markdown.content).to.include('提醒对象：李小梁').and.to.include('(https://bb.example.cn/mentee/project)');
    const [ding] = receiver.to('/dingtalk');
    expect(ding.query.get('timestamp')).to.equal(String(TEST_NOW.getTime()));
    expect(ding.query.get('sign')).to.equal(dingtalkSign('SECtest', TEST_NOW.getTime()));
    expect(JSON.parse(ding.body).msgtype).to.equal('markdown');
    const [hook] = receiver.to('/hook');
    expect(hook.headers['x-bigbeam-signature']).to.equal(`sha256=${createHmac('sha256', WEBHOOK_SECRET).update(hook.body).digest('hex')}`);
    expect(JSON.parse(hook.body)).to.deep.include({ kind: 'inactive_mentee', url: 'https://bb.example.cn/mentee/project', deliveryId: 'n1|env-webhook' });

    const stored = await NotificationDelivery.find({}).lean<DeliveryDoc[]>();
    expect(stored.map((d) => [d._id, d.status, d.attempts])).to.have.deep.members([
      ['n1|env-wecom', 'sent', 1], ['n1|env-dingtalk', 'sent', 1], ['n1|env-webhook', 'sent', 1],
    ]);
    expect((await Notification.findById('n1').lean())!.fanout).to.equal('done');
    expect(sms, 'no SMS for a user who never chose one').to.deep.equal([]);
  });

  it('when several people are reminded of one thing (a topic), then a group channel posts it once, without a name', async () => {
    const { deliver } = setup(receiver, webhookOnly(receiver));
    const topic = { kind: 'whistle_overdue', topic: 'whistle-overdue:w1', title: '吹哨事项已超期' };
    await remind(await createMentee(), 'whistle-overdue:w1:u1', topic);
    await remind(await createUser({ role: 'admin' }), 'whistle-overdue:w1:u2', topic);
    await deliver();
    expect(receiver.requests).to.have.length(1);
    expect(JSON.parse(receiver.requests[0].body)).to.deep.include({ deliveryId: 'whistle-overdue:w1|env-webhook', recipient: null });
  });

  it('when the receiver answers 500, then the error is recorded and the delivery is sent again after the backoff', async () => {
    const { deliver, clock } = setup(receiver, webhookOnly(receiver));
    receiver.answerWith((_r, i) => (i === 0 ? { status: 500, body: 'busy' } : { status: 200, body: '{}' }));
    await remindMentee();
    expect((await deliver()).send).to.deep.include({ failed: 1 });
    const failed = (await NotificationDelivery.findById('n1|env-webhook').lean<DeliveryDoc>())!;
    expect(failed).to.deep.include({ status: 'pending', attempts: 1 });
    expect(failed.lastError).to.include('HTTP 500');
    expect(failed.nextAttemptAt).to.deep.equal(new Date(TEST_NOW.getTime() + 60_000));

    clock.now = new Date(TEST_NOW.getTime() + 59_000);
    await deliver();
    expect(receiver.requests).to.have.length(1);
    clock.now = new Date(TEST_NOW.getTime() + 60_000);
    await deliver();
    expect(receiver.requests).to.have.length(2);
    const sent = (await NotificationDelivery.findById('n1|env-webhook').lean<DeliveryDoc>())!;
    expect(sent).to.deep.include({ status: 'sent', attempts: 2, lastError: null });
    expect(sent.attemptLog.map((a) => a.ok)).to.deep.equal([false, true]);
  });

  it('when every attempt fails, then after 6 attempts with doubling waits the delivery is dead and nothing more is sent', async () => {
    const { deliver, clock } = setup(receiver, webhookOnly(receiver));
    receiver.answerWith(() => ({ status: 500, body: 'down' }));
    await remindMentee();
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      await deliver();
      const d = (await NotificationDelivery.findById('n1|env-webhook').lean<DeliveryDoc>())!;
      if (d.status === 'pending') {
        waits.push((d.nextAttemptAt.getTime() - clock.now.getTime()) / 60_000);
        clock.now = d.nextAttemptAt;
      }
    }
    expect(waits).to.deep.equal([1, 2, 4, 8, 16]);
    const dead = (await NotificationDelivery.findById('n1|env-webhook').lean<DeliveryDoc>())!;
    expect(dead).to.deep.include({ status: 'dead', attempts: 6 });
    expect(dead.deadAt).to.deep.equal(clock.now);
    clock.now = new Date(clock.now.getTime() + 24 * 3600_000);
    await deliver();
    expect(receiver.requests).to.have.length(6);
  });

  it('when two delivery runs overlap, then each message is sent once', async () => {
    const { deliver } = setup(receiver, { ...webhookOnly(receiver), NOTIFY_WECOM_WEBHOOK_URL: `${receiver.url}/wecom?key=k` });
    receiver.answerWith(() => ({ status: 200, body: JSON.stringify({ errcode: 0 }), delayMs: 150 }));
    await remindMentee('n1');
    await remindMentee('n2');
    await Promise.all([deliver(), deliver(), deliver()]);
    expect(receiver.requests).to.have.length(4);
    expect(receiver.to('/hook').map((r) => JSON.parse(r.body).deliveryId).sort()).to.deep.equal(['n1|env-webhook', 'n2|env-webhook']);
    expect(await NotificationDelivery.countDocuments({ status: 'sent' })).to.equal(4);
  });

  it('when an immediate reminder comes in the quiet hours, then it waits until 07:00 Shanghai', async () => {
    const { deliver, clock } = setup(receiver, webhookOnly(receiver));
    clock.now = at('2026-11-20T23:10:00+08:00');
    await remindMentee();
    await deliver();
    expect(receiver.requests).to.have.length(0);
    expect((await NotificationDelivery.findById('n1|env-webhook').lean<DeliveryDoc>())!.nextAttemptAt).to.deep.equal(at('2026-11-21T07:00:00+08:00'));
    clock.now = at('2026-11-21T06:59:00+08:00');
    await deliver();
    expect(receiver.requests).to.have.length(0);
    clock.now = at('2026-11-21T07:00:00+08:00');
    await deliver();
    expect(receiver.requests).to.have.length(1);
  });

  it('when a user chose SMS at once for one kind and a digest at 18:00 for another, then one SMS goes now and one digest at 18:00 groups the day', async () => {
    const { deliver, digest, clock, sms } = setup(receiver, {});
    const user = await createMentee('13700000009');
    await NotificationPreference.create({ _id: String(user._id), modes: { whistle_overdue: 'immediate', inactive_mentee: 'digest' }, digestHour: 18 });
    for (const id of ['w1', 'm1', 'm2']) await remind(user, id, { kind: id === 'w1' ? 'whistle_overdue' : 'inactive_mentee', title: `提醒 ${id}` });
    await deliver();
    expect(sms).to.deep.equal([{ phone: '13700000009', notice: { title: '提醒 w1', url: 'https://bb.example.cn/mentee/project' } }]);

    expect(await digest()).to.deep.equal({ digests: 0, items: 0 });
    clock.now = at('2026-11-20T18:00:00+08:00');
    expect(await digest()).to.deep.equal({ digests: 1, items: 2 });
    expect(await digest()).to.deep.equal({ digests: 0, items: 0 });
    await deliver();
    await deliver();
    expect(sms).to.have.length(2);
    expect(sms[1].notice).to.deep.equal({ title: '2026-11-20 提醒汇总：2 条 (daily digest: 2)', url: 'https://bb.example.cn/' });
    const stored = (await NotificationDelivery.findById(`digest:${user._id}:2026-11-20|sms`).lean<DeliveryDoc>())!;
    expect(stored.body).to.equal('1. 提醒 m1\n2. 提醒 m2');
    expect(stored.status).to.equal('sent');
  });
});
