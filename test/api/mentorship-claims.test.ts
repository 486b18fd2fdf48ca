import { expect } from 'chai';
import { Types } from 'mongoose';
import { MenteeLock, Mentorship, MentorSlot } from '../../models/mentorship.model.js';
import { Transition } from '../../models/transition.model.js';
import { ProjectLock } from '../../models/project.model.js';
import { sweepProjectLocks } from '../../server/modules/projects/index.js';
import { sweepPairClaims } from '../../server/modules/mentorship/pair-claims.js';
import { request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { listen } from '../support/server.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee, createMentor } from '../factories/secretaries.js';

const app = testApp({ clock: () => TEST_NOW });
/** Claims made this long ago are past the grace period whatever today's date is. */
const LONG_AGO = new Date('2026-01-01T00:00:00Z');

async function setup(capacity = 2) {
  const { communities } = await createOrgTree(1, 2);
  const admin = await createUser({ role: 'admin' });
  const mentor = await createMentor(communities[0], { displayName: '老王', mentorCapacity: capacity });
  const mentees = [await createMentee(communities[1], { displayName: '小李' }), await createMentee(communities[1], { displayName: '小张' })];
  return { admin, auth: bearer(admin), mentor, mentees };
}

const pair = (auth: string, mentorId: unknown, menteeId: unknown) =>
  request(app).post('/api/v1/mentorships').set('Authorization', auth).send({ mentorId: String(mentorId), menteeId: String(menteeId), cohort: '2026', startDate: '2026-11-01' });

/** What a crash between claiming and writing the pairing leaves: the claims, no mentorship. */
async function leaveCrashedPairing(mentorId: unknown, slot: number, menteeId: unknown, createdAt = LONG_AGO) {
  const mentorshipId = new Types.ObjectId();
  await MentorSlot.collection.insertOne({ _id: `${mentorId}:${slot}`, mentorId, mentorshipId, createdAt } as never);
  await MenteeLock.collection.insertOne({ _id: String(menteeId), mentorshipId, createdAt } as never);
}

describe('mentorships: claims left by crashes and racing ends', () => {
  it('when a pairing was cut off after claiming, then within the grace period it still blocks, and after it the mentee and the place are free', async () => {
    const { auth, mentor, mentees } = await setup(1);
    await leaveCrashedPairing(mentor._id, 1, mentees[0]._id);
    const other = await createMentor((await createOrgTree(1, 1)).communities[0]);
    const youngLock = await createMentee((await createOrgTree(1, 1)).communities[0]);
    await MenteeLock.create({ _id: String(youngLock._id), mentorshipId: new Types.ObjectId() });
    expect((await pair(auth, other._id, youngLock._id)).body.error.code).to.equal('mentee_has_mentor');
    const res = await pair(auth, mentor._id, mentees[0]._id);
    expect(res.status).to.equal(201);
    expect(res.body.slot).to.equal(1);
    expect(await MentorSlot.countDocuments({ mentorId: mentor._id })).to.equal(1);
  });

  it('when the sweep runs, then it frees claims of pairings never written or ended, leaves live ones, and unpaired mentees are listed again', async () => {
    const { auth, mentor, mentees } = await setup(2);
    await leaveCrashedPairing(mentor._id, 2, mentees[1]._id);
    const live = await pair(auth, mentor._id, mentees[0]._id);
    expect(live.status).to.equal(201);
    // An end cut off after its status write, before releasing: the claims of an ended pair.
    const ended = await createMentee((await createOrgTree(1, 1)).communities[0]);
    const endedId = new Types.ObjectId();
    await Mentorship.collection.insertOne({ _id: endedId, mentorId: mentor._id, menteeId: ended._id, cohort: '2025', startDate: LONG_AGO, status: 'ended', slot: 9, createdById: mentor._id } as never);
    await MenteeLock.collection.insertOne({ _id: String(ended._id), mentorshipId: endedId, createdAt: LONG_AGO } as never);
    const unpairedBefore = await request(app).get('/api/v1/users').query({ role: 'secretary', paired: false }).set('Authorization', auth);
    expect(unpairedBefore.body.items.map((u: { displayName: string }) => u.displayName)).to.not.include('小张');
    expect(await Promise.all([sweepPairClaims(), sweepPairClaims()]).then(([a, b]) => a + b)).to.equal(3);
    expect(await sweepPairClaims()).to.equal(0);
    expect(await MenteeLock.exists({ _id: String(mentees[0]._id) })).to.not.equal(null);
    expect(await MenteeLock.exists({ _id: String(mentees[1]._id) })).to.equal(null);
    expect(await MenteeLock.exists({ _id: String(ended._id) })).to.equal(null);
    expect(await MentorSlot.countDocuments({ mentorId: mentor._id })).to.equal(1);
    const unpaired = await request(app).get('/api/v1/users').query({ role: 'secretary', paired: false }).set('Authorization', auth);
    expect(unpaired.body.items.map((u: { displayName: string }) => u.displayName)).to.include('小张');
  });

  it('when 20 requests end one pairing at once, then one 200, nineteen 409 already_ended, and the place is free once', async () => {
    const { auth, mentor, mentees } = await setup(1);
    const created = await pair(auth, mentor._id, mentees[0]._id);
    const server = await listen(app);
    let statuses: number[];
    try {
      statuses = await Promise.all(Array.from({ length: 20 }, () =>
        fetch(`${server.url}/api/v1/mentorships/${created.body._id}/end`, { method: 'POST', headers: { Authorization: auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ reason: '届满' }) }).then((r) => r.status)));
    } finally {
      await server.close();
    }
    expect(statuses.filter((s) => s === 200)).to.have.length(1);
    expect(statuses.filter((s) => s === 409)).to.have.length(19);
    expect((await Mentorship.findById(created.body._id).lean())?.status).to.equal('ended');
    expect((await pair(auth, mentor._id, mentees[1]._id)).status).to.equal(201);
  });

  it('when an end was cut off after its decisive write, then the next end finishes it and answers 409', async () => {
    const { auth, mentor, mentees } = await setup(1);
    const created = await pair(auth, mentor._id, mentees[0]._id);
    await Transition.create({ _id: `mentorship:${created.body._id}:ended`, data: { endedAt: TEST_NOW, endReason: '届满', endedById: String(mentor._id) } });
    const again = await request(app).post(`/api/v1/mentorships/${created.body._id}/end`).set('Authorization', auth).send({ reason: '再次' });
    expect(again.status).to.equal(409);
    const stored = await Mentorship.findById(created.body._id).lean();
    expect(stored).to.include({ status: 'ended', endReason: '届满' });
    expect(await MenteeLock.exists({ _id: String(mentees[0]._id) })).to.equal(null);
  });

  it('when a project was cut off after its owner lock, then within the grace period the owner is told they have a project, after it they can create one, and the sweep frees such locks', async () => {
    const { communities } = await createOrgTree(1, 1);
    const owner = await createMentee(communities[0], { displayName: '小李' });
    const other = await createMentee(communities[0], { displayName: '小王' });
    const body = { title: '加装电梯', categoryKey: 'elevator', goal: '完成征询', startDate: '2026-09-01' };
    await ProjectLock.create({ _id: String(owner._id), projectId: new Types.ObjectId() });
    const young = await request(app).post('/api/v1/projects').set('Authorization', bearer(owner)).send(body);
    expect(young.status).to.equal(409);
    expect(young.body.error.code).to.equal('project_exists');
    await ProjectLock.collection.updateOne({ _id: String(owner._id) } as never, { $set: { createdAt: LONG_AGO } });
    expect((await request(app).post('/api/v1/projects').set('Authorization', bearer(owner)).send(body)).status).to.equal(201);
    await ProjectLock.collection.insertOne({ _id: String(other._id), projectId: new Types.ObjectId(), createdAt: LONG_AGO } as never);
    expect(await Promise.all([sweepProjectLocks(), sweepProjectLocks()]).then(([a, b]) => a + b)).to.equal(1);
    expect(await ProjectLock.exists({ _id: String(other._id) })).to.equal(null);
    expect(await ProjectLock.exists({ _id: String(owner._id) })).to.not.equal(null);
  });
});
