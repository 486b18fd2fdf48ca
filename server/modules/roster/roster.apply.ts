import { OrgUnit, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import type { Actor } from '../../lib/actor.js';
import { dayKey, dayStart } from '../../lib/time.js';
import { endsSessions, newTokenVersion } from '../accounts/index.js';
import { pairSecretaries } from '../mentorship/index.js';
import type { RosterContext } from './roster.checks.js';
import type { RosterPlan } from './roster.plan.js';
import type { RosterRow } from './roster.rules.js';

export type Progress = (done: number, total: number) => void;

/**
 * Writes a plan (roster.plan.ts) in dependency order: district, streets, communities, secretaries,
 * pairs. New units and users join the context as they are created, so later steps find their ids.
 */
export async function applyRosterPlan(plan: RosterPlan, ctx: RosterContext, actor: Actor, now: Date, onProgress: Progress): Promise<void> {
  if (plan.district) ctx.district = (await OrgUnit.create({ ...plan.district, level: 'district' })).toObject() as OrgUnitDoc;
  const district = ctx.district!._id;
  await createUnits(ctx, plan.streets.create.map((s) => ({ ...s, level: 'street', parentId: district, districtId: district })));
  await createUnits(ctx, plan.communities.create.map(({ streetCode, ...c }) => {
    const street = ctx.units.get(streetCode)!._id;
    return { ...c, level: 'community', parentId: street, streetId: street, districtId: district };
  }));
  for (const u of [...plan.streets.update, ...plan.communities.update]) await OrgUnit.updateOne({ _id: u.id }, { $set: u.set });
  await createSecretaries(plan.secretaries.create, ctx, actor, now);
  await updateSecretaries(plan, ctx, actor, now);
  await pairMentees(plan.pairs.create, ctx, actor, now, onProgress);
}

async function createUnits(ctx: RosterContext, units: Array<Record<string, unknown>>) {
  if (!units.length) return;
  const docs = (await OrgUnit.insertMany(units)) as unknown as Array<{ toObject(): OrgUnitDoc }>;
  for (const doc of docs.map((d) => d.toObject())) ctx.units.set(doc.code, doc);
}

const placement = (ctx: RosterContext, r: RosterRow) => {
  const c = ctx.units.get(r.communityCode)!;
  return { orgUnitId: c._id, streetId: c.streetId, districtId: c.districtId };
};

async function createSecretaries(rows: RosterRow[], ctx: RosterContext, actor: Actor, now: Date) {
  if (!rows.length) return;
  const docs = await User.insertMany(
    rows.map((r) => ({
      username: r.username, displayName: r.name, role: 'secretary', phone: r.phone, ...placement(ctx, r),
      beam: r.beam, stage: r.stage, mentorCapacity: r.capacity,
      stageHistory: r.stage ? [{ from: null, to: r.stage, reason: '名册导入', byId: actor.id, at: now }] : [],
    })),
  );
  for (const d of docs) ctx.users.set(d.username, d.toObject() as UserDoc);
}

async function updateSecretaries(plan: RosterPlan, ctx: RosterContext, actor: Actor, now: Date) {
  for (const { row, user, set: planned, move } of plan.secretaries.update) {
    const set: Record<string, unknown> = { ...planned, ...(move ? placement(ctx, row) : {}) };
    // A new community or beam changes what the account may see: its sessions end (the users API's rule).
    if (endsSessions(user, { orgUnitId: set.orgUnitId, beam: set.beam as string | null | undefined })) set.tokenVersion = newTokenVersion();
    const push = planned.stage !== undefined
      ? { $push: { stageHistory: { from: user.stage ?? null, to: planned.stage, reason: '名册导入', override: true, byId: actor.id, at: now } } }
      : {};
    await User.updateOne({ _id: user._id }, { $set: set, ...push });
    ctx.users.set(row.username, { ...user, ...set } as UserDoc);
  }
}

async function pairMentees(rows: RosterRow[], ctx: RosterContext, actor: Actor, now: Date, onProgress: Progress) {
  let done = 0;
  for (const r of rows) {
    const mentee = ctx.users.get(r.username)!;
    const mentor = ctx.users.get(r.mentorUsername!)!;
    const taken = ctx.activeCountByMentor.get(String(mentor._id)) ?? 0;
    await pairSecretaries(mentor, mentee, { cohort: r.cohort, startDate: dayStart(dayKey(now)), slotHint: taken + 1 }, actor);
    ctx.activeCountByMentor.set(String(mentor._id), taken + 1);
    onProgress(++done, rows.length);
  }
}
