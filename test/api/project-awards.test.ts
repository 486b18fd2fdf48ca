import { expect } from 'chai';
import { Types } from 'mongoose';
import { AwardList, AwardNotice } from '../../models/award.model.js';
import { OrgUnit, type OrgUnitDoc } from '../../models/org-unit.model.js';
import { Project } from '../../models/project.model.js';
import type { UserDoc } from '../../models/user.model.js';
import { getWorkbook, request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

// TEST_NOW is Friday 2026-11-20 10:00 in Shanghai: a 5-working-day notice runs to 24:00 on Friday 11-27.
const app = testApp({ clock: () => TEST_NOW });
const at = (iso: string) => testApp({ clock: () => new Date(iso) });
const DECISION_DAY = '2026-11-25T15:00:00+08:00';
const AFTER_NOTICE = '2026-11-28T00:00:00+08:00';
const AFTER_SECOND_NOTICE = '2026-12-03T00:00:00+08:00';
const api = (path: string) => `/api/v1${path}`;

/**
 * Street 1 has 3 communities, street 2 has 2: 4 places by street → 2 and 2. Paper votes (count, total)
 * for 2026, minimum 10 votes. Street 1: 甲 (40, 200), 乙 and 丙 exactly tied (40, 180 each), 丁 (20, 80),
 * 少 (5, 25: a high average on too few votes). Street 2: 戊 (30, 135), 己 (30, 120), 庚 (10, 40: the minimum).
 * Overall order: 甲, [少 excluded], 乙 = 丙 (the smaller project id first), 戊, 庚, 丁, 己.
 */
const PLAN: Array<[string, number, number, number]> = [
  ['甲', 0, 40, 200], ['乙', 1, 40, 180], ['丙', 2, 40, 180], ['丁', 0, 20, 80], ['少', 1, 5, 25],
  ['戊', 3, 30, 135], ['己', 4, 30, 120], ['庚', 3, 10, 40],
];

async function createProject(owner: UserDoc, community: OrgUnitDoc, title: string, _id: Types.ObjectId) {
  await Project.create({
    _id, ownerId: owner._id, communityId: community._id, streetId: community.streetId, districtId: community.districtId, title,
    categoryKey: 'elevator', goal: '解决居民急难愁盼', startDate: new Date('2026-03-01T00:00:00+08:00'), status: 'active',
  });
  return String(_id);
}

/**
 * The projects are created in `order`; their ids are handed out so that 丙, created before 乙, still
 * has the larger id: the tie between them is settled by id, not by which came first.
 */
async function votedCycle(order: string[], projectAwards: Record<string, unknown> = { total: 4, quotaMode: 'street', minVotes: 10 }) {
  const { streets, communities } = await createOrgTree(2, 2);
  const extra = (await OrgUnit.create({ code: `X${streets[0].code}`, name: '居委X', level: 'community', kind: 'residential', parentId: streets[0]._id, streetId: streets[0]._id, districtId: streets[0].districtId })).toObject() as OrgUnitDoc;
  const units = [communities[0], communities[1], extra, communities[2], communities[3]];
  const admin = await createUser({ role: 'admin' });
  const auth = bearer(admin);
  const ids = PLAN.map(() => new Types.ObjectId()).sort((a, b) => (String(a) < String(b) ? -1 : 1));
  const idOf = new Map(PLAN.map(([name], i) => [name, ids[i]]));
  const projects: Record<string, string> = {};
  for (const name of order) {
    const [, unit] = PLAN.find((p) => p[0] === name)!;
    projects[name] = await createProject(await createMentee(units[unit], { displayName: `书记${name}` }), units[unit], `项目${name}`, idOf.get(name)!);
  }
  for (const name of order) {
    const [, , count, total] = PLAN.find((p) => p[0] === name)!;
    await request(app).post(api('/projects/votes/offline')).set('Authorization', auth).send({ projectId: projects[name], count, total, cycle: '2026' }).expect(201);
  }
  const id = (await request(app).post(api('/evaluation-cycles')).set('Authorization', auth)
    .send({ year: 2026, name: '2026 年度组织力评估', residentVerification: 'none', projectAwards }).expect(201)).body._id as string;
  await request(app).post(api(`/evaluation-cycles/${id}/open`)).set('Authorization', auth).expect(200);
  return { id, auth, projects };
}

async function publishedList(order = PLAN.map((p) => p[0]), projectAwards?: Record<string, unknown>) {
  const c = await votedCycle(order, projectAwards);
  await request(app).post(api(`/evaluation-cycles/${c.id}/close`)).set('Authorization', c.auth).expect(200);
  const list = await request(app).post(api(`/evaluation-cycles/${c.id}/project-award-list`)).set('Authorization', c.auth).send({});
  expect(list.status, JSON.stringify(list.body)).to.equal(201);
  return { ...c, list: list.body, noticeId: list.body.notices[0].id as string };
}

const titles = (body: { places: Array<{ place: number; title: string }> }) => body.places.map((p) => [p.place, p.title]);
const object = (client: ReturnType<typeof testApp>, noticeId: string, candidateId: string) =>
  request(client).post(api(`/public/award-notices/${noticeId}/objections`)).send({ candidateId, reason: '反映项目实际效果与宣传不符' });
const decide = (c: { id: string; auth: string }, objectionId: string, decision: string, client = app) =>
  request(client).post(api(`/evaluation-cycles/${c.id}/project-award-list/objections/${objectionId}/decision`)).set('Authorization', c.auth).send({ decision, investigation: '经实地走访核实' });

describe('the 最受群众欢迎项目 list and its 公示', () => {
  for (const order of [PLAN.map((p) => p[0]), ['庚', '丙', '己', '少', '甲', '戊', '乙', '丁']]) {
    it(`when an admin publishes it (projects and votes entered ${order.join('')}), then each street fills its quota by the frozen ranking, the tie goes to the smaller project id, and the project below the minimum votes is out`, async () => {
      const { list, projects } = await publishedList(order);
      expect(list).to.include({ kind: 'project', label: '最受群众欢迎项目', status: 'notice', total: 4, quotaMode: 'street', noticeWorkingDays: 5 });
      expect(titles(list)).to.deep.equal([[1, '项目甲'], [2, '项目乙'], [3, '项目戊'], [4, '项目庚']]);
      expect(list.places[0]).to.include({ projectId: projects['甲'], communityName: '居委1-1', streetName: '街道1', votes: 40, average: 5 });
      expect(list.tieBreak).to.include('票数');
      expect(list.eligibility).to.include('10 票');
      expect(list.ranking).to.include({ votesCycle: '2026', minVotes: 10 });
      expect(list.ranking.excluded).to.deep.equal([{ projectId: projects['少'], displayName: '项目少', final: list.ranking.excluded[0].final, votes: 5, reason: list.ranking.excluded[0].reason }]);
      expect(list.ranking.excluded[0].reason).to.include('票数不足');
      expect(list.ranking.excluded[0].final).to.be.above(list.places[1].score);
    });
  }

  it('when the list is published before the cycle closes, or twice, then 409; votes after publication change nothing', async () => {
    const c = await votedCycle(PLAN.map((p) => p[0]));
    const early = await request(app).post(api(`/evaluation-cycles/${c.id}/project-award-list`)).set('Authorization', c.auth).send({});
    expect([early.status, early.body.error.code]).to.deep.equal([409, 'results_not_frozen']);
    await request(app).post(api(`/evaluation-cycles/${c.id}/close`)).set('Authorization', c.auth).expect(200);
    const twice = await Promise.all([0, 1, 2].map(() => request(app).post(api(`/evaluation-cycles/${c.id}/project-award-list`)).set('Authorization', c.auth).send({})));
    expect(twice.map((r) => r.status).sort()).to.deep.equal([201, 409, 409]);
    expect(twice.find((r) => r.status === 409)!.body.error.message).to.include('最受群众欢迎项目');

    await request(app).post(api('/projects/votes/offline')).set('Authorization', c.auth).send({ projectId: c.projects['丁'], count: 500, total: 2500, cycle: '2026' }).expect(201);
    const view = (await request(app).get(api(`/evaluation-cycles/${c.id}/project-award-list`)).set('Authorization', c.auth).expect(200)).body;
    expect(titles(view)).to.deep.equal([[1, '项目甲'], [2, '项目乙'], [3, '项目戊'], [4, '项目庚']]);
  });

  it('when the public reads the notice, then it shows each project with community, street, score and votes, and how to object', async () => {
    const { noticeId, projects, list } = await publishedList();
    const notice = (await request(app).get(api(`/public/award-notices/${noticeId}`)).expect(200)).body;
    expect(notice).to.include({ kind: 'project', label: '最受群众欢迎项目', lastDay: '2026-11-27', open: true, workingDays: 5 });
    expect(notice.title).to.include('最受群众欢迎项目');
    expect(notice.howToObject).to.include('公示期内');
    expect(notice.candidates[0]).to.deep.equal({
      candidateId: projects['甲'], place: 1, title: '项目甲', communityName: '居委1-1', streetName: '街道1', score: list.places[0].score, votes: 40, average: 5,
    });
    expect(JSON.stringify(notice)).not.to.include(projects['少']);
  });

  it('when an objection is upheld, then the project leaves and the next eligible one of its street (the tie loser) takes the place with a new notice; the list is final after that notice and exports', async () => {
    const c = await publishedList();
    const objection = (await object(app, c.noticeId, c.projects['乙']).expect(201)).body;
    const upheld = await decide(c, objection.id, 'upheld', at(DECISION_DAY));
    expect(upheld.status, JSON.stringify(upheld.body)).to.equal(200);
    expect(upheld.body.objection).to.deep.include({ status: 'upheld', candidateName: '项目乙' });
    expect(upheld.body.replacement).to.include({ place: 2, projectId: c.projects['丙'], displayName: '项目丙', lastDay: '2026-12-02' });
    expect(upheld.body.removal).to.include({ place: 2, projectId: c.projects['乙'] });

    const second = (await request(at(DECISION_DAY)).get(api(`/public/award-notices/${upheld.body.replacement.noticeId}`)).expect(200)).body;
    expect(second.candidates.map((x: { place: number; title: string }) => [x.place, x.title])).to.deep.equal([[2, '项目丙']]);
    const gone = await object(at(DECISION_DAY), c.noticeId, c.projects['乙']);
    expect([gone.status, gone.body.error.code]).to.deep.equal([409, 'candidate_withdrawn']);
    expect(gone.body.error.message).to.include('该项目');

    const mid = (await request(at(AFTER_NOTICE)).get(api(`/evaluation-cycles/${c.id}/project-award-list`)).set('Authorization', c.auth).expect(200)).body;
    expect(mid.status).to.equal('notice');
    expect((await getWorkbook(at(AFTER_NOTICE), api(`/evaluation-cycles/${c.id}/project-award-list/export.xlsx`), c.auth)).status).to.equal(409);

    const ended = at(AFTER_SECOND_NOTICE);
    const final = (await request(ended).get(api(`/evaluation-cycles/${c.id}/project-award-list`)).set('Authorization', c.auth).expect(200)).body;
    expect(final).to.include({ status: 'final' });
    expect(titles(final)).to.deep.equal([[1, '项目甲'], [2, '项目丙'], [3, '项目戊'], [4, '项目庚']]);
    const { status, workbook } = await getWorkbook(ended, api(`/evaluation-cycles/${c.id}/project-award-list/export.xlsx`), c.auth);
    expect(status).to.equal(200);
    const sheet = workbook.getWorksheet('最受群众欢迎项目名单')!;
    expect(String(sheet.getRow(1).getCell(1).value)).to.include('最受群众欢迎项目名单');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).to.deep.equal(['名额', '项目', '居村', '街镇', '综合得分', '票数', '公示截止']);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).to.deep.equal([2, '项目丙', '居委X', '街道1', final.places[1].score, 40, '2026-12-02']);
    expect(sheet.rowCount).to.equal(6);
  });

  it('when both honours are published for one cycle, then each has its own list, notices and objections, and the 最美书记 paths answer the secretary list', async () => {
    const c = await publishedList(undefined, { total: 2, minVotes: 10 });
    expect(titles(c.list)).to.deep.equal([[1, '项目甲'], [2, '项目乙']]);
    const secretaries = await request(app).post(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', c.auth).send({});
    expect(secretaries.status, JSON.stringify(secretaries.body)).to.equal(201);
    expect(secretaries.body).to.include({ kind: 'secretary', total: 53 });
    expect(await AwardList.countDocuments({})).to.equal(2);
    expect(await AwardNotice.countDocuments({})).to.equal(2);
    const secretaryNotice = (await request(app).get(api(`/public/award-notices/${secretaries.body.notices[0].id}`)).expect(200)).body;
    expect(secretaryNotice).to.include({ kind: 'secretary' });
    expect(secretaryNotice.title).to.include('最美书记');

    await object(app, c.noticeId, c.projects['甲']).expect(201);
    const projectObjections = (await request(app).get(api(`/evaluation-cycles/${c.id}/project-award-list/objections`)).set('Authorization', c.auth).expect(200)).body;
    const secretaryObjections = (await request(app).get(api(`/evaluation-cycles/${c.id}/award-list/objections`)).set('Authorization', c.auth).expect(200)).body;
    expect(projectObjections.items.map((o: { candidateName: string }) => o.candidateName)).to.deep.equal(['项目甲']);
    expect(secretaryObjections.items).to.deep.equal([]);
    const viaSecretaryPath = await request(app).post(api(`/evaluation-cycles/${c.id}/award-list/objections/${projectObjections.items[0].id}/decision`)).set('Authorization', c.auth).send({ decision: 'rejected', investigation: '核实情况' });
    expect([viaSecretaryPath.status, viaSecretaryPath.body.error.code]).to.deep.equal([404, 'not_found']);
  });

  it('when a list was stored before project lists existed (candidates under secretaryId), then it reads, takes objections and decides as before', async () => {
    const c = await publishedList(undefined, { total: 2, minVotes: 10 });
    const legacy = <T extends { candidateId?: string }>({ candidateId, ...rest }: T) => ({ ...rest, secretaryId: candidateId });
    const list = (await AwardList.collection.findOne({ cycleId: new Types.ObjectId(c.id) }))!;
    await AwardList.collection.replaceOne({ _id: list._id }, { ...list, key: `${c.id}:secretary`, kind: 'secretary', pool: list.pool.map(legacy) });
    const notice = (await AwardNotice.collection.findOne({ listId: list._id }))!;
    await AwardNotice.collection.replaceOne({ _id: notice._id }, { ...notice, places: notice.places.map(legacy), holders: notice.holders.map(legacy) });

    const view = (await request(app).get(api(`/evaluation-cycles/${c.id}/award-list`)).set('Authorization', c.auth).expect(200)).body;
    expect(view.places.map((p: { place: number; secretaryId: string; displayName: string }) => [p.place, p.secretaryId, p.displayName]))
      .to.deep.equal([[1, c.projects['甲'], '项目甲'], [2, c.projects['乙'], '项目乙']]);
    expect(view.notices[0].places).to.deep.equal([{ place: 1, secretaryId: c.projects['甲'] }, { place: 2, secretaryId: c.projects['乙'] }]);
    const objection = (await object(app, c.noticeId, c.projects['乙']).expect(201)).body;
    const upheld = await request(app).post(api(`/evaluation-cycles/${c.id}/award-list/objections/${objection.id}/decision`)).set('Authorization', c.auth).send({ decision: 'upheld', investigation: '经实地走访核实' });
    expect(upheld.status, JSON.stringify(upheld.body)).to.equal(200);
    expect(upheld.body.replacement).to.include({ place: 2, secretaryId: c.projects['丙'] });
  });

  it('when others ask, then only admins manage the project list; settings are frozen when the cycle opens', async () => {
    const c = await publishedList();
    const evaluator = bearer(await createUser({ role: 'evaluator' }));
    expect((await request(app).get(api(`/evaluation-cycles/${c.id}/project-award-list`)).set('Authorization', evaluator)).status).to.equal(403);
    expect((await request(app).post(api(`/evaluation-cycles/${c.id}/project-award-list`)).set('Authorization', evaluator).send({})).status).to.equal(403);
    expect((await request(app).get(api(`/evaluation-cycles/${c.id}/project-award-list`))).status).to.equal(401);
    const quotas = (await request(app).get(api(`/evaluation-cycles/${c.id}/project-award-quotas`)).set('Authorization', c.auth).expect(200)).body;
    expect(quotas).to.include({ frozen: true, total: 4, quotaMode: 'street', minVotes: 10, noticeWorkingDays: 5 });
    expect(quotas.quotas.map((q: { quota: number }) => q.quota)).to.deep.equal([2, 2]);
    const edit = await request(app).put(api(`/evaluation-cycles/${c.id}/project-award-settings`)).set('Authorization', c.auth).send({ minVotes: 1 });
    expect([edit.status, edit.body.error.code]).to.deep.equal([409, 'rules_frozen']);
  });

  it('when a draft cycle is given project settings, then they are validated, kept, and default to 18 places and 30 votes', async () => {
    const auth = bearer(await createUser({ role: 'admin' }));
    const id = (await request(app).post(api('/evaluation-cycles')).set('Authorization', auth).send({ year: 2026, name: '草稿周期' }).expect(201)).body._id as string;
    const defaults = (await request(app).get(api(`/evaluation-cycles/${id}/project-award-quotas`)).set('Authorization', auth).expect(200)).body;
    expect(defaults).to.include({ frozen: false, total: 18, quotaMode: 'district', minVotes: 30, noticeWorkingDays: 5, quotas: null });
    await request(app).put(api(`/evaluation-cycles/${id}/project-award-settings`)).set('Authorization', auth).send({ minVotes: 50, total: 20 }).expect(200);
    const after = (await request(app).get(api(`/evaluation-cycles/${id}/project-award-quotas`)).set('Authorization', auth).expect(200)).body;
    expect(after).to.include({ total: 20, minVotes: 50 });
    const secretaryPlaces = (await request(app).get(api(`/evaluation-cycles/${id}/award-quotas`)).set('Authorization', auth).expect(200)).body;
    expect(secretaryPlaces).to.include({ total: 53 });
    const bad = await request(app).put(api(`/evaluation-cycles/${id}/project-award-settings`)).set('Authorization', auth).send({ minVotes: 0 });
    expect([bad.status, bad.body.error.code]).to.deep.equal([400, 'validation_failed']);
    const noMinOnSecretary = await request(app).put(api(`/evaluation-cycles/${id}/award-settings`)).set('Authorization', auth).send({ minVotes: 5 });
    expect(noMinOnSecretary.status).to.equal(400);
  });
});
