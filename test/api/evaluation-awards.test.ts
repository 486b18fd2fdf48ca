import { expect } from 'chai';
import { AwardNotice, AwardObjection } from '../../models/award.model.js';
import { EvaluationCycle, EvaluationResults } from '../../models/evaluation.model.js';
import { OrgUnit, type OrgUnitDoc } from '../../models/org-unit.model.js';
import { Transition } from '../../models/transition.model.js';
import { DEFAULT_AWARD_SETTINGS, type AwardSettings } from '../../server/modules/evaluation/awards.rules.js';
import { DEFAULT_INDICATORS, DEFAULT_SCALE, DEFAULT_SOURCES } from '../../server/modules/evaluation/evaluation.rules.js';
import { DEFAULT_MINIMUMS } from '../../server/modules/evaluation/evidence.rules.js';
import { getWorkbook, request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

// TEST_NOW is Friday 2026-11-20 10:00 in Shanghai: a 5-working-day notice runs to 24:00 on Friday 11-27.
const app = testApp({ clock: () => TEST_NOW });
const at = (iso: string) => testApp({ clock: () => new Date(iso) });
const LAST_MINUTE = '2026-11-27T23:59:00+08:00';
const AFTER_NOTICE = '2026-11-28T00:00:00+08:00';
const scores = (n: number) => ({ members_managed: n, residents_follow: n, leads_with_method: n, work_lands_fast: n });
const api = (path: string) => `/api/v1${path}`;

async function addCommunity(street: OrgUnitDoc, code: string) {
  return (await OrgUnit.create({ code, name: `居委${code}`, level: 'community', kind: 'residential', parentId: street._id, streetId: street._id, districtId: street.districtId })).toObject() as OrgUnitDoc;
}

/**
 * Street 1 has 3 communities, street 2 has 2; 4 places by street → shares 2.4 and 1.6 → 2 and 2.
 * Mentor scores only (minimum 2 on-site scores): 甲 95, 乙 90, 丙 85 in street 1; 丁 92, 戊 80 in street 2;
 * 己 99 in street 1 but with one on-site score (证据不足).
 */
async function scoredCycle(awards: Partial<AwardSettings> = { total: 4, quotaMode: 'street' }) {
  const { streets, communities } = await createOrgTree(2, 2);
  const extra = await addCommunity(streets[0], `X${streets[0].code}`);
  const admin = await createUser({ role: 'admin' });
  const auth = bearer(admin);
  const [e1, e2] = [await createUser({ role: 'evaluator' }), await createUser({ role: 'evaluator' })];
  const plan: Array<[string, OrgUnitDoc, number]> = [['甲', communities[0], 95], ['乙', communities[1], 90], ['丙', extra, 85], ['丁', communities[2], 92], ['戊', communities[3], 80], ['己', communities[0], 99]];
  const secs = Object.fromEntries(await Promise.all(plan.map(async ([name, c]) => [name, String((await createMentee(c, { displayName: `书记${name}` }))._id)] as const)));
  const id = (await request(app).post(api('/evaluation-cycles')).set('Authorization', auth)
    .send({ year: 2026, name: '2026 年度组织力评估', residentVerification: 'none', minimums: { mentor: 2, resident: 0, department: 0 }, awards }).expect(201)).body._id as string;
  const quotasBefore = (await request(app).get(api(`/evaluation-cycles/${id}/award-quotas`)).set('Authorization', auth).expect(200)).body;
  const all = Object.values(secs);
  await request(app).post(api(`/evaluation-cycles/${id}/assignments`)).set('Authorization', auth).send({ evaluatorId: String(e1._id), source: 'mentor', secretaryIds: all }).expect(201);
  await request(app).post(api(`/evaluation-cycles/${id}/assignments`)).set('Authorization', auth).send({ evaluatorId: String(e2._id), source: 'mentor', secretaryIds: all.filter((s) => s !== secs['己']) }).expect(201);
  await request(app).post(api(`/evaluation-cycles/${id}/open`)).set('Authorization', auth).expect(200);
  for (const [name, , n] of plan) {
    for (const e of name === '己' ? [e1] : [e1, e2]) await request(app).put(api(`/evaluation-cycles/${id}/scores/${secs[name]}`)).set('Authorization', bearer(e)).send({ source: 'mentor', indicators: scores(n) }).expect(200);
  }
  return { id, auth, admin, secs, streets, quotasBefore };
}

async function publishedList(awards?: Partial<AwardSettings>) {
  const c = await scoredCycle(awards);
  await request(app).post(api(`/evaluation-cycles/${c.id}/close`)).set('Authorization', c.auth).expect(200);
  const list = await request(app).post(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', c.auth).send({});
  expect(list.status, JSON.stringify(list.body)).to.equal(201);
  return { ...c, list: list.body, noticeId: list.body.notices[0].id as string };
}

const object = (client: ReturnType<typeof testApp>, noticeId: string, body: Record<string, unknown>) =>
  request(client).post(api(`/public/award-notices/${noticeId}/objections`)).send(body);
const decide = (c: { id: string; auth: string }, objectionId: string, decision: string, client = app) =>
  request(client).post(api(`/evaluation-cycles/${c.id}/award-list/objections/${objectionId}/decision`)).set('Authorization', c.auth).send({ decision, investigation: '经实地走访核实' });
const placesOf = (body: { places: Array<{ place: number; displayName: string }> }) => body.places.map((p) => [p.place, p.displayName]);

describe('award places and frozen rules', () => {
  it('when a cycle with street quotas opens, then the quotas follow the largest remainder, sum to the total and stay as frozen when the org tree or settings change', async () => {
    const { id, auth, streets, quotasBefore } = await scoredCycle();
    expect(quotasBefore).to.include({ frozen: false, total: 4, quotaMode: 'street' });
    const frozen = (await request(app).get(api(`/evaluation-cycles/${id}/award-quotas`)).set('Authorization', auth).expect(200)).body;
    expect(frozen.frozen).to.equal(true);
    expect(frozen.quotas.map((q: { communities: number; exact: number; quota: number }) => [q.communities, q.exact, q.quota])).to.deep.equal([[3, 2.4, 2], [2, 1.6, 2]]);
    expect(frozen.rounding).to.include('最大余数法');

    for (let k = 0; k < 4; k++) await addCommunity(streets[0], `late${k}`);
    const later = (await request(app).get(api(`/evaluation-cycles/${id}/award-quotas`)).set('Authorization', auth).expect(200)).body;
    expect(later).to.deep.equal(frozen);
    const edit = await request(app).put(api(`/evaluation-cycles/${id}/award-settings`)).set('Authorization', auth).send({ total: 10 });
    expect(edit.status).to.equal(409);
    expect(edit.body.error.code).to.equal('rules_frozen');
  });

  it('when the code defaults change after a cycle opens, then its results keep the rules it opened with and record their hash; a draft follows the defaults', async () => {
    const admin = await createUser({ role: 'admin' });
    const auth = bearer(admin);
    const legacy = { year: 2026, name: '早期周期', indicators: DEFAULT_INDICATORS, sources: DEFAULT_SOURCES, scale: DEFAULT_SCALE, status: 'draft', statusHistory: [] };
    const { insertedId } = await EvaluationCycle.collection.insertOne({ ...legacy });
    const id = String(insertedId);
    await request(app).post(api(`/evaluation-cycles/${id}/open`)).set('Authorization', auth).expect(200);
    const before = (await request(app).get(api(`/evaluation-cycles/${id}/results`)).set('Authorization', auth).expect(200)).body;
    expect(before).to.include({ rulesFrozen: true });
    expect(before.rules.minimums).to.deep.equal({ mentor: 2, resident: 30, department: 1 });
    expect(before.rules.awards).to.deep.equal({ total: 53, quotaMode: 'district', noticeWorkingDays: 5, quotas: null });

    const minimums = DEFAULT_MINIMUMS as Record<string, number>;
    const awards = DEFAULT_AWARD_SETTINGS as AwardSettings;
    minimums.resident = 5;
    awards.total = 10;
    try {
      const after = (await request(app).get(api(`/evaluation-cycles/${id}/results`)).set('Authorization', auth).expect(200)).body;
      expect(after.rules).to.deep.equal(before.rules);
      expect(after.rulesHash).to.equal(before.rulesHash);
      expect(after.cycle.minimums.resident).to.equal(30);
      await request(app).post(api(`/evaluation-cycles/${id}/close`)).set('Authorization', auth).expect(200);
      expect((await EvaluationResults.findById(id).lean())!.rulesHash).to.equal(before.rulesHash);
      const draft = String((await EvaluationCycle.collection.insertOne({ ...legacy })).insertedId);
      const draftResults = (await request(app).get(api(`/evaluation-cycles/${draft}/results`)).set('Authorization', auth).expect(200)).body;
      expect(draftResults).to.include({ rulesFrozen: false });
      expect(draftResults.rules.minimums.resident).to.equal(5);
      expect(draftResults.rules.awards.total).to.equal(10);
    } finally {
      minimums.resident = 30;
      awards.total = 53;
    }
  });
});

describe('the 最美书记 list and its 公示', () => {
  it('when an admin publishes the list, then each street fills its quota in order, the 证据不足 secretary is out, and the public notice shows names, units, scores and the end after 5 working days', async () => {
    const { list, noticeId, secs } = await publishedList();
    expect(list).to.include({ status: 'notice', total: 4, quotaMode: 'street', noticeWorkingDays: 5 });
    expect(placesOf(list)).to.deep.equal([[1, '书记甲'], [2, '书记丁'], [3, '书记乙'], [4, '书记戊']]);
    expect(list.notices[0]).to.include({ n: 1, lastDay: '2026-11-27', endsAt: '2026-11-27T15:59:59.999Z', open: true });
    expect(list.rulesHash).to.match(/^[0-9a-f]{16}$/);

    const notice = await request(app).get(api(`/public/award-notices/${noticeId}`)).expect(200);
    expect(notice.body).to.include({ lastDay: '2026-11-27', endsAt: '2026-11-27T15:59:59.999Z', open: true, workingDays: 5 });
    expect(notice.body.howToObject).to.include('公示期内');
    expect(notice.body.candidates.map((c: { displayName: string }) => c.displayName)).to.deep.equal(['书记甲', '书记丁', '书记乙', '书记戊']);
    expect(notice.body.candidates[0]).to.deep.equal({ candidateId: secs['甲'], place: 1, displayName: '书记甲', communityName: '居委1-1', streetName: '街道1', final: 95 });
    expect(JSON.stringify(notice.body)).not.to.include(secs['己']);
  });

  it('when the list is published before the cycle closes, or twice, then 409 and one list', async () => {
    const c = await scoredCycle();
    const early = await request(app).post(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', c.auth).send({});
    expect([early.status, early.body.error.code]).to.deep.equal([409, 'results_not_frozen']);
    await request(app).post(api(`/evaluation-cycles/${c.id}/close`)).set('Authorization', c.auth).expect(200);
    const twice = await Promise.all([0, 1, 2].map(() => request(app).post(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', c.auth).send({})));
    expect(twice.map((r) => r.status).sort()).to.deep.equal([201, 409, 409]);
    expect(await AwardNotice.countDocuments({})).to.equal(1);
  });

  it('when an objection is sent with a name and contact, then it is stored for the admins only and no public answer repeats them', async () => {
    const { id, auth, noticeId, secs } = await publishedList();
    const sent = await object(app, noticeId, { candidateId: secs['乙'], reason: '该书记任期内有群众反映的问题未整改', name: '王某某', contact: '13900000000' });
    expect(sent.status, JSON.stringify(sent.body)).to.equal(201);
    expect(sent.body).to.include({ candidateId: secs['乙'], status: 'received' });
    const publicNotice = await request(app).get(api(`/public/award-notices/${noticeId}`)).expect(200);
    for (const body of [sent.body, publicNotice.body]) {
      expect(JSON.stringify(body)).not.to.include('王某某');
      expect(JSON.stringify(body)).not.to.include('13900000000');
      expect(JSON.stringify(body)).not.to.include('任期内');
    }
    const admin = await request(app).get(api(`/evaluation-cycles/${id}/award-list/objections`)).set('Authorization', auth).expect(200);
    expect(admin.body.items).to.have.length(1);
    expect(admin.body.items[0]).to.include({ name: '王某某', contact: '13900000000', candidateName: '书记乙', status: 'open' });
    const anonymous = await object(app, noticeId, { candidateId: secs['甲'], reason: '反映情况需要核实' });
    expect(anonymous.status).to.equal(201);
    expect((await AwardObjection.findById(anonymous.body.id).lean())!).to.include({ name: null, contact: null });
  });

  it('when an objection comes after 24:00 on the last working day, then 409 notice_closed; at 23:59 it is taken', async () => {
    const { noticeId, secs } = await publishedList();
    const body = { candidateId: secs['甲'], reason: '反映情况需要核实' };
    expect((await object(at(LAST_MINUTE), noticeId, body)).status).to.equal(201);
    const late = await object(at(AFTER_NOTICE), noticeId, body);
    expect([late.status, late.body.error.code]).to.deep.equal([409, 'notice_closed']);
    expect(late.body.error.message).to.include('公示期');
    expect(await AwardObjection.countDocuments({})).to.equal(1);
  });

  it('when an objection is upheld, then the candidate leaves, the next eligible secretary of the same street takes the place with a new 5-day notice, and a street with nobody left keeps the place empty', async () => {
    const c = await publishedList();
    const objection = (await object(app, c.noticeId, { candidateId: c.secs['乙'], reason: '反映情况需要核实' }).expect(201)).body;
    const decisionDay = at('2026-11-25T15:00:00+08:00');
    const upheld = await decide(c, objection.id, 'upheld', decisionDay);
    expect(upheld.status, JSON.stringify(upheld.body)).to.equal(200);
    expect(upheld.body.objection).to.deep.include({ status: 'upheld', candidateName: '书记乙' });
    expect(upheld.body.replacement).to.include({ place: 3, secretaryId: c.secs['丙'], displayName: '书记丙', lastDay: '2026-12-02' });

    const view = (await request(decisionDay).get(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', c.auth).expect(200)).body;
    expect(placesOf(view)).to.deep.equal([[1, '书记甲'], [2, '书记丁'], [3, '书记丙'], [4, '书记戊']]);
    expect(view.notices.map((n: { n: number; lastDay: string }) => [n.n, n.lastDay])).to.deep.equal([[1, '2026-11-27'], [2, '2026-12-02']]);
    const second = (await request(decisionDay).get(api(`/public/award-notices/${upheld.body.replacement.noticeId}`)).expect(200)).body;
    expect(second.candidates.map((x: { place: number; displayName: string }) => [x.place, x.displayName])).to.deep.equal([[3, '书记丙']]);
    const first = (await request(decisionDay).get(api(`/public/award-notices/${c.noticeId}`)).expect(200)).body;
    expect(first.candidates.map((x: { displayName: string }) => x.displayName)).to.deep.equal(['书记甲', '书记丁', '书记戊']);
    const gone = await object(decisionDay, c.noticeId, { candidateId: c.secs['乙'], reason: '反映情况需要核实' });
    expect([gone.status, gone.body.error.code]).to.deep.equal([409, 'candidate_withdrawn']);

    const againstDing = (await object(decisionDay, c.noticeId, { candidateId: c.secs['丁'], reason: '反映情况需要核实' }).expect(201)).body;
    const vacated = await decide(c, againstDing.id, 'upheld', decisionDay);
    expect(vacated.body.replacement).to.equal(null);
    expect(vacated.body.removal).to.include({ place: 2, secretaryId: c.secs['丁'] });
    const after = (await request(decisionDay).get(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', c.auth).expect(200)).body;
    expect(placesOf(after)).to.deep.equal([[1, '书记甲'], [3, '书记丙'], [4, '书记戊']]);
    expect(after.vacant).to.deep.equal([2]);
  });

  it('when admins decide one objection in parallel, then exactly one decision stands and an upheld one replaces the candidate once', async () => {
    const c = await publishedList();
    const objection = (await object(app, c.noticeId, { candidateId: c.secs['甲'], reason: '反映情况需要核实' }).expect(201)).body;
    const answers = await Promise.all(['upheld', 'rejected', 'upheld', 'rejected', 'upheld', 'upheld'].map((d) => decide(c, objection.id, d)));
    const won = answers.filter((r) => r.status === 200);
    expect(won).to.have.length(1);
    expect(answers.filter((r) => r.status === 409).every((r) => r.body.error.code === 'objection_decided')).to.equal(true);
    expect(await Transition.countDocuments({ _id: `award-objection:${objection.id}:decided` })).to.equal(1);
    const upheld = won[0].body.objection.status === 'upheld';
    expect(await AwardNotice.countDocuments({})).to.equal(upheld ? 2 : 1);
    const again = await decide(c, objection.id, 'rejected');
    expect([again.status, again.body.error.code]).to.deep.equal([409, 'objection_decided']);
  });

  it('when the notice has ended with no open objection, then the list is final and exports; an objection still open keeps it under review', async () => {
    const c = await publishedList();
    const during = await getWorkbook(app, api(`/evaluation-cycles/${c.id}/award-list/export.xlsx`), c.auth);
    expect(during.status).to.equal(409);
    const objection = (await object(at(LAST_MINUTE), c.noticeId, { candidateId: c.secs['戊'], reason: '反映情况需要核实' }).expect(201)).body;
    const ended = at(AFTER_NOTICE);
    const review = (await request(ended).get(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', c.auth).expect(200)).body;
    expect(review).to.include({ status: 'review', finalSince: null });
    expect(review.objections).to.deep.equal({ total: 1, open: 1 });
    expect((await getWorkbook(ended, api(`/evaluation-cycles/${c.id}/award-list/export.xlsx`), c.auth)).status).to.equal(409);

    await decide(c, objection.id, 'rejected', ended).expect(200);
    const final = (await request(ended).get(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', c.auth).expect(200)).body;
    expect(final.status).to.equal('final');
    expect(placesOf(final)).to.deep.equal([[1, '书记甲'], [2, '书记丁'], [3, '书记乙'], [4, '书记戊']]);
    const { status, workbook } = await getWorkbook(ended, api(`/evaluation-cycles/${c.id}/award-list/export.xlsx`), c.auth);
    expect(status).to.equal(200);
    const sheet = workbook.getWorksheet('最美书记名单')!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).to.deep.equal(['名额', '书记', '居村', '街镇', '综合得分', '公示截止']);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).to.deep.equal([1, '书记甲', '居委1-1', '街道1', 95, '2026-11-27']);
    expect(sheet.rowCount).to.equal(6);
  });

  it('when the district-wide list is asked for by others, then only admins manage it and the public reads the notice and objects without login', async () => {
    const c = await publishedList({ total: 2 });
    expect(placesOf(c.list)).to.deep.equal([[1, '书记甲'], [2, '书记丁']]);
    const secretary = bearer({ _id: c.secs['甲'] });
    const evaluator = bearer(await createUser({ role: 'evaluator' }));
    for (const who of [secretary, evaluator]) {
      expect((await request(app).get(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', who)).status).to.equal(403);
      expect((await request(app).post(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', who).send({})).status).to.equal(403);
      expect((await request(app).get(api(`/evaluation-cycles/${c.id}/award-list/objections`)).set('Authorization', who)).status).to.equal(403);
    }
    expect((await request(app).get(api(`/evaluation-cycles/${c.id}/award-list`))).status).to.equal(401);
    const objection = (await object(app, c.noticeId, { candidateId: c.secs['丁'], reason: '反映情况需要核实' }).expect(201)).body;
    const byEvaluator = await request(app).post(api(`/evaluation-cycles/${c.id}/award-list/objections/${objection.id}/decision`)).set('Authorization', evaluator).send({ decision: 'upheld', investigation: '核实' });
    expect(byEvaluator.status).to.equal(403);
    expect(await Transition.countDocuments({ _id: `award-objection:${objection.id}:decided` })).to.equal(0);
  });

  it('when inputs are malformed or unknown, then 400 or 404 with the field named, never 500', async () => {
    const c = await publishedList();
    const cases: Array<[PromiseLike<{ status: number; body: { error?: { code: string } } }>, number, string]> = [
      [object(app, c.noticeId, { candidateId: c.secs['甲'], reason: '短' }), 400, 'validation_failed'],
      [object(app, c.noticeId, { candidateId: 'nope', reason: '反映情况需要核实' }), 400, 'validation_failed'],
      [object(app, c.noticeId, { candidateId: c.secs['己'], reason: '反映情况需要核实' }), 400, 'not_a_candidate'],
      [object(app, c.noticeId, { candidateId: c.secs['甲'], reason: '反映情况需要核实', extra: 1 }), 400, 'validation_failed'],
      [object(app, '0123456789abcdef01234567', { candidateId: c.secs['甲'], reason: '反映情况需要核实' }), 404, 'not_found'],
      [object(app, 'not-an-id', { candidateId: c.secs['甲'], reason: '反映情况需要核实' }), 400, 'validation_failed'],
      [request(app).get(api('/public/award-notices/0123456789abcdef01234567')), 404, 'not_found'],
      [request(app).post(api(`/evaluation-cycles/${c.id}/award-list/objections/0123456789abcdef01234567/decision`)).set('Authorization', c.auth).send({ decision: 'upheld', investigation: '核实情况' }), 404, 'not_found'],
      [request(app).post(api(`/evaluation-cycles/${c.id}/award-list/objections/0123456789abcdef01234567/decision`)).set('Authorization', c.auth).send({ decision: 'maybe', investigation: '核实情况' }), 400, 'validation_failed'],
      [request(app).post(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', c.auth).send({ holidays: ['2026-02-30'] }), 400, 'validation_failed'],
      [request(app).put(api(`/evaluation-cycles/${c.id}/award-settings`)).set('Authorization', c.auth).send({ total: 0 }), 400, 'validation_failed'],
      [request(app).put(api(`/evaluation-cycles/${c.id}/award-settings`)).set('Authorization', c.auth).send({}), 400, 'validation_failed'],
      [request(app).get(api('/evaluation-cycles/0123456789abcdef01234567/award-list')).set('Authorization', c.auth), 404, 'not_found'],
    ];
    for (const [pending, status, code] of cases) {
      const res = await pending;
      expect([res.status, res.body.error?.code], JSON.stringify(res.body)).to.deep.equal([status, code]);
    }
    const bad = await request(app).post(api('/evaluation-cycles')).set('Authorization', c.auth).send({ year: 2026, name: '错误设置', awards: { quotaMode: 'county' } });
    expect([bad.status, bad.body.error.details[0].path]).to.deep.equal([400, 'awards.quotaMode']);
  });

  it('when one address sends objections faster than its budget, then 429 and nothing more is stored', async () => {
    const limited = testApp({ clock: () => TEST_NOW, env: { PUBLIC_RATE_LIMIT: '24' } });
    const c = await publishedList();
    const body = { candidateId: c.secs['甲'], reason: '反映情况需要核实' };
    expect((await object(limited, c.noticeId, body)).status).to.equal(201);
    expect((await object(limited, c.noticeId, body)).status).to.equal(201);
    const third = await object(limited, c.noticeId, body);
    expect([third.status, third.body.error.code]).to.deep.equal([429, 'rate_limited']);
    expect(await AwardObjection.countDocuments({})).to.equal(2);
  });
});
