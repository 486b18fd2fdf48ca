import { expect } from 'chai';
import { Types } from 'mongoose';
import type { MentorshipDoc } from '../../models/mentorship.model.js';
import type { OrgUnitDoc } from '../../models/org-unit.model.js';
import type { UserDoc } from '../../models/user.model.js';
import { DEFAULT_MENTOR_CAPACITY } from '../../server/modules/mentorship/mentorship.rules.js';
import type { RosterContext } from '../../server/modules/roster/roster.checks.js';
import { ROSTER_COLUMNS, ROSTER_EXAMPLE_ROWS, ROSTER_GUIDE } from '../../server/modules/roster/roster.columns.js';
import { countsOf, planRoster } from '../../server/modules/roster/roster.plan.js';
import { validateRosterRows, type RosterRow } from '../../server/modules/roster/roster.rules.js';

const district = { _id: new Types.ObjectId(), code: 'PT', name: '普陀区', level: 'district' } as unknown as OrgUnitDoc;

/** Two streets' rows: a 大梁 and two 小梁 paired with him, one 小梁 without a 大梁. */
function roster(): RosterRow[] {
  const raw = [
    { street_code: 'S1', street_name: '长风街道', community_code: 'C1', community_name: '一村居委', username: 'wang', name: '王建国', beam: '大梁', capacity: '3' },
    { street_code: 'S1', street_name: '长风街道', community_code: 'C2', community_name: '二村居委', username: 'li', name: '李晓梅', beam: '小梁', mentor_username: 'wang' },
    { street_code: 'S2', street_name: '桃浦镇', community_code: 'C3', community_name: '桃浦村委', community_kind: '村委', username: 'zhao', name: '赵磊', beam: '小梁', mentor_username: 'wang' },
    { street_code: 'S2', street_name: '桃浦镇', community_code: 'C4', community_name: '祁连居委', username: 'sun', name: '孙丽', phone: '13800000006', beam: '小梁' },
  ].map((cells, i) => ({ row: i + 2, cells }));
  const { rows, errors } = validateRosterRows(raw, '2026');
  expect(errors).to.deep.equal([]);
  return rows;
}

const emptyContext = (): RosterContext => ({
  district, units: new Map(), users: new Map(), activeByMentee: new Map(), activeCountByMentor: new Map(), activeSlotsByMentor: new Map(),
});

/** What the database holds once `rows` were imported: the context a second import would load. */
function importedContext(rows: RosterRow[]): RosterContext {
  const ctx = emptyContext();
  for (const r of rows) {
    const street = ctx.units.get(r.streetCode) ?? { _id: new Types.ObjectId(), code: r.streetCode, name: r.streetName, level: 'street', districtId: district._id };
    ctx.units.set(r.streetCode, street as OrgUnitDoc);
    ctx.units.set(r.communityCode, {
      _id: new Types.ObjectId(), code: r.communityCode, name: r.communityName, level: 'community', kind: r.communityKind, streetId: street._id, districtId: district._id,
    } as unknown as OrgUnitDoc);
    ctx.users.set(r.username, {
      _id: new Types.ObjectId(), username: r.username, displayName: r.name, role: 'secretary', phone: r.phone, beam: r.beam, stage: r.stage,
      mentorCapacity: r.capacity, orgUnitId: ctx.units.get(r.communityCode)!._id,
    } as unknown as UserDoc);
  }
  for (const r of rows.filter((x) => x.mentorUsername)) {
    const mentee = ctx.users.get(r.username)!;
    const mentor = ctx.users.get(r.mentorUsername!)!;
    ctx.activeByMentee.set(String(mentee._id), { menteeId: mentee._id, mentorId: mentor._id, status: 'active', slot: 1 } as unknown as MentorshipDoc);
  }
  return ctx;
}

const counts = (plan: ReturnType<typeof planRoster>) => ({
  streets: countsOf(plan.streets), communities: countsOf(plan.communities), secretaries: countsOf(plan.secretaries), pairs: countsOf(plan.pairs),
});

describe('roster import plan', () => {
  it('when nothing exists yet, then every unit, secretary and named pair is to be created', () => {
    const plan = planRoster(roster(), emptyContext());
    expect(counts(plan)).to.deep.equal({
      streets: { created: 2, updated: 0, unchanged: 0 },
      communities: { created: 4, updated: 0, unchanged: 0 },
      secretaries: { created: 4, updated: 0, unchanged: 0 },
      pairs: { created: 2, updated: 0, unchanged: 0 },
    });
    expect(plan.district).to.equal(null);
    expect(plan.communities.create.find((c) => c.code === 'C3')).to.deep.equal({ code: 'C3', name: '桃浦村委', kind: 'village', streetCode: 'S2' });
  });

  it('when the database already holds the same roster, then everything is unchanged', () => {
    const rows = roster();
    expect(counts(planRoster(rows, importedContext(rows)))).to.deep.equal({
      streets: { created: 0, updated: 0, unchanged: 2 },
      communities: { created: 0, updated: 0, unchanged: 4 },
      secretaries: { created: 0, updated: 0, unchanged: 4 },
      pairs: { created: 0, updated: 0, unchanged: 2 },
    });
  });

  it('when a community is renamed, a secretary moves to a new community and a phone changes, then only those are updates', () => {
    const before = roster();
    const ctx = importedContext(before);
    const rows = roster();
    rows[0].communityName = '一村居委（新）';
    Object.assign(rows[2], { communityCode: 'C9', communityName: '新建居委' });
    rows[3].phone = '13900000009';
    const plan = planRoster(rows, ctx);
    expect(counts(plan)).to.deep.equal({
      streets: { created: 0, updated: 0, unchanged: 2 },
      communities: { created: 1, updated: 1, unchanged: 2 },
      secretaries: { created: 0, updated: 2, unchanged: 2 },
      pairs: { created: 0, updated: 0, unchanged: 2 },
    });
    expect(plan.communities.update[0].set).to.deep.equal({ name: '一村居委（新）', kind: 'residential' });
    const zhao = plan.secretaries.update.find((u) => u.row.username === 'zhao')!;
    expect(zhao).to.include({ move: true });
    expect(zhao.set).to.deep.equal({});
    expect(plan.secretaries.update.find((u) => u.row.username === 'sun')!.set).to.deep.equal({ phone: '13900000009' });
  });

  it('when a roster names a district the system lacks, then the plan creates it', () => {
    const rows = roster().map((r) => ({ ...r, districtCode: 'JA', districtName: '静安区' }));
    expect(planRoster(rows, { ...emptyContext(), district: null }).district).to.deep.equal({ code: 'JA', name: '静安区' });
  });
});

describe('roster template columns', () => {
  it('when the guide is read, then it covers every column in file order, with a required word and an example each', () => {
    expect(ROSTER_GUIDE.map((g) => g.key)).to.deep.equal(Object.keys(ROSTER_COLUMNS));
    for (const g of ROSTER_GUIDE) {
      expect(g.header).to.equal(ROSTER_COLUMNS[g.key][0]);
      expect(['必填', '选填', '视情况']).to.include(g.required);
      expect(g.example, g.header).to.not.equal('');
    }
    expect(ROSTER_GUIDE.find((g) => g.key === 'capacity')!.note).to.include(`不填为 ${DEFAULT_MENTOR_CAPACITY}`);
  });

  it('when the example rows and the guide\'s examples are checked, then they pass every field check', () => {
    const examples = ROSTER_EXAMPLE_ROWS.map((cells, i) => ({ row: i + 2, cells: { ...cells } }));
    expect(validateRosterRows(examples, '2026').errors).to.deep.equal([]);
    const guideRow = Object.fromEntries(ROSTER_GUIDE.map((g) => [g.key, g.example]));
    // One row made of every example: a 小梁 of 新任 paired with the example 大梁.
    const { errors } = validateRosterRows([{ row: 2, cells: { ...guideRow, beam: '小梁', capacity: undefined, username: 'shili.liuxy' } }], '2026');
    expect(errors).to.deep.equal([]);
  });
});
