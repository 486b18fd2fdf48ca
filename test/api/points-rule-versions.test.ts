import { expect } from 'chai';
import { PointsEntry, PointsRule, PointsRuleVersion } from '../../models/points.model.js';
import { request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { activityWorld, as } from '../factories/activities.js';
import { bearer } from '../factories/users.js';

let now = TEST_NOW;
const app = testApp({ clock: () => now });
let keySeq = 0;

const award = (w: Awaited<ReturnType<typeof activityWorld>>, occurredAt: string, ruleKey = 'micro_lesson', quantity = 1) =>
  request(app).post('/api/v1/points/entries').set('Authorization', bearer(w.secretary)).set('Idempotency-Key', `versions-${process.pid}-${++keySeq}`)
    .send({ memberId: String(w.members[0]._id), ruleKey, occurredAt, quantity });

describe('points rules: versions', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when a rule was never edited, then it is version 1 from the beginning and entries record version 1', async () => {
    const w = await activityWorld();
    const versions = await as(app, w.members[0]).get('/points/rules/micro_lesson/versions');
    expect(versions.status).to.equal(200);
    expect(versions.body).to.deep.equal({
      key: 'micro_lesson', name: '讲授微党课', current: 1,
      items: [{ version: 1, effectiveFrom: null, points: 10, unit: 'event', monthlyCap: 20 }],
    });
    const res = await award(w, '2026-11-02');
    expect(res.body).to.include({ points: 10, ruleVersion: 1 });
    expect(await PointsRuleVersion.countDocuments({})).to.equal(0);
    expect((await as(app, w.admin).get('/points/rules/no_such_rule/versions')).status).to.equal(404);
  });

  it('when points change from a later day, then awards use the version in force on their occurredAt day and past entries stay as written', async () => {
    const w = await activityWorld();
    const before = await award(w, '2026-11-19');
    const patch = await as(app, w.admin).patch('/points/rules/micro_lesson', { points: 15, monthlyCap: null, effectiveFrom: '2026-11-25' });
    expect(patch.status, JSON.stringify(patch.body)).to.equal(200);
    expect(patch.body).to.include({ key: 'micro_lesson', points: 10, version: 1 }); // in force today (11-20)
    expect(patch.body.createdVersion).to.deep.equal({ version: 2, effectiveFrom: '2026-11-25', points: 15, unit: 'event', monthlyCap: null });

    now = new Date('2026-11-26T10:00:00+08:00');
    expect((await award(w, '2026-11-24')).body).to.include({ points: 10, ruleVersion: 1 });
    expect((await award(w, '2026-11-25')).body).to.deep.include({ points: 15, pointsPerUnit: 15, ruleVersion: 2 });
    const stored = await PointsEntry.findById(before.body._id).lean();
    expect(stored).to.include({ points: 10, pointsPerUnit: 10, ruleVersion: 1 });

    const list = await as(app, w.secretary).get('/points/rules');
    expect(list.body.items.find((r: { key: string }) => r.key === 'micro_lesson')).to.include({ points: 15, version: 2 });
    const versions = await as(app, w.secretary).get('/points/rules/micro_lesson/versions');
    expect(versions.body.current).to.equal(2);
    expect(versions.body.items.map((v: { version: number; effectiveFrom: string | null; points: number }) => [v.version, v.effectiveFrom, v.points]))
      .to.deep.equal([[1, null, 10], [2, '2026-11-25', 15]]);
    expect(String(versions.body.items[1].createdById)).to.equal(String(w.admin._id));
    expect((await PointsRule.findById('micro_lesson').lean())!.points).to.equal(10); // the rule document stays version 1
  });

  it('when points and cap change today, then today\'s awards follow them, earlier days keep the old ones, and a name change makes no version', async () => {
    const w = await activityWorld();
    await as(app, w.admin).patch('/points/rules/volunteer_hour', { points: 2, monthlyCap: 6 });
    const overCap = await award(w, '2026-11-20', 'volunteer_hour', 4);
    expect(overCap.status).to.equal(409);
    expect(overCap.body.error).to.deep.include({ code: 'monthly_cap', details: [{ cap: 6, requested: 8 }] });
    expect((await award(w, '2026-11-20', 'volunteer_hour', 3)).body).to.include({ points: 6, ruleVersion: 2 });
    // The 19th is still under version 1 (1 point an hour, cap 20): the month's running total 6 + 5 fits that cap.
    expect((await award(w, '2026-11-19', 'volunteer_hour', 5)).body).to.include({ points: 5, ruleVersion: 1 });
    const renamed = await as(app, w.admin).patch('/points/rules/volunteer_hour', { name: '志愿服务' });
    expect(renamed.body).to.include({ name: '志愿服务', version: 2, points: 2 });
    expect(await PointsRuleVersion.countDocuments({ ruleKey: 'volunteer_hour' })).to.equal(2);
  });

  it('when two edits race, then each gets its own version number', async () => {
    const w = await activityWorld();
    const [a, b] = await Promise.all([
      as(app, w.admin).patch('/points/rules/study_discussion', { points: 4 }),
      as(app, w.admin).patch('/points/rules/study_discussion', { points: 5 }),
    ]);
    expect([a.status, b.status]).to.deep.equal([200, 200]);
    expect([a.body.createdVersion.version, b.body.createdVersion.version].sort()).to.deep.equal([2, 3]);
    const versions = await as(app, w.admin).get('/points/rules/study_discussion/versions');
    expect(versions.body.items.map((v: { version: number }) => v.version)).to.deep.equal([1, 2, 3]);
  });

  it('when an edit is dated before today, is not a day, or dates nothing versioned, then 400 and nothing changes', async () => {
    const w = await activityWorld();
    const past = await as(app, w.admin).patch('/points/rules/micro_lesson', { points: 12, effectiveFrom: '2026-11-19' });
    expect(past.status).to.equal(400);
    expect(past.body.error.code).to.equal('effective_from_past');
    for (const effectiveFrom of ['2026-02-30', '2026-11-20T00:00:00Z', 'tomorrow', 20261120]) {
      const res = await as(app, w.admin).patch('/points/rules/micro_lesson', { points: 12, effectiveFrom });
      expect(res.status, String(effectiveFrom)).to.equal(400);
      expect(res.body.error.details[0].path).to.equal('effectiveFrom');
    }
    const nothing = await as(app, w.admin).patch('/points/rules/micro_lesson', { name: '微党课', effectiveFrom: '2026-11-21' });
    expect(nothing.status).to.equal(400);
    expect(nothing.body.error.code).to.equal('nothing_versioned');
    expect((await as(app, w.secretary).patch('/points/rules/micro_lesson', { points: 12 })).status).to.equal(403);
    expect(await PointsRuleVersion.countDocuments({})).to.equal(0);
    expect((await PointsRule.findById('micro_lesson').lean())).to.include({ name: '讲授微党课', points: 10, versioned: false });
  });

  it('when a claim for an earlier day is approved after an edit, then it is awarded under the version of its day', async () => {
    const w = await activityWorld();
    const claim = await as(app, w.members[0]).post('/points/claims', { ruleKey: 'micro_lesson', occurredAt: '2026-11-18', description: '在街道党校讲了一次微党课' });
    await as(app, w.admin).patch('/points/rules/micro_lesson', { points: 15 });
    const approved = await as(app, w.secretary).post(`/points/claims/${claim.body._id}/approve`);
    expect(approved.body).to.include({ status: 'approved', points: 10 });
    expect(await PointsEntry.findById(approved.body.entryId).lean()).to.include({ ruleVersion: 1, points: 10 });
  });
});
