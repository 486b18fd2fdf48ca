import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { CapLink, IdempotencyKey, PointsEntry, PointsRule } from '../../models/points.model.js';
import { MenteeLock, Mentorship, MentorSlot } from '../../models/mentorship.model.js';
import { claimsSweepJob } from '../../jobs/claims-sweep.job.js';
import { readChain } from '../../server/modules/points/cap-chain.js';
import { testDeps } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { testDatabase } from '../support/database.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMember, createMentee, createMentor } from '../factories/secretaries.js';

/** Claims made this long ago are past the grace period whatever today's date is. */
const LONG_AGO = new Date('2026-01-01T00:00:00Z');
const CAPACITY = 30;
const CAP = 100;

async function startApp(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/app-process.ts'], {
    env: { ...process.env, APP_PROCESS_MONGODB_URI: testDatabase().uri },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`app process exited (${code}) before listening`)));
  });
  return { child, url };
}

type Outcome = { status: number; body: any } | { status: 'lost' };

const call = (url: string, path: string, auth: string, body: object, headers: Record<string, string> = {}): Promise<Outcome> =>
  fetch(`${url}/api/v1${path}`, { method: 'POST', headers: { Authorization: auth, 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })
    .then(async (r) => ({ status: r.status, body: await r.json() }))
    .catch(() => ({ status: 'lost' as const }));

describe('crash: the service killed under load', function () {
  this.timeout(120_000);

  it('when killed with 50 pairings and 100 capped awards in flight, then after restart nothing acknowledged is lost or doubled and every retry succeeds', async () => {
    const { communities } = await createOrgTree(1, 2);
    const admin = await createUser({ role: 'admin' });
    const auth = bearer(admin);
    const mentor = await createMentor(communities[0], { mentorCapacity: CAPACITY });
    const mentees = await Promise.all(Array.from({ length: 50 }, (_, i) => createMentee(communities[1], { displayName: `小梁${i}` })));
    const member = await createMember(communities[1]);
    await PointsRule.create({ _id: 'crash_capped', name: '测试：上限 100 分', points: 1, unit: 'event', monthlyCap: CAP });

    const pairing = (m: { _id: unknown }) => ({ mentorId: String(mentor._id), menteeId: String(m._id), cohort: '2026', startDate: '2026-11-01' });
    const award = { memberId: String(member._id), ruleKey: 'crash_capped', occurredAt: '2026-11-19T10:00:00+08:00' };
    const awardKey = (i: number) => `crash-award-${String(i).padStart(3, '0')}`;

    // 1. Load, and kill -9 once a few writes have been acknowledged.
    let app = await startApp();
    let acknowledged = 0;
    const killAfter = (o: Outcome) => {
      if (o.status === 201 && ++acknowledged === 12) app.child.kill('SIGKILL');
      return o;
    };
    const url = app.url;
    const first = await Promise.all([
      ...mentees.map((m) => call(url, '/mentorships', auth, pairing(m)).then(killAfter)),
      ...Array.from({ length: 100 }, (_, i) => call(url, '/points/entries', auth, award, { 'Idempotency-Key': awardKey(i) }).then(killAfter)),
    ]);
    const pairAnswers = first.slice(0, 50);
    const awardAnswers = first.slice(50);
    expect(first.some((o) => o.status === 'lost')).to.equal(true); // the kill did cut requests off

    // 2. Restart; time passes beyond the grace period (claims aged), the sweep runs.
    app = await startApp();
    try {
      for (const model of [MentorSlot, MenteeLock, IdempotencyKey, CapLink]) await model.collection.updateMany({}, { $set: { createdAt: LONG_AGO } }); // the raw driver: mongoose keeps createdAt immutable
      await claimsSweepJob.run({}, { now: TEST_NOW, deps: testDeps({ clock: () => TEST_NOW }) });

      // 3. Every acknowledged write is there, once.
      const ackPairs = pairAnswers.filter((o): o is { status: number; body: any } => o.status === 201);
      for (const o of ackPairs) expect(await Mentorship.exists({ _id: o.body._id })).to.not.equal(null);
      const ackAwards = awardAnswers.filter((o): o is { status: number; body: any } => o.status === 201 || o.status === 200);
      for (const o of ackAwards) expect(await PointsEntry.exists({ _id: o.body._id })).to.not.equal(null);

      // 4. Retry everything that was not acknowledged: each succeeds, and the limits are usable to the last unit.
      const retryPairs = mentees.filter((_, i) => pairAnswers[i].status !== 201);
      const pairRetries = await Promise.all(retryPairs.map((m) => call(app.url, '/mentorships', auth, pairing(m))));
      const awardRetries = await Promise.all(
        awardAnswers.map((o, i) => (o.status === 201 || o.status === 200 ? null : call(app.url, '/points/entries', auth, award, { 'Idempotency-Key': awardKey(i) }))),
      );
      const active = await Mentorship.countDocuments({ mentorId: mentor._id, status: 'active' });
      expect(active).to.equal(CAPACITY);
      // A retry is written, or refused because the place is taken (mentor_full) or because the cut-off
      // request had in fact been written before the kill (mentee_has_mentor, and the pair exists).
      for (const [i, o] of pairRetries.entries()) {
        if (o.status === 201) continue;
        expect(o.status).to.equal(409);
        const code = (o as { body: any }).body.error.code;
        expect(code).to.be.oneOf(['mentor_full', 'mentee_has_mentor']);
        if (code === 'mentee_has_mentor') expect(await Mentorship.exists({ menteeId: retryPairs[i]._id, status: 'active' })).to.not.equal(null);
      }
      expect(await MentorSlot.countDocuments({ mentorId: mentor._id })).to.equal(CAPACITY);
      expect(await MenteeLock.countDocuments({})).to.equal(CAPACITY);

      expect(awardRetries.filter(Boolean).every((o) => o!.status === 201 || o!.status === 200)).to.equal(true);
      const entries = await PointsEntry.find({ memberId: member._id }).lean();
      expect(entries).to.have.length(CAP); // 100 awards of 1 point under a cap of 100: every one written, once
      expect((await readChain(`${member._id}:crash_capped:2026-11`)).at(-1)?.total).to.equal(CAP);
      const keys = await IdempotencyKey.find({}).lean();
      expect(new Set(keys.map((k) => String(k.entryId))).size).to.equal(CAP);
      expect(keys.every((k) => entries.some((e) => String(e._id) === String(k.entryId)))).to.equal(true);
    } finally {
      app.child.kill('SIGKILL');
    }
  });
});
