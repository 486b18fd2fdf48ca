import { Types } from 'mongoose';
import { expect } from 'chai';
import { Activity, ActivitySeat, Attendance } from '../../models/activity.model.js';
import { testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { activityBody, activityWorld, as, inParallel } from '../factories/activities.js';
import { createUser } from '../factories/users.js';
import { createMember } from '../factories/secretaries.js';

let now = TEST_NOW;
const app = testApp({ clock: () => now });
const at = (iso: string) => new Date(iso);

async function created(user: { _id: unknown }, over: Record<string, unknown> = {}) {
  const res = await as(app, user).post('/activities', activityBody(over));
  expect(res.status, JSON.stringify(res.body)).to.equal(201);
  return res.body;
}
const codeOf = async (organiser: { _id: unknown }, id: string) => (await as(app, organiser).get(`/activities/${id}/sign-in-code`)).body.code as string;

describe('activities: create, list and who may do what', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when a secretary creates an activity, then it is held for their community and its secret never leaves the service', async () => {
    const w = await activityWorld();
    const a = await created(w.secretary, { capacity: 30, signUp: true });
    expect(a).to.include({ title: '十一月主题党日·一课', kind: 'party_day_lesson', scopeLevel: 'community', scopeId: String(w.communities[0]._id), capacity: 30, signUp: true, status: 'open' });
    expect(a.streetId).to.equal(String(w.streets[0]._id));
    expect(a).to.not.have.property('secret');
    expect(a.signInWindow).to.deep.equal({ opensAt: at('2026-11-20T09:00:00+08:00').toISOString(), closesAt: at('2026-11-20T11:30:00+08:00').toISOString() });
    const stored = await Activity.findById(a._id).lean();
    expect(stored?.secret).to.have.length.greaterThan(30);
    expect(stored?.months).to.deep.equal(['2026-11']);
    const detail = await as(app, w.members[0]).get(`/activities/${a._id}`);
    expect(detail.status).to.equal(200);
    expect(detail.body).to.not.have.property('secret');
    expect(detail.body).to.include({ attendeeCount: 0, canManage: false, mySignIn: null });
    expect(detail.body.rule).to.include({ key: 'party_day_lesson', name: '主题党日·一课' });
  });

  it('when a secretary names another unit, or an admin names none, then 403 / 400; an admin may hold one for a street or the district', async () => {
    const w = await activityWorld();
    const other = await as(app, w.secretary).post('/activities', activityBody({ scopeId: String(w.communities[2]._id) }));
    expect(other.status).to.equal(403);
    expect(other.body.error.message).to.match(/^书记只能为本居村创建活动/);
    const none = await as(app, w.admin).post('/activities', activityBody());
    expect(none.status).to.equal(400);
    expect(none.body.error.code).to.equal('scope_required');
    const street = await created(w.admin, { scopeId: String(w.streets[0]._id) });
    expect(street).to.include({ scopeLevel: 'street', communityId: null, streetId: String(w.streets[0]._id) });
    const district = await created(w.admin, { scopeId: String(w.district._id) });
    expect(district).to.include({ scopeLevel: 'district', streetId: null, districtId: String(w.district._id) });
  });

  it('when input is bad, then 4xx naming it, never a 500', async () => {
    const w = await activityWorld();
    const a = await created(w.secretary);
    const cases: Array<[string, () => Promise<{ status: number; body: any }>, number, string]> = [
      ['missing title', () => as(app, w.secretary).post('/activities', { ...activityBody(), title: undefined }), 400, 'validation_failed'],
      ['end before start', () => as(app, w.secretary).post('/activities', activityBody({ endAt: '2026-11-20T09:00:00+08:00' })), 400, 'invalid_times'],
      ['25 hours', () => as(app, w.secretary).post('/activities', activityBody({ endAt: '2026-11-21T10:31:00+08:00' })), 400, 'invalid_times'],
      ['unknown rule', () => as(app, w.secretary).post('/activities', activityBody({ kind: 'no_such_rule' })), 400, 'rule_not_found'],
      ['bad kind', () => as(app, w.secretary).post('/activities', activityBody({ kind: 'DROP TABLE' })), 400, 'validation_failed'],
      ['capacity 0', () => as(app, w.secretary).post('/activities', activityBody({ capacity: 0 })), 400, 'validation_failed'],
      ['unknown field', () => as(app, w.secretary).post('/activities', activityBody({ secret: 'x' })), 400, 'validation_failed'],
      ['bad id', () => as(app, w.secretary).get('/activities/not-an-id'), 400, 'validation_failed'],
      ['empty patch', () => as(app, w.secretary).patch(`/activities/${a._id}`, {}), 400, 'validation_failed'],
      ['patch end before start', () => as(app, w.secretary).patch(`/activities/${a._id}`, { endAt: '2026-11-20T09:00:00+08:00' }), 400, 'invalid_times'],
      ['from without to', () => as(app, w.secretary).get('/activities?from=2026-11-01'), 400, 'validation_failed'],
      ['to before from', () => as(app, w.secretary).get('/activities?from=2026-11-10&to=2026-11-01'), 400, 'validation_failed'],
      ['range over a year', () => as(app, w.secretary).get('/activities?from=2026-01-01&to=2027-03-01'), 400, 'validation_failed'],
      ['code of 5 digits', () => as(app, w.members[0]).post(`/activities/${a._id}/sign-in`, { code: '12345' }), 400, 'validation_failed'],
      ['code missing', () => as(app, w.members[0]).post(`/activities/${a._id}/sign-in`, {}), 400, 'validation_failed'],
      ['memberIds not a list', () => as(app, w.secretary).post(`/activities/${a._id}/attendees`, { memberIds: 'x' }), 400, 'validation_failed'],
      ['memberIds repeated', () => as(app, w.secretary).post(`/activities/${a._id}/attendees`, { memberIds: [String(w.members[0]._id), String(w.members[0]._id)] }), 400, 'validation_failed'],
      ['bad member id', () => as(app, w.secretary).delete(`/activities/${a._id}/attendees/xyz`), 400, 'validation_failed'],
    ];
    for (const [name, send, status, code] of cases) {
      const res = await send();
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).to.equal(status);
      expect(res.body.error.code, name).to.equal(code);
      expect(res.body.error.message, name).to.match(/[\u4e00-\u9fa5]/);
    }
  });

  it('when members and secretaries list, then they see their community\'s, street\'s and district\'s activities only; admins filter by unit and dates', async () => {
    const w = await activityWorld();
    const own = await created(w.secretary);
    const street = await created(w.admin, { scopeId: String(w.streets[0]._id), title: '街道学习讨论', kind: 'study_discussion' });
    const district = await created(w.admin, { scopeId: String(w.district._id), title: '全区微党课', kind: 'micro_lesson', startAt: '2026-12-02T14:00:00+08:00', endAt: '2026-12-02T15:00:00+08:00' });
    const elsewhere = await created(w.otherSecretary, { title: '外街道主题党日' });
    const ids = (res: { body: { items: Array<{ _id: string }> } }) => res.body.items.map((i) => i._id);

    expect(ids(await as(app, w.members[0]).get('/activities'))).to.have.members([own._id, street._id, district._id]);
    expect(ids(await as(app, w.streetMate).get('/activities'))).to.have.members([street._id, district._id]);
    expect(ids(await as(app, w.secretary).get('/activities'))).to.have.members([own._id, street._id, district._id]);
    expect(ids(await as(app, w.members[0]).get(`/activities?community=${w.communities[2]._id}`))).to.deep.equal([]);
    expect(ids(await as(app, w.admin).get('/activities'))).to.have.members([own._id, street._id, district._id, elsewhere._id]);
    expect(ids(await as(app, w.admin).get(`/activities?street=${w.streets[0]._id}`))).to.have.members([own._id, street._id]);
    expect(ids(await as(app, w.admin).get(`/activities?community=${w.communities[0]._id}`))).to.deep.equal([own._id]);
    expect(ids(await as(app, w.members[0]).get('/activities?from=2026-12-01&to=2026-12-31'))).to.deep.equal([district._id]);
    expect(ids(await as(app, w.members[0]).get('/activities?from=2026-11-20&to=2026-11-20'))).to.have.members([own._id, street._id]);
    const paged = await as(app, w.admin).get('/activities?pageSize=2&page=2');
    expect(paged.body).to.include({ total: 4, page: 2, pageSize: 2 });
    expect(paged.body.items).to.have.length(2);
    expect(paged.body.items.every((i: object) => !('secret' in i))).to.equal(true);
  });

  it('when someone outside the activity\'s community acts on it, then 404 if they cannot see it and 403 if they see but may not manage it', async () => {
    const w = await activityWorld();
    const own = await created(w.secretary);
    const street = await created(w.admin, { scopeId: String(w.streets[0]._id) });
    const evaluator = await createUser({ role: 'evaluator' });
    expect((await as(app, w.otherSecretary).get(`/activities/${own._id}`)).status).to.equal(404);
    expect((await as(app, w.otherSecretary).patch(`/activities/${own._id}`, { title: '改个名字' })).status).to.equal(404);
    expect((await as(app, w.otherSecretary).post(`/activities/${own._id}/close`)).status).to.equal(404);
    expect((await as(app, w.outsider).get(`/activities/${own._id}`)).status).to.equal(404);
    const streetPatch = await as(app, w.secretary).patch(`/activities/${street._id}`, { title: '改个名字' });
    expect(streetPatch.status).to.equal(403);
    expect(streetPatch.body.error.message).to.match(/^只有本居村书记或区级管理员/);
    expect((await as(app, w.secretary).get(`/activities/${street._id}/sign-in-code`)).status).to.equal(403);
    expect((await as(app, w.members[0]).get(`/activities/${own._id}/sign-in-code`)).status).to.equal(403);
    expect((await as(app, w.members[0]).post('/activities', activityBody())).status).to.equal(403);
    expect((await as(app, evaluator).get('/activities')).status).to.equal(403);
    expect((await as(app, w.secretary).post(`/activities/${own._id}/sign-in`, { code: '123456' })).status).to.equal(403);
    const patched = await as(app, w.admin).patch(`/activities/${own._id}`, { title: '十一月主题党日·一课（改）', startAt: '2026-11-20T09:00:00+08:00' });
    expect(patched.status).to.equal(200);
    expect(patched.body).to.include({ title: '十一月主题党日·一课（改）' });
    expect(patched.body).to.not.have.property('secret');
  });
});

describe('activities: signing in', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when a member signs in too early or too late, then 409 with the reason in Chinese and nothing is stored', async () => {
    const w = await activityWorld();
    const a = await created(w.secretary);
    const code = await codeOf(w.secretary, a._id);
    now = at('2026-11-20T08:59:59+08:00');
    const early = await as(app, w.members[0]).post(`/activities/${a._id}/sign-in`, { code: await codeOf(w.secretary, a._id) });
    expect(early.status).to.equal(409);
    expect(early.body.error.code).to.equal('sign_in_not_open');
    expect(early.body.error.message).to.match(/^签到尚未开始：11-20 09:00 起可签到/);
    now = at('2026-11-20T11:30:01+08:00');
    const late = await as(app, w.members[0]).post(`/activities/${a._id}/sign-in`, { code: await codeOf(w.secretary, a._id) });
    expect(late.status).to.equal(409);
    expect(late.body.error.code).to.equal('sign_in_over');
    expect(late.body.error.message).to.match(/^签到已截止/);
    now = at('2026-11-20T09:00:00+08:00');
    const first = await as(app, w.members[0]).post(`/activities/${a._id}/sign-in`, { code: await codeOf(w.secretary, a._id) });
    expect(first.status).to.equal(201);
    expect(await Attendance.countDocuments({})).to.equal(1);
    now = at('2026-11-20T11:45:00+08:00');
    const repeatLate = await as(app, w.members[0]).post(`/activities/${a._id}/sign-in`, { code });
    expect(repeatLate.status).to.equal(200);
    expect(repeatLate.body._id).to.equal(first.body._id);
  });

  it('when the code has rotated once, then the previous code still works; twice, then it is refused as expired; ten wrong codes stop the member for a while', async () => {
    const w = await activityWorld();
    const a = await created(w.secretary);
    now = at('2026-11-20T10:00:10+08:00');
    const shown = await as(app, w.secretary).get(`/activities/${a._id}/sign-in-code`);
    expect(shown.status).to.equal(200);
    expect(shown.body).to.include({ expiresAt: at('2026-11-20T10:01:00+08:00').toISOString(), acceptedUntil: at('2026-11-20T10:02:00+08:00').toISOString(), refreshInSeconds: 50, signInOpen: true });
    expect(shown.body.signInUrl).to.match(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/member/sign-in\\?activity=${a._id}&code=${shown.body.code}$`));
    const code = shown.body.code as string;
    now = at('2026-11-20T10:01:59+08:00');
    expect((await as(app, w.members[0]).post(`/activities/${a._id}/sign-in`, { code })).status).to.equal(201);
    now = at('2026-11-20T10:02:00+08:00');
    const expired = await as(app, w.members[1]).post(`/activities/${a._id}/sign-in`, { code });
    expect(expired.status).to.equal(400);
    expect(expired.body.error.code).to.equal('invalid_code');
    expect(expired.body.error.message).to.match(/^签到码错误或已过期/);
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 9; i++) expect((await as(app, w.members[1]).post(`/activities/${a._id}/sign-in`, { code: wrongCode })).status).to.equal(400);
    const guessing = await as(app, w.members[1]).post(`/activities/${a._id}/sign-in`, { code: await codeOf(w.secretary, a._id) });
    expect(guessing.status).to.equal(429);
    expect(guessing.body.error.message).to.match(/^签到码输错次数过多/);
    expect((await as(app, w.members[2]).post(`/activities/${a._id}/sign-in`, { code: await codeOf(w.secretary, a._id) })).status).to.equal(201);
  });

  it('when one member sends 10 sign-ins at once, then one is written (201) and the others answer it (200)', async () => {
    const w = await activityWorld();
    const a = await created(w.secretary);
    const code = await codeOf(w.secretary, a._id);
    const results = await inParallel(app, Array.from({ length: 10 }, () => [w.members[0], 'POST', `/activities/${a._id}/sign-in`, { code }] as [typeof w.members[0], string, string, object]));
    expect(results.filter((r) => r.status === 201)).to.have.length(1);
    expect(results.filter((r) => r.status === 200)).to.have.length(9);
    expect(new Set(results.map((r) => r.body._id))).to.have.property('size', 1);
    expect(await Attendance.countDocuments({ activityId: a._id })).to.equal(1);
    expect(await ActivitySeat.countDocuments({ activityId: a._id })).to.equal(1);
    const detail = await as(app, w.members[0]).get(`/activities/${a._id}`);
    expect(detail.body.attendeeCount).to.equal(1);
    expect(detail.body.mySignIn).to.include({ via: 'code', memberId: String(w.members[0]._id) });
  });

  it('when more members than places sign in at once, then exactly the capacity gets in and the rest are told it is full', async () => {
    const w = await activityWorld();
    const a = await created(w.secretary, { capacity: 2 });
    const code = await codeOf(w.secretary, a._id);
    const more = await Promise.all([4, 5, 6, 7].map((i) => createMember(w.communities[0], { displayName: `党员${i}` })));
    const results = await inParallel(app, [...w.members, ...more].map((m) => [m, 'POST', `/activities/${a._id}/sign-in`, { code }] as [typeof m, string, string, object]));
    const full = results.filter((r) => r.status === 409);
    expect(results.filter((r) => r.status === 201)).to.have.length(2);
    expect(full.map((r) => r.body.error.code)).to.deep.equal(Array(5).fill('activity_full'));
    expect(full[0].body.error.message).to.match(/^活动人数已满（上限 2 人）/);
    expect(await Attendance.countDocuments({ activityId: a._id })).to.equal(2);
    const lower = await as(app, w.secretary).patch(`/activities/${a._id}`, { capacity: 1 });
    expect(lower.status).to.equal(409);
    expect(lower.body.error.code).to.equal('capacity_below_attendees');
  });

  it('when the only place is held by a sign-in cut off by a crash, then the next sign-in frees it after the grace period', async () => {
    const w = await activityWorld();
    const a = await created(w.secretary, { capacity: 1 });
    await ActivitySeat.collection.insertOne({ _id: `${a._id}#1`, activityId: new Types.ObjectId(a._id), k: 1, attendanceId: `${a._id}:${w.members[1]._id}`, holdId: new Types.ObjectId(), createdAt: new Date('2026-01-01T00:00:00Z') } as never);
    const res = await as(app, w.members[0]).post(`/activities/${a._id}/sign-in`, { code: await codeOf(w.secretary, a._id) });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(await ActivitySeat.countDocuments({ activityId: a._id })).to.equal(1);
    expect((await ActivitySeat.findById(`${a._id}#1`).lean())?.attendanceId).to.equal(`${a._id}:${w.members[0]._id}`);
  });

  it('when a member outside the scope signs in, then 403 not_in_scope; a street activity takes its communities\' members', async () => {
    const w = await activityWorld();
    const a = await created(w.secretary);
    const refused = await as(app, w.outsider).post(`/activities/${a._id}/sign-in`, { code: await codeOf(w.secretary, a._id) });
    expect(refused.status).to.equal(403);
    expect(refused.body.error.code).to.equal('not_in_scope');
    expect(refused.body.error.message).to.match(/^您不在该活动的参加范围内/);
    const street = await created(w.admin, { scopeId: String(w.streets[0]._id) });
    expect((await as(app, w.streetMate).post(`/activities/${street._id}/sign-in`, { code: await codeOf(w.admin, street._id) })).status).to.equal(201);
    expect((await as(app, w.outsider).post(`/activities/${street._id}/sign-in`, { code: await codeOf(w.admin, street._id) })).status).to.equal(403);
  });

  it('when the organiser ticks members by hand, then each is answered on their row, a repeat adds nothing, and a removal frees the place', async () => {
    const w = await activityWorld();
    const a = await created(w.secretary, { capacity: 2 });
    const ids = [w.members[0], w.outsider, w.secretary, w.members[1], w.members[2]].map((m) => String(m._id));
    const res = await as(app, w.secretary).post(`/activities/${a._id}/attendees`, { memberIds: ids });
    expect(res.status).to.equal(200);
    expect(res.body.items.map((i: { status: string; code?: string }) => i.code ?? i.status)).to.deep.equal(['added', 'not_in_scope', 'not_found', 'added', 'activity_full']);
    expect(res.body.summary).to.deep.equal({ added: 2, already: 0, refused: 3 });
    const again = await as(app, w.secretary).post(`/activities/${a._id}/attendees`, { memberIds: [ids[0]] });
    expect(again.body.items[0].status).to.equal('already');
    const list = await as(app, w.secretary).get(`/activities/${a._id}/attendees`);
    expect(list.body).to.include({ total: 2, capacity: 2 });
    expect((await as(app, w.secretary).delete(`/activities/${a._id}/attendees/${ids[0]}`)).status).to.equal(204);
    expect((await as(app, w.secretary).delete(`/activities/${a._id}/attendees/${ids[0]}`)).status).to.equal(404);
    const code = await codeOf(w.secretary, a._id);
    expect((await as(app, w.members[2]).post(`/activities/${a._id}/sign-in`, { code })).status).to.equal(201);
    expect(await Attendance.countDocuments({ activityId: a._id })).to.equal(2);
  });
});
