import { expect } from 'chai';
import { Mentorship, MentorSlot, MenteeLock } from '../../models/mentorship.model.js';
import { User } from '../../models/user.model.js';
import { request, testApp } from '../support/app.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee, createMentor } from '../factories/secretaries.js';

const app = testApp();

async function setup() {
  const tree = await createOrgTree(2, 2);
  const admin = await createUser({ role: 'admin' });
  return { ...tree, admin, auth: bearer(admin) };
}

const pair = (auth: string, mentorId: unknown, menteeId: unknown) =>
  request(app).post('/api/v1/mentorships').set('Authorization', auth).send({
    mentorId: String(mentorId), menteeId: String(menteeId), cohort: '2026', startDate: '2026-11-01',
  });

describe('mentorships: pairing rules', () => {
  it('when an admin pairs a mentor and a mentee, then 201 with both names and the mentee street', async () => {
    const { auth, communities } = await setup();
    const mentor = await createMentor(communities[0], { displayName: '老王' });
    const mentee = await createMentee(communities[1], { displayName: '小李' });
    const res = await pair(auth, mentor._id, mentee._id);
    expect(res.status).to.equal(201);
    expect(res.body).to.include({ status: 'active', cohort: '2026', streetId: String(communities[1].streetId) });
    expect(res.body.mentor.displayName).to.equal('老王');
    expect(res.body.mentee.displayName).to.equal('小李');
    expect(res.body.mentor).to.include({ communityName: '居委1-1', streetName: '街道1' });
    const listed = await request(app).get('/api/v1/mentorships').set('Authorization', auth);
    expect(listed.body.items[0].mentee).to.include({ displayName: '小李', communityName: '居委1-2', streetName: '街道1' });
  });

  it('when pairing someone with themselves, then 400 self_pairing', async () => {
    const { auth, communities } = await setup();
    const mentor = await createMentor(communities[0]);
    const res = await pair(auth, mentor._id, mentor._id);
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('self_pairing');
  });

  it('when the mentor is not a 大梁 or the mentee not a 小梁, then 400 naming which', async () => {
    const { auth, communities } = await setup();
    const menteeA = await createMentee(communities[0]);
    const menteeB = await createMentee(communities[1]);
    const mentor = await createMentor(communities[2]);
    const notMentor = await pair(auth, menteeA._id, menteeB._id);
    expect(notMentor.status).to.equal(400);
    expect(notMentor.body.error.code).to.equal('not_a_mentor');
    const notMentee = await pair(auth, mentor._id, (await createMentor(communities[3]))._id);
    expect(notMentee.body.error.code).to.equal('not_a_mentee');
  });

  it('when a mentee already has an active mentor, then 409 and nothing is left claimed', async () => {
    const { auth, communities } = await setup();
    const [m1, m2] = [await createMentor(communities[0]), await createMentor(communities[1])];
    const mentee = await createMentee(communities[2]);
    expect((await pair(auth, m1._id, mentee._id)).status).to.equal(201);
    const res = await pair(auth, m2._id, mentee._id);
    expect(res.status).to.equal(409);
    expect(res.body.error.code).to.equal('mentee_has_mentor');
    expect(await MentorSlot.countDocuments({ mentorId: m2._id })).to.equal(0);
  });

  it('when a mentor is full, then 409 naming the capacity; the per-mentor override counts', async () => {
    const { auth, communities } = await setup();
    const mentor = await createMentor(communities[0], { mentorCapacity: 2 });
    const mentees = await Promise.all([1, 2, 3].map(() => createMentee(communities[1])));
    expect((await pair(auth, mentor._id, mentees[0]._id)).status).to.equal(201);
    expect((await pair(auth, mentor._id, mentees[1]._id)).status).to.equal(201);
    const full = await pair(auth, mentor._id, mentees[2]._id);
    expect(full.status).to.equal(409);
    expect(full.body.error.code).to.equal('mentor_full');
    expect(full.body.error.message).to.include('容量 2');
    expect(full.body.error.details[0].capacity).to.equal(2);
    expect(await MenteeLock.exists({ _id: String(mentees[2]._id) })).to.equal(null);
  });

  it('when an admin lowers a mentor\'s capacity below their active pairs, then 409 naming the count; down to it is fine', async () => {
    const { auth, communities } = await setup();
    const mentor = await createMentor(communities[0], { mentorCapacity: 3 });
    const mentees = await Promise.all([1, 2].map(() => createMentee(communities[1])));
    for (const m of mentees) expect((await pair(auth, mentor._id, m._id)).status).to.equal(201);
    const capacity = (mentorCapacity: number | null) => request(app).patch(`/api/v1/users/${mentor._id}`).set('Authorization', auth).send({ mentorCapacity });
    const tooLow = await capacity(1);
    expect(tooLow.status).to.equal(409);
    expect(tooLow.body.error).to.deep.include({ code: 'capacity_below_active' });
    expect(tooLow.body.error.details[0].active).to.equal(2);
    expect((await User.findById(mentor._id).lean())!.mentorCapacity).to.equal(3);
    expect((await capacity(2)).status).to.equal(200);
    expect((await capacity(null)).status).to.equal(200);
  });

  it('when the pair in a low place has ended, then the capacity still may not drop below a place in use', async () => {
    const { auth, communities } = await setup();
    const mentor = await createMentor(communities[0], { mentorCapacity: 3 });
    const mentees = await Promise.all([1, 2, 3].map(() => createMentee(communities[1])));
    const pairs = [];
    for (const m of mentees) pairs.push((await pair(auth, mentor._id, m._id)).body);
    const first = pairs.find((p) => p.slot === 1) ?? pairs[0];
    expect((await request(app).post(`/api/v1/mentorships/${first.id ?? first._id}/end`).set('Authorization', auth).send({ reason: '调整' })).status).to.equal(200);
    const lowered = await request(app).patch(`/api/v1/users/${mentor._id}`).set('Authorization', auth).send({ mentorCapacity: 2 });
    expect(lowered.status).to.equal(409);
    expect(lowered.body.error.details[0]).to.include({ active: 2, highestPlace: 3 });
    expect((await pair(auth, mentor._id, (await createMentee(communities[1]))._id)).status).to.equal(201);
  });

  it('when 20 requests race for the last free place, then exactly one wins', async () => {
    const { auth, communities } = await setup();
    const mentor = await createMentor(communities[0]); // default capacity 3
    const firstTwo = await Promise.all([1, 2].map(() => createMentee(communities[1])));
    for (const m of firstTwo) expect((await pair(auth, mentor._id, m._id)).status).to.equal(201);
    const racers = await Promise.all(Array.from({ length: 20 }, () => createMentee(communities[2])));

    const results = await Promise.all(racers.map((m) => pair(auth, mentor._id, m._id)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).to.have.length(1);
    expect(statuses.filter((s) => s === 409)).to.have.length(19);
    expect(await Mentorship.countDocuments({ mentorId: mentor._id, status: 'active' })).to.equal(3);
    expect(await MentorSlot.countDocuments({ mentorId: mentor._id })).to.equal(3);
    expect(await MenteeLock.countDocuments({})).to.equal(3);
  });

  it('when the same mentee is paired 10 times at once, then one pair exists', async () => {
    const { auth, communities } = await setup();
    const mentors = await Promise.all(Array.from({ length: 10 }, () => createMentor(communities[0])));
    const mentee = await createMentee(communities[1]);
    const results = await Promise.all(mentors.map((m) => pair(auth, m._id, mentee._id)));
    expect(results.filter((r) => r.status === 201)).to.have.length(1);
    expect(await Mentorship.countDocuments({ menteeId: mentee._id })).to.equal(1);
    expect(await MentorSlot.countDocuments({})).to.equal(1);
  });

  it('when a pair ends, then the place frees up, history stays, and ending again is 409', async () => {
    const { auth, communities } = await setup();
    const mentor = await createMentor(communities[0], { mentorCapacity: 1 });
    const [a, b] = [await createMentee(communities[1]), await createMentee(communities[2])];
    const first = await pair(auth, mentor._id, a._id);
    expect((await pair(auth, mentor._id, b._id)).status).to.equal(409);
    const end = await request(app).post(`/api/v1/mentorships/${first.body._id}/end`).set('Authorization', auth).send({ reason: '换届调整' });
    expect(end.status).to.equal(200);
    expect(end.body).to.include({ status: 'ended', endReason: '换届调整' });
    expect((await pair(auth, mentor._id, b._id)).status).to.equal(201);
    const again = await request(app).post(`/api/v1/mentorships/${first.body._id}/end`).set('Authorization', auth).send({ reason: 'x' });
    expect(again.status).to.equal(409);
    expect(again.body.error.code).to.equal('already_ended');
    const history = await request(app).get('/api/v1/mentorships').query({ mentor: String(mentor._id) }).set('Authorization', auth);
    expect(history.body.items.map((m: { status: string }) => m.status).sort()).to.deep.equal(['active', 'ended']);
  });
});

describe('mentorships: mentor load (GET /mentorships/mentor-load)', () => {
  it('when mentors coach some pairs, then each shows active pairs against capacity, the fullest first; an ended pair no longer counts', async () => {
    const { auth, communities } = await setup();
    const busy = await createMentor(communities[0], { displayName: '老张', mentorCapacity: 2 });
    const idle = await createMentor(communities[2], { displayName: '老李' });
    const reserve = await createMentee(communities[3], { displayName: '预备', stage: 'reserve' });
    const first = await pair(auth, busy._id, (await createMentee(communities[1]))._id);
    await pair(auth, busy._id, (await createMentee(communities[1]))._id);
    const load = await request(app).get('/api/v1/mentorships/mentor-load').set('Authorization', auth);
    expect(load.status).to.equal(200);
    expect(load.body.items.map((m: { displayName: string }) => m.displayName)).to.deep.equal(['老张', '老李', '预备']);
    expect(load.body.items[0]).to.include({ id: String(busy._id), activeMentees: 2, capacity: 2, free: 0, full: true, streetName: '街道1' });
    expect(load.body.items[1]).to.include({ id: String(idle._id), activeMentees: 0, capacity: 3, full: false });
    expect(load.body.items[2].id).to.equal(String(reserve._id));
    expect(load.body.totals).to.deep.equal({ mentors: 3, capacity: 8, active: 2, full: 1 });

    await request(app).post(`/api/v1/mentorships/${first.body._id}/end`).set('Authorization', auth).send({ reason: '换届调整' });
    const after = await request(app).get('/api/v1/mentorships/mentor-load').set('Authorization', auth);
    expect(after.body.items.find((m: { id: string }) => m.id === String(busy._id))).to.include({ activeMentees: 1, full: false });
  });

  it('when a secretary asks, then 403', async () => {
    const { communities } = await setup();
    const mentor = await createMentor(communities[0]);
    expect((await request(app).get('/api/v1/mentorships/mentor-load').set('Authorization', bearer(mentor))).status).to.equal(403);
  });
});

describe('mentorships: listing and visibility', () => {
  it('when filtering by street, cohort and status, then only matching pairs come back', async () => {
    const { auth, communities, streets } = await setup();
    const mentor = await createMentor(communities[0]);
    const inStreet1 = await createMentee(communities[1]); // street 1
    const inStreet2 = await createMentee(communities[2]); // street 2
    await pair(auth, mentor._id, inStreet1._id);
    await pair(auth, mentor._id, inStreet2._id);
    const res = await request(app).get('/api/v1/mentorships').query({ street: String(streets[1]._id), status: 'active', cohort: '2026' }).set('Authorization', auth);
    expect(res.body.total).to.equal(1);
    expect(res.body.items[0].mentee.id).to.equal(String(inStreet2._id));
  });

  it('when a secretary lists, then only their own pairs; another pair is 404; a member is 403', async () => {
    const { auth, communities } = await setup();
    const [m1, m2] = [await createMentor(communities[0]), await createMentor(communities[1])];
    const [e1, e2] = [await createMentee(communities[2]), await createMentee(communities[3])];
    const mine = await pair(auth, m1._id, e1._id);
    const theirs = await pair(auth, m2._id, e2._id);
    const list = await request(app).get('/api/v1/mentorships').set('Authorization', bearer(e1));
    expect(list.body.items.map((m: { _id: string }) => m._id)).to.deep.equal([mine.body._id]);
    expect((await request(app).get(`/api/v1/mentorships/${mine.body._id}`).set('Authorization', bearer(m1))).status).to.equal(200);
    expect((await request(app).get(`/api/v1/mentorships/${theirs.body._id}`).set('Authorization', bearer(e1))).status).to.equal(404);
    const member = await createUser({ role: 'member', orgUnitId: communities[0]._id });
    expect((await request(app).get('/api/v1/mentorships').set('Authorization', bearer(member))).status).to.equal(403);
  });
});

describe('growth stages over HTTP', () => {
  it('when an admin moves a mentee forward, then history records who, when, from, to, why', async () => {
    const { auth, admin, communities } = await setup();
    const mentee = await createMentee(communities[0]);
    const res = await request(app).post(`/api/v1/secretaries/${mentee._id}/stage`).set('Authorization', auth).send({ stage: 'empowered', reason: '完成首轮培训' });
    expect(res.status).to.equal(200);
    expect(res.body.stage).to.equal('empowered');
    const last = res.body.stageHistory.at(-1);
    expect(last).to.include({ from: 'new', to: 'empowered', reason: '完成首轮培训', byId: String(admin._id), override: false });
    expect(last.at).to.be.a('string');
  });

  it('when skipping a stage, then 400 unless overridden with a reason', async () => {
    const { auth, communities } = await setup();
    const mentee = await createMentee(communities[0]);
    const skip = await request(app).post(`/api/v1/secretaries/${mentee._id}/stage`).set('Authorization', auth).send({ stage: 'graduated' });
    expect(skip.status).to.equal(400);
    expect(skip.body.error.code).to.equal('stage_step');
    const noReason = await request(app).post(`/api/v1/secretaries/${mentee._id}/stage`).set('Authorization', auth).send({ stage: 'graduated', override: true });
    expect(noReason.body.error.code).to.equal('override_reason');
    const ok = await request(app).post(`/api/v1/secretaries/${mentee._id}/stage`).set('Authorization', auth).send({ stage: 'graduated', override: true, reason: '经区委组织部同意' });
    expect(ok.status).to.equal(200);
    expect((await User.findById(mentee._id).lean())?.stage).to.equal('graduated');
  });

  it('when a mentee reaches 预备大梁, then they can be paired as a mentor', async () => {
    const { auth, communities } = await setup();
    const rising = await createMentee(communities[0], { stage: 'graduated' });
    const fresh = await createMentee(communities[1]);
    expect((await pair(auth, rising._id, fresh._id)).body.error.code).to.equal('not_a_mentor');
    const up = await request(app).post(`/api/v1/secretaries/${rising._id}/stage`).set('Authorization', auth).send({ stage: 'reserve', reason: '毕业考核优秀' });
    expect(up.body.canMentor).to.equal(true);
    expect((await pair(auth, rising._id, fresh._id)).status).to.equal(201);
  });

  it('when a secretary reads their own profile, then they see their mentor; a stranger gets 404', async () => {
    const { auth, communities } = await setup();
    const mentor = await createMentor(communities[0], { displayName: '老周' });
    const mentee = await createMentee(communities[1]);
    await pair(auth, mentor._id, mentee._id);
    const mine = await request(app).get(`/api/v1/secretaries/${mentee._id}`).set('Authorization', bearer(mentee));
    expect(mine.status).to.equal(200);
    expect(mine.body.mentor.displayName).to.equal('老周');
    expect(mine.body.stageName).to.equal('新任');
    const asMentor = await request(app).get(`/api/v1/secretaries/${mentor._id}`).set('Authorization', bearer(mentee));
    expect(asMentor.body.mentees.map((m: { id: string }) => m.id)).to.deep.equal([String(mentee._id)]);
    const stranger = await createMentee(communities[2]);
    expect((await request(app).get(`/api/v1/secretaries/${mentee._id}`).set('Authorization', bearer(stranger))).status).to.equal(404);
  });
});

describe('suggestions and coaching notes', () => {
  it('when suggesting, then a same-street mentor with room ranks first and full mentors are left out', async () => {
    const { auth, communities } = await setup();
    const mentee = await createMentee(communities[0]); // street 1
    const near = await createMentor(communities[1], { displayName: '近邻' }); // street 1
    const far = await createMentor(communities[2], { displayName: '远方', expertise: ['加装电梯'] }); // street 2
    const full = await createMentor(communities[1], { displayName: '满员', mentorCapacity: 1 });
    await pair(auth, full._id, (await createMentee(communities[3]))._id);
    const res = await request(app).get('/api/v1/mentorships/suggestions').query({ menteeId: String(mentee._id), category: '加装电梯' }).set('Authorization', auth);
    expect(res.status).to.equal(200);
    expect(res.body.items.map((s: { displayName: string }) => s.displayName)).to.deep.equal(['近邻', '远方']);
    expect(res.body.items[0].reasons[0]).to.include('同一街镇');
    expect(res.body.items[1].reasons.join()).to.include('加装电梯');
    expect(String(near._id)).to.equal(res.body.items[0].mentorId);
    expect(String(far._id)).to.equal(res.body.items[1].mentorId);
  });

  it('when two mentors share a name, then each suggestion names their 居村 and 街镇', async () => {
    const { auth, communities } = await setup();
    const mentee = await createMentee(communities[0]);
    await createMentor(communities[1], { displayName: '王芳', username: 'wangfang-a' });
    await createMentor(communities[2], { displayName: '王芳', username: 'wangfang-b' });
    const res = await request(app).get('/api/v1/mentorships/suggestions').query({ menteeId: String(mentee._id) }).set('Authorization', auth);
    const shown = res.body.items.map((s: Record<string, string>) => [s.displayName, s.username, s.communityName, s.streetName]);
    expect(shown).to.deep.equal([['王芳', 'wangfang-a', '居委1-2', '街道1'], ['王芳', 'wangfang-b', '居委2-1', '街道2']]);
  });

  it('when the mentor writes a note, then the pair reads it; the mentee cannot write; outsiders get 404', async () => {
    const { auth, communities } = await setup();
    const mentor = await createMentor(communities[0]);
    const mentee = await createMentee(communities[1]);
    const m = (await pair(auth, mentor._id, mentee._id)).body;
    const note = { date: '2026-11-02', kind: 'visit', note: '走访小区，指导加装电梯意见征询' };
    const created = await request(app).post(`/api/v1/mentorships/${m._id}/notes`).set('Authorization', bearer(mentor)).send(note);
    expect(created.status).to.equal(201);
    const byMentee = await request(app).post(`/api/v1/mentorships/${m._id}/notes`).set('Authorization', bearer(mentee)).send(note);
    expect(byMentee.status).to.equal(403);
    const list = await request(app).get(`/api/v1/mentorships/${m._id}/notes`).set('Authorization', bearer(mentee));
    expect(list.body.items).to.have.length(1);
    expect(list.body.items[0].note).to.equal(note.note);
    const outsider = await createMentor(communities[2]);
    expect((await request(app).get(`/api/v1/mentorships/${m._id}/notes`).set('Authorization', bearer(outsider))).status).to.equal(404);
    expect((await request(app).get(`/api/v1/mentorships/${m._id}/notes`).set('Authorization', auth)).status).to.equal(200);
  });

  it('when a note is dated in the future, then 400', async () => {
    const { auth, communities } = await setup();
    const mentor = await createMentor(communities[0]);
    const m = (await pair(auth, mentor._id, (await createMentee(communities[1]))._id)).body;
    const res = await request(app).post(`/api/v1/mentorships/${m._id}/notes`).set('Authorization', bearer(mentor)).send({ date: '2099-01-01', kind: 'call', note: '提前' });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('date_in_future');
  });
});
