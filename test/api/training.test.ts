import { expect } from 'chai';
import { Mentorship } from '../../models/mentorship.model.js';
import { TrainingAttendance, TrainingSession } from '../../models/training.model.js';
import { testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { as, inParallel } from '../factories/activities.js';
import { districtBody, studioBody, trainingWorld } from '../factories/training.js';

let now = TEST_NOW;
const app = testApp({ clock: () => now });
const at = (iso: string) => new Date(iso);

async function created(user: { _id: unknown }, body: Record<string, unknown>) {
  const res = await as(app, user).post('/training-sessions', body);
  expect(res.status, JSON.stringify(res.body)).to.equal(201);
  return res.body;
}
const codeOf = async (organiser: { _id: unknown }, id: string) => (await as(app, organiser).get(`/training-sessions/${id}/sign-in-code`)).body.code as string;

describe('training sessions: create, and who may organise what', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when an admin creates a district session with an outside expert, then it is stored for the district and its secret never leaves the service', async () => {
    const w = await trainingWorld();
    const s = await created(w.admin, districtBody(w));
    expect(s).to.include({ level: 'district', levelName: '区级联训', scopeLevel: 'district', scopeId: String(w.district._id), streetId: null, topic: '基层治理与“开门第一件事”' });
    expect(s.trainer).to.deep.equal({ kind: 'expert', userId: null, name: '陈教授', title: '市委党校' });
    expect(s.inviteeIds).to.have.length(3);
    expect(s).to.not.have.property('secret');
    expect(s.signInWindow).to.deep.equal({ opensAt: at('2026-11-20T09:00:00+08:00').toISOString(), closesAt: at('2026-11-20T11:30:00+08:00').toISOString() });
    const stored = await TrainingSession.findById(s._id).lean();
    expect(stored!.secret).to.have.length.greaterThan(30);
    expect(stored!.months).to.deep.equal(['2026-11']);
    expect(stored!.recordedAt.toISOString()).to.equal(TEST_NOW.toISOString());
  });

  it('when street staff or a 大梁 organise for their own street, then 201; for the district, another street, or as a 小梁 or member, then 403', async () => {
    const w = await trainingWorld();
    const studio = await created(w.staff, studioBody(w));
    expect(studio).to.include({ level: 'street-studio', scopeLevel: 'street', streetId: String(w.streets[0]._id) });
    expect(studio.trainer).to.include({ kind: 'mentor', userId: String(w.mentor._id), name: '王大梁' });
    const group = await created(w.streetMentor, studioBody(w, { level: 'study-group', scopeId: undefined, trainer: { kind: 'expert', name: '刘老师' } }));
    expect(group).to.include({ level: 'study-group', scopeId: String(w.streets[0]._id) });

    const refused: Array<[string, { _id: unknown }, Record<string, unknown>, number]> = [
      ['staff, district level', w.staff, districtBody(w, { inviteeIds: [] }), 403],
      ['staff, another street', w.otherStaff, studioBody(w, { inviteeIds: [] }), 403],
      ['mentor, another street', w.otherMentor, studioBody(w, { inviteeIds: [] }), 403],
      ['a 小梁', w.mentees[0], studioBody(w), 403],
      ['a member', w.member, studioBody(w), 403],
    ];
    for (const [name, user, body, status] of refused) {
      const res = await as(app, user).post('/training-sessions', body);
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).to.equal(status);
    }
    expect(await TrainingSession.countDocuments({})).to.equal(2);
  });

  it('when the trainer, scope or invitees do not fit the session, then 400 naming them', async () => {
    const w = await trainingWorld();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['studio led by an expert', studioBody(w, { trainer: { kind: 'expert', name: '陈教授' } }), 'invalid_trainer'],
      ['studio led by another street\'s 大梁', studioBody(w, { trainer: { kind: 'mentor', userId: String(w.otherMentor._id) } }), 'invalid_trainer'],
      ['a 小梁 as trainer', studioBody(w, { trainer: { kind: 'mentor', userId: String(w.mentees[0]._id) } }), 'invalid_trainer'],
      ['district session for a street', districtBody(w, { scopeId: String(w.streets[0]._id) }), 'invalid_scope'],
      ['studio for a community', studioBody(w, { scopeId: String(w.communities[0]._id) }), 'invalid_scope'],
      ['no scope from an admin', studioBody(w, { scopeId: undefined }), 'scope_required'],
    ];
    for (const [name, body, code] of cases) {
      const res = await as(app, w.admin).post('/training-sessions', body);
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).to.equal(400);
      expect(res.body.error.code, name).to.equal(code);
    }
    const outsiders = await as(app, w.admin).post('/training-sessions', studioBody(w, { inviteeIds: [String(w.mentees[0]._id), String(w.otherMentee._id), String(w.mentor._id)] }));
    expect(outsiders.status).to.equal(400);
    expect(outsiders.body.error.code).to.equal('invalid_invitees');
    expect(outsiders.body.error.message).to.match(/^2 位受邀人不能邀请/);
    expect(outsiders.body.error.details.map((d: { id: string }) => d.id)).to.deep.equal([String(w.otherMentee._id), String(w.mentor._id)]);
  });

  it('when input is bad, then 4xx with the error body, never a 500', async () => {
    const w = await trainingWorld();
    const s = await created(w.admin, districtBody(w));
    const cases: Array<[string, () => Promise<{ status: number; body: any }>, number, string]> = [
      ['unknown level', () => as(app, w.admin).post('/training-sessions', districtBody(w, { level: 'webinar' })), 400, 'validation_failed'],
      ['missing topic', () => as(app, w.admin).post('/training-sessions', districtBody(w, { topic: undefined })), 400, 'validation_failed'],
      ['trainer without kind', () => as(app, w.admin).post('/training-sessions', districtBody(w, { trainer: { name: 'x' } })), 400, 'validation_failed'],
      ['mentor trainer without id', () => as(app, w.admin).post('/training-sessions', districtBody(w, { trainer: { kind: 'mentor' } })), 400, 'validation_failed'],
      ['end before start', () => as(app, w.admin).post('/training-sessions', districtBody(w, { endAt: '2026-11-20T09:00:00+08:00' })), 400, 'invalid_times'],
      ['25 hours', () => as(app, w.admin).post('/training-sessions', districtBody(w, { endAt: '2026-11-21T10:31:00+08:00' })), 400, 'invalid_times'],
      ['invitees repeated', () => as(app, w.admin).post('/training-sessions', districtBody(w, { inviteeIds: [String(w.mentees[0]._id), String(w.mentees[0]._id)] })), 400, 'validation_failed'],
      ['unknown field', () => as(app, w.admin).post('/training-sessions', districtBody(w, { secret: 'x' })), 400, 'validation_failed'],
      ['bad id', () => as(app, w.admin).get('/training-sessions/nope'), 400, 'validation_failed'],
      ['empty patch', () => as(app, w.admin).patch(`/training-sessions/${s._id}`, {}), 400, 'validation_failed'],
      ['code of 5 digits', () => as(app, w.mentees[0]).post(`/training-sessions/${s._id}/sign-in`, { code: '12345' }), 400, 'validation_failed'],
      ['menteeIds empty', () => as(app, w.admin).post(`/training-sessions/${s._id}/attendance`, { menteeIds: [] }), 400, 'validation_failed'],
      ['range without to', () => as(app, w.admin).get('/training-sessions?from=2026-11-01'), 400, 'validation_failed'],
      ['candidates without scope', () => as(app, w.admin).get('/training-sessions/candidates'), 400, 'validation_failed'],
      ['record of a non-secretary', () => as(app, w.admin).get(`/secretaries/${w.member._id}/training`), 404, 'not_found'],
    ];
    for (const [name, send, status, code] of cases) {
      const res = await send();
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).to.equal(status);
      expect(res.body.error.code, name).to.equal(code);
      expect(res.body.error.message, name).to.be.a('string').and.not.equal('');
    }
  });

  it('when a session is listed or read, then only district staff, its street, its trainer and its invitees see it', async () => {
    const w = await trainingWorld();
    const s = await created(w.staff, studioBody(w));
    const ids = async (user: { _id: unknown }) => (await as(app, user).get('/training-sessions?from=2026-11-01&to=2026-11-30')).body.items.map((x: { _id: string }) => x._id);
    expect(await ids(w.admin)).to.deep.equal([s._id]);
    expect(await ids(w.mentees[1])).to.deep.equal([s._id]);
    expect(await ids(w.otherMentee)).to.deep.equal([]);
    expect((await as(app, w.otherStaff).get(`/training-sessions/${s._id}`)).status).to.equal(404);
    const detail = await as(app, w.mentees[0]).get(`/training-sessions/${s._id}`);
    expect(detail.body).to.include({ attendeeCount: 0, canManage: false, myAttendance: null });
    expect(detail.body.invitees.map((i: { displayName: string }) => i.displayName).sort()).to.deep.equal(['小梁乙', '小梁甲']);
    expect((await as(app, w.mentor).get(`/training-sessions/${s._id}`)).body.canManage).to.equal(true);
  });
});

describe('training sessions: attendance', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when an invited 小梁 signs in with the current code, then 201 once and 200 on a repeat; others are refused', async () => {
    const w = await trainingWorld();
    const s = await created(w.admin, districtBody(w));
    const code = await codeOf(w.admin, s._id);
    const first = await as(app, w.mentees[0]).post(`/training-sessions/${s._id}/sign-in`, { code });
    expect(first.status, JSON.stringify(first.body)).to.equal(201);
    expect(first.body).to.include({ _id: `${s._id}:${w.mentees[0]._id}`, via: 'code', displayName: '小梁甲' });
    const again = await as(app, w.mentees[0]).post(`/training-sessions/${s._id}/sign-in`, { code: '000000' });
    expect(again.status).to.equal(200);
    expect(again.body.at).to.equal(first.body.at);

    const uninvited = await created(w.admin, districtBody(w, { inviteeIds: [String(w.mentees[1]._id)] }));
    const refused = await as(app, w.mentees[0]).post(`/training-sessions/${uninvited._id}/sign-in`, { code: await codeOf(w.admin, uninvited._id) });
    expect(refused.status).to.equal(403);
    expect(refused.body.error.code).to.equal('not_invited');
    expect((await as(app, w.member).post(`/training-sessions/${s._id}/sign-in`, { code })).status).to.equal(403);
    const wrong = await as(app, w.mentees[1]).post(`/training-sessions/${s._id}/sign-in`, { code: code === '111111' ? '222222' : '111111' });
    expect(wrong.status).to.equal(400);
    expect(wrong.body.error.code).to.equal('invalid_code');
    expect(await TrainingAttendance.countDocuments({ sessionId: s._id })).to.equal(1);
  });

  it('when a 小梁 signs in before the window opens or after the end, then 409 naming the time', async () => {
    const w = await trainingWorld();
    const s = await created(w.admin, districtBody(w));
    const code = await codeOf(w.admin, s._id);
    now = at('2026-11-20T08:59:00+08:00');
    const early = await as(app, w.mentees[0]).post(`/training-sessions/${s._id}/sign-in`, { code: await codeOf(w.admin, s._id) });
    expect(early.status).to.equal(409);
    expect(early.body.error.code).to.equal('sign_in_not_open');
    expect(early.body.error.message).to.match(/^签到尚未开始：11-20 09:00 起可签到（培训开始前 30 分钟）/);
    now = at('2026-11-20T11:31:00+08:00');
    const late = await as(app, w.mentees[0]).post(`/training-sessions/${s._id}/sign-in`, { code });
    expect(late.status).to.equal(409);
    expect(late.body.error.code).to.equal('sign_in_over');
  });

  it('when the same 小梁 signs in from several devices at once, then exactly one attendance is written', async () => {
    const w = await trainingWorld();
    const s = await created(w.admin, districtBody(w));
    const code = await codeOf(w.admin, s._id);
    const results = await inParallel(app, Array.from({ length: 6 }, () => [w.mentees[0], 'POST', `/training-sessions/${s._id}/sign-in`, { code }] as [{ _id: unknown }, string, string, object]));
    expect(results.map((r) => r.status).sort()).to.deep.equal([200, 200, 200, 200, 200, 201]);
    expect(await TrainingAttendance.countDocuments({ sessionId: s._id })).to.equal(1);
  });

  it('when the 大梁 trainer ticks a 小梁 who could not sign in, then it is recorded with who ticked it; an uninvited person is refused on their row', async () => {
    const w = await trainingWorld();
    const s = await created(w.staff, studioBody(w));
    await as(app, w.mentees[0]).post(`/training-sessions/${s._id}/sign-in`, { code: await codeOf(w.staff, s._id) });
    now = at('2026-11-20T12:00:00+08:00'); // after the end: a tick is still taken
    const ticked = await as(app, w.mentor).post(`/training-sessions/${s._id}/attendance`, { menteeIds: [String(w.mentees[1]._id), String(w.mentees[0]._id), String(w.otherMentee._id)] });
    expect(ticked.status, JSON.stringify(ticked.body)).to.equal(200);
    expect(ticked.body.summary).to.deep.equal({ added: 1, already: 1, refused: 1 });
    expect(ticked.body.items.map((i: { status: string }) => i.status)).to.deep.equal(['added', 'already', 'refused']);
    expect(ticked.body.items[2].code).to.equal('not_invited');
    const stored = await TrainingAttendance.findById(`${s._id}:${w.mentees[1]._id}`).lean();
    expect(stored).to.include({ via: 'manual' });
    expect(String(stored!.byId)).to.equal(String(w.mentor._id));
    expect(stored!.at.toISOString()).to.equal(now.toISOString());

    const list = await as(app, w.staff).get(`/training-sessions/${s._id}/attendance`);
    expect(list.body.summary).to.deep.equal({ invited: 2, attended: 2 });
    expect(list.body.items.find((i: { displayName: string }) => i.displayName === '小梁乙')).to.include({ attended: true, via: 'manual', byName: '王大梁' });
    expect((await as(app, w.streetMentor).post(`/training-sessions/${s._id}/attendance`, { menteeIds: [String(w.mentees[1]._id)] })).status).to.equal(403);
    expect((await as(app, w.mentees[0]).get(`/training-sessions/${s._id}/attendance`)).status).to.equal(403);
  });

  it('when a tick comes before sign-in opens, then 409', async () => {
    const w = await trainingWorld();
    const s = await created(w.admin, districtBody(w, { startAt: '2026-11-21T09:30:00+08:00', endAt: '2026-11-21T11:30:00+08:00' }));
    const early = await as(app, w.admin).post(`/training-sessions/${s._id}/attendance`, { menteeIds: [String(w.mentees[0]._id)] });
    expect(early.status).to.equal(409);
    expect(early.body.error.code).to.equal('sign_in_not_open');
  });

  it('when a session is changed, then only before its end, never to an end already past, and its attendees stay invited', async () => {
    const w = await trainingWorld();
    const s = await created(w.admin, districtBody(w));
    await as(app, w.mentees[0]).post(`/training-sessions/${s._id}/sign-in`, { code: await codeOf(w.admin, s._id) });
    const drop = await as(app, w.admin).patch(`/training-sessions/${s._id}`, { inviteeIds: [String(w.mentees[1]._id)] });
    expect(drop.status).to.equal(409);
    expect(drop.body.error.code).to.equal('invitee_attended');
    const past = await as(app, w.admin).patch(`/training-sessions/${s._id}`, { endAt: '2026-11-20T09:59:00+08:00' });
    expect(past.status).to.equal(400);
    expect(past.body.error.code).to.equal('invalid_times');
    const moved = await as(app, w.admin).patch(`/training-sessions/${s._id}`, { topic: '调整后的主题', inviteeIds: [String(w.mentees[0]._id)] });
    expect(moved.status, JSON.stringify(moved.body)).to.equal(200);
    expect(moved.body).to.include({ topic: '调整后的主题' });
    now = at('2026-11-20T11:31:00+08:00');
    const ended = await as(app, w.admin).patch(`/training-sessions/${s._id}`, { topic: '再改' });
    expect(ended.status).to.equal(409);
    expect(ended.body.error.code).to.equal('training_ended');
  });
});

describe('training record of a 小梁', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when a 小梁 reads their record, then each invited session shows attended, missed or upcoming, with totals', async () => {
    const w = await trainingWorld();
    const attended = await created(w.admin, districtBody(w));
    await as(app, w.mentees[0]).post(`/training-sessions/${attended._id}/sign-in`, { code: await codeOf(w.admin, attended._id) });
    await created(w.admin, districtBody(w, { topic: '上周的培训', startAt: '2026-11-13T09:30:00+08:00', endAt: '2026-11-13T11:30:00+08:00' }));
    await created(w.staff, studioBody(w, { topic: '下周的工作室', startAt: '2026-11-27T14:00:00+08:00', endAt: '2026-11-27T16:00:00+08:00' }));
    await created(w.admin, districtBody(w, { topic: '没有邀请甲', inviteeIds: [String(w.mentees[1]._id)] }));

    const mine = await as(app, w.mentees[0]).get('/me/training');
    expect(mine.status).to.equal(200);
    expect(mine.body.summary).to.deep.equal({ invited: 3, attended: 1, missed: 1, upcoming: 1 });
    expect(mine.body.items.map((i: { topic: string; status: string }) => [i.topic, i.status])).to.deep.equal([
      ['下周的工作室', 'upcoming'], ['基层治理与“开门第一件事”', 'attended'], ['上周的培训', 'missed'],
    ]);
    expect(mine.body.items[1].attendance).to.include({ via: 'code' });
    expect(mine.body.items[0]).to.not.have.property('secret');
    expect(mine.body.items[0]).to.not.have.property('inviteeIds');
  });

  it('when others read a 小梁\'s record, then their 大梁, admins and their street\'s staff may; other secretaries and staff get 404', async () => {
    const w = await trainingWorld();
    await created(w.admin, districtBody(w));
    await Mentorship.create({ mentorId: w.streetMentor._id, menteeId: w.mentees[0]._id, streetId: w.streets[0]._id, cohort: '2026', startDate: at('2026-09-01T00:00:00+08:00'), slot: 1, createdById: w.admin._id });
    const path = `/secretaries/${w.mentees[0]._id}/training`;
    for (const [name, user, status] of [
      ['their 大梁', w.streetMentor, 200], ['admin', w.admin, 200], ['street staff', w.staff, 200],
      ['another 大梁', w.mentor, 404], ['another 小梁', w.mentees[1], 404], ['other street staff', w.otherStaff, 404], ['a member', w.member, 403],
    ] as Array<[string, { _id: unknown }, number]>) {
      const res = await as(app, user).get(path);
      expect(res.status, name).to.equal(status);
      if (status === 200) expect(res.body.summary.invited, name).to.equal(1);
    }
  });
});
