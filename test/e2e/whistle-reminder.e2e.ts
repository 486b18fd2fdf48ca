import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { Project } from '../../models/project.model.js';
import { User } from '../../models/user.model.js';
import { notificationDeliveryJob } from '../../jobs/notification-delivery.job.js';
import { whistleWatchJob } from '../../jobs/whistle-watch.job.js';
import { dayKey, local, systemClock } from '../../server/lib/time.js';
import { testDeps } from '../support/app.js';
import { DESKTOP, apiPost, loginAs, openContext, shot, tokenFor, uniqueTag, e2e } from './support.js';

/** A group's webhook endpoint on this machine: keeps every request it receives. */
async function startReceiver() {
  const received: Array<{ headers: Record<string, string | string[] | undefined>; body: string }> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, close: () => new Promise((r) => server.close(r)) };
}

describe('e2e · an overdue whistle reaches the group webhook, and the bell opens the whistle', () => {
  let context: BrowserContext;
  let page: Page;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  before(async () => {
    ({ context, page } = await openContext(DESKTOP));
    receiver = await startReceiver();
  });
  after(async () => {
    await context.close();
    await receiver.close();
  });

  it('sends one signed message linking to the whistle, and the department opens that whistle from its bell', async () => {
    const tag = uniqueTag();
    const secret = `e2e-webhook-secret-${tag}`;
    const admin = await tokenFor('demo.admin');
    const channel = await fetch(`${e2e.server!.url}/api/v1/notification-channels/e2e-hook-${tag}`, {
      method: 'PUT', headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'webhook', name: `e2e 接收 ${tag}`, url: receiver.url, secret, kinds: ['whistle_overdue'] }),
    });
    expect(channel.status).to.be.oneOf([200, 201]);

    const mentee = await User.findOne({ username: 'demo.mentee' }).lean();
    const dept = await User.findOne({ username: 'demo.department' }).lean();
    const project = await Project.findOne({ ownerId: mentee!._id, status: 'active' }).lean();
    const problem = `e2e ${tag} 路灯维修需供电所配合`;
    const today = systemClock();
    const whistle = await apiPost(await tokenFor('demo.mentee'), `/projects/${project!._id}/whistles`, { departmentId: String(dept!._id), problem, dueDate: dayKey(today) });
    expect(whistle.status).to.equal(201);

    // Two days later at 10:00 (outside quiet hours) the watch finds it overdue and the delivery job sends.
    const later = local(today).add(2, 'day').hour(10).minute(0).second(0).toDate();
    const deps = testDeps({ clock: () => later });
    await whistleWatchJob.run({}, { now: later, deps });
    await notificationDeliveryJob.run({}, { now: later, deps });
    const ours = receiver.received.filter((r) => r.body.includes(String(whistle.body._id)));
    expect(ours).to.have.length(1);
    const message = JSON.parse(ours[0].body);
    expect(message).to.include({ event: 'notification', kind: 'whistle_overdue' });
    expect(message.title).to.include(problem.slice(0, 20));
    expect(message.url).to.match(new RegExp(`/(department|admin)/whistles\\?whistle=${whistle.body._id}$`));
    expect(ours[0].headers['x-bigbeam-signature']).to.equal(`sha256=${createHmac('sha256', secret).update(ours[0].body, 'utf8').digest('hex')}`);
    // A second run sends nothing more for it.
    await notificationDeliveryJob.run({}, { now: later, deps });
    expect(receiver.received.filter((r) => r.body.includes(String(whistle.body._id)))).to.have.length(1);

    await loginAs(page, 'demo.department');
    await page.getByRole('button', { name: '提醒' }).click();
    const item = page.locator('[data-test=notification]', { hasText: problem.slice(0, 20) });
    await item.waitFor();
    await item.click();
    await page.waitForURL(`**/department/whistles?whistle=${whistle.body._id}`);
    const focus = page.locator('[data-test=whistle-focus]');
    await focus.waitFor();
    expect(await focus.textContent()).to.include(problem);
    // The app runs on today's clock, when the whistle is not yet past due: it reads 待受理 (not yet answered).
    expect(await focus.textContent()).to.include('待受理');
    await shot(page, 'whistle-reminder-01-opened');
  });
});
