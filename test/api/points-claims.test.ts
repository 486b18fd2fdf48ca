import { Types } from 'mongoose';
import { expect } from 'chai';
import { CapLink, IdempotencyKey, PointsEntry, PointsRule, Revocation } from '../../models/points.model.js';
import { claimsSweepJob } from '../../jobs/claims-sweep.job.js';
import { testApp, testDeps } from '../support/app.js';
import { readChain } from '../../server/modules/points/cap-chain.js';
import { sweepAwardClaims } from '../../server/modules/points/award-claims.js';
import { requestHash } from '../../server/modules/points/points.rules.js';
import { minuteOf } from '../../server/modules/points/raw-documents.js';
import { TEST_NOW as NOW } from '../support/clock.js';
import { listen } from '../support/server.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMember } from '../factories/secretaries.js';

const app = testApp({ clock: () => NOW });
/** Claims made this long ago are past the grace period whatever today's date is. */
const LONG_AGO = new Date('2026-01-01T00:00:00Z');

async function setup(cap = 10, points = 5) {
  const { communities } = await createOrgTree(1, 1);
  const admin = await createUser({ role: 'admin' });
  const member = await createMember(communities[0], { displayName: '党员乙' });
  await PointsRule.create({ _id: 'capped5', name: '测试：每次 5 分', points, unit: 'event', monthlyCap: cap });
  return { admin, member, chain: `${member._id}:capped5:2026-11` };
}

const body = (member: { _id: unknown }, occurredAt = '2026-11-19T10:00:00+08:00') =>
  ({ memberId: String(member._id), ruleKey: 'capped5', occurredAt });

async function postMany(auth: string, requests: Array<{ key: string; body: object }>) {
  const server = await listen(app);
  try {
    return await Promise.all(
      requests.map(({ key, body: b }) =>
        fetch(`${server.url}/api/v1/points/entries`, {
          method: 'POST',
          headers: { Authorization: auth, 'Idempotency-Key': key, 'Content-Type': 'application/json' },
          body: JSON.stringify(b),
        }).then(async (r) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), body: (await r.json()) as any })),
      ),
    );
  } finally {
    await server.close();
  }
}

const ledgerSum = async (memberId: Types.ObjectId) => (await PointsEntry.find({ memberId }).lean()).reduce((s, e) => s + e.points, 0);

/**
 * What a crash after claiming leaves: a key (and, for a capped rule, a claim link) and no entry. The
 * key has its minute, or, made `legacy`, is unsettled as keys were before minutes existed.
 */
async function leaveCrashedAward(actorId: unknown, key: string, chain: string, input: object, points: number, seq: number, total: number, legacy = true) {
  const entryId = new Types.ObjectId();
  const kept = legacy ? { settled: false } : { minute: minuteOf(LONG_AGO) };
  await IdempotencyKey.collection.insertOne({ _id: `${actorId}:${key}`, requestHash: requestHash({ note: '', quantity: 1, ...input, occurredAt: new Date((input as { occurredAt: string }).occurredAt) }), entryId, capChain: chain, ...kept, createdAt: LONG_AGO } as never);
  await CapLink.collection.insertOne({ _id: `${chain}#${seq}`, key: `claim:${entryId}`, entryId, points, total, createdAt: LONG_AGO } as never);
  return entryId;
}

describe('points: claims under races and crashes', () => {
  it('when 10 awards of 5 points race under a cap of 10, then exactly 2 are written, in every one of 10 rounds', async () => {
    const { admin, member } = await setup(10, 5);
    for (let round = 0; round < 10; round++) {
      const month = `2026-0${(round % 9) + 1}`;
      const occurredAt = `${month}-15T10:00:00+08:00`;
      const results = await postMany(bearer(admin), Array.from({ length: 10 }, (_, i) => ({ key: `round-${round}-${i}`, body: body(member, occurredAt) })));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses, `round ${round}`).to.deep.equal([201, 201, 409, 409, 409, 409, 409, 409, 409, 409]);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'monthly_cap')).to.equal(true);
      expect(await ledgerSum(member._id), `round ${round}`).to.equal(10);
      await PointsEntry.deleteMany({}); // the next round starts from an empty month (round 10 reuses January)
      await CapLink.deleteMany({});
      await IdempotencyKey.deleteMany({});
    }
  });

  it('when 200 posts with one Idempotency-Key race on a capped rule, then one 201, the rest 200 or request_in_progress with Retry-After, and no monthly_cap', async () => {
    const { admin, member, chain } = await setup(10, 5);
    const results = await postMany(bearer(admin), Array.from({ length: 200 }, () => ({ key: 'same-key-0001', body: body(member) })));
    expect(results.filter((r) => r.status === 201)).to.have.length(1);
    const entryId = results.find((r) => r.status === 201)!.body._id;
    for (const r of results.filter((x) => x.status === 200)) expect(r.body._id).to.equal(entryId);
    const inProgress = results.filter((r) => r.status === 409);
    for (const r of inProgress) {
      expect(r.body.error.code).to.equal('request_in_progress');
      expect(Number(r.retryAfter)).to.be.at.least(1);
    }
    expect(results.every((r) => [200, 201, 409].includes(r.status))).to.equal(true);
    expect(await ledgerSum(member._id)).to.equal(5);
    expect((await readChain(chain)).map((l) => l.total)).to.deep.equal([5]);
    // Every retry now answers the same entry; another body under the same key is refused.
    const replays = await postMany(bearer(admin), Array.from({ length: 20 }, () => ({ key: 'same-key-0001', body: body(member) })));
    expect(replays.every((r) => r.status === 200 && r.body._id === entryId)).to.equal(true);
    const reused = await postMany(bearer(admin), Array.from({ length: 20 }, () => ({ key: 'same-key-0001', body: body(member, '2026-11-18T10:00:00+08:00') })));
    expect(reused.every((r) => r.status === 409 && r.body.error.code === 'idempotency_key_reused')).to.equal(true);
  });

  it('when an award was cut off after claiming, then its replay after the grace period writes it once and the cap counts it once', async () => {
    const { admin, member, chain } = await setup(10, 5);
    await leaveCrashedAward(admin._id, 'crashed-key-1', chain, body(member), 5, 1, 5);
    const replays = await postMany(bearer(admin), Array.from({ length: 5 }, () => ({ key: 'crashed-key-1', body: body(member) })));
    expect(replays.filter((r) => r.status === 201)).to.have.length(1);
    expect(replays.every((r) => [200, 201].includes(r.status) || r.body.error?.code === 'request_in_progress')).to.equal(true);
    // The dead claim was released, the new one holds 5: one more award of 5 fits, and then none.
    expect((await readChain(chain)).at(-1)?.total).to.equal(5);
    const more = await postMany(bearer(admin), [1, 2].map((i) => ({ key: `after-crash-${i}`, body: body(member) })));
    expect(more.map((r) => r.status).sort()).to.deep.equal([201, 409]);
    expect(await ledgerSum(member._id)).to.equal(10);
  });

  it('when the cap is held by a claim left by a crash, then a new award releases it and is written (repair on conflict)', async () => {
    const { admin, member, chain } = await setup(10, 5);
    await leaveCrashedAward(admin._id, 'lost-key-1', chain, body(member), 5, 1, 5);
    await leaveCrashedAward(admin._id, 'lost-key-2', chain, body(member), 5, 2, 10);
    const results = await postMany(bearer(admin), [1, 2, 3].map((i) => ({ key: `fresh-key-${i}`, body: body(member) })));
    expect(results.map((r) => r.status).sort()).to.deep.equal([201, 201, 409]);
    expect(await ledgerSum(member._id)).to.equal(10);
    const links = await readChain(chain);
    expect(links.at(-1)?.total).to.equal(10);
    expect(links.filter((l) => l.key.startsWith('release:'))).to.have.length(2);
  });

  it('when the sweep runs, then it releases the dead claims of each minute once, leaves written and young claims unwritten, and settles or releases claims made before minutes', async () => {
    const { admin, member, chain } = await setup(20, 5);
    const sweptAt = LONG_AGO.getTime() + 3_600_000;
    const written = await postMany(bearer(admin), ['written-1', 'legacy-written-1'].map((key) => ({ key, body: body(member) })));
    expect(written.map((r) => r.status)).to.deep.equal([201, 201]);
    // Moved to the swept hour; the other as if claimed before minutes existed and cut off before settling.
    await IdempotencyKey.updateOne({ _id: `${admin._id}:written-1` }, { $set: { minute: minuteOf(LONG_AGO), createdAt: LONG_AGO } });
    await IdempotencyKey.updateOne({ _id: `${admin._id}:legacy-written-1` }, { $set: { settled: false }, $unset: { minute: 1 } });
    await leaveCrashedAward(admin._id, 'dead-key-1', chain, body(member), 5, 3, 15, false);
    await leaveCrashedAward(admin._id, 'dead-legacy-1', chain, body(member), 5, 4, 20);
    const youngAt = new Date(sweptAt - 30_000);
    await IdempotencyKey.collection.insertOne({ _id: `${admin._id}:young-key-1`, requestHash: 'h', entryId: new Types.ObjectId(), capChain: null, minute: minuteOf(youngAt), createdAt: youngAt } as never);
    const before = await IdempotencyKey.findById(`${admin._id}:written-1`).lean();

    expect(await Promise.all([sweepAwardClaims(sweptAt), sweepAwardClaims(sweptAt)]).then((n) => n[0] + n[1])).to.equal(2);
    expect(await sweepAwardClaims(sweptAt)).to.equal(0);
    expect(await IdempotencyKey.exists({ _id: `${admin._id}:dead-key-1` })).to.equal(null);
    expect(await IdempotencyKey.exists({ _id: `${admin._id}:dead-legacy-1` })).to.equal(null);
    expect(await IdempotencyKey.findById(`${admin._id}:written-1`).lean()).to.deep.equal(before);
    expect((await IdempotencyKey.findById(`${admin._id}:legacy-written-1`).lean())?.settled).to.equal(true);
    expect(await IdempotencyKey.exists({ _id: `${admin._id}:young-key-1` })).to.not.equal(null);
    const links = await readChain(chain);
    expect(links.filter((l) => l.key.startsWith('release:'))).to.have.length(2);
    expect(links.at(-1)?.total).to.equal(10);

    // The next sweep goes on from the last minute read: the young claim, dead by then, is released.
    expect(await sweepAwardClaims(sweptAt + 10 * 60_000)).to.equal(1);
    expect(await IdempotencyKey.exists({ _id: `${admin._id}:young-key-1` })).to.equal(null);
  });

  it('when a revocation was cut off after its marker, then the sweep job finishes it once and the cap room comes back', async () => {
    const { admin, member, chain } = await setup(5, 5);
    const [award] = await postMany(bearer(admin), [{ key: 'to-revoke-1', body: body(member) }]);
    expect(award.status).to.equal(201);
    await Revocation.collection.insertOne({ _id: award.body._id, revocationId: new Types.ObjectId(), settled: false, createdAt: LONG_AGO } as never);
    const deps = testDeps({ clock: () => NOW });
    const [first, second] = await Promise.all([claimsSweepJob.run({}, { now: NOW, deps }), claimsSweepJob.run({}, { now: NOW, deps })]);
    expect(first).to.have.property('revocationsFinished');
    expect(second).to.have.property('revocationsFinished');
    expect(await PointsEntry.countDocuments({ kind: 'revoke' })).to.equal(1);
    expect(await ledgerSum(member._id)).to.equal(0);
    expect((await readChain(chain)).at(-1)?.total).to.equal(0);
    expect((await Revocation.findById(award.body._id).lean())?.settled).to.equal(true);
    const again = await postMany(bearer(admin), [{ key: 'after-revoke-1', body: body(member) }]);
    expect(again[0].status).to.equal(201);
  });
});
