import { OrgUnit, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { invalid } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { dayKey, dayStart, yearKey } from '../../lib/time.js';
import { endsSessions, newTokenVersion } from '../accounts/index.js';
import { pairSecretaries } from '../mentorship/index.js';
import { loadRosterContext, type RosterContext } from './roster.checks.js';
import { parseRoster } from './roster.parse.js';
import { validateRosterRows, type RosterRow } from './roster.rules.js';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}
const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  streets: ImportCounts;
  communities: ImportCounts;
  secretaries: ImportCounts;
  mentorships: ImportCounts;
}

export type Progress = (done: number, total: number) => void;

/**
 * Validates every row (on its own, across rows, against the database) before writing anything;
 * any error → 400 with the per-row report and nothing imported. Writes only what differs, so
 * importing the same file again changes nothing.
 */
export async function importRoster(
  file: Buffer,
  opts: { districtId?: string; dryRun?: boolean },
  actor: Actor,
  now: Date,
  onProgress: Progress = () => {},
): Promise<ImportReport> {
  const raw = await parseRoster(file);
  const { rows, errors } = validateRosterRows(raw, String(yearKey(now)));
  const checked = errors.length ? { ctx: null, errors } : await loadRosterContext(rows, opts.districtId);
  if (checked.errors.length || !checked.ctx) {
    throw invalid('roster_invalid', `名册有 ${checked.errors.length} 处错误，未导入任何数据 (roster has errors; nothing imported)`, checked.errors);
  }
  const report: ImportReport = {
    dryRun: !!opts.dryRun, rows: rows.length,
    streets: zero(), communities: zero(), secretaries: zero(), mentorships: zero(),
  };
  if (opts.dryRun) return report;
  const ctx = checked.ctx;
  await ensureDistrict(rows, ctx);
  await upsertUnits(rows, ctx, 'street', report.streets);
  await upsertUnits(rows, ctx, 'community', report.communities);
  await upsertSecretaries(rows, ctx, actor, now, report.secretaries);
  await pairMentees(rows, ctx, actor, now, report.mentorships, onProgress);
  return report;
}

async function ensureDistrict(rows: RosterRow[], ctx: RosterContext) {
  if (ctx.district) return;
  const r = rows.find((x) => x.districtCode)!;
  ctx.district = (await OrgUnit.create({ code: r.districtCode, name: r.districtName, level: 'district' })).toObject() as OrgUnitDoc;
}

async function upsertUnits(rows: RosterRow[], ctx: RosterContext, level: 'street' | 'community', counts: ImportCounts) {
  const wanted = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    if (level === 'street') {
      wanted.set(r.streetCode, { code: r.streetCode, name: r.streetName, level, parentId: ctx.district!._id, districtId: ctx.district!._id });
    } else {
      const street = ctx.units.get(r.streetCode)!;
      wanted.set(r.communityCode, {
        code: r.communityCode, name: r.communityName, level, kind: r.communityKind,
        parentId: street._id, streetId: street._id, districtId: ctx.district!._id,
      });
    }
  }
  const fresh = [...wanted.values()].filter((u) => !ctx.units.has(u.code as string));
  if (fresh.length) {
    const docs = (await OrgUnit.insertMany(fresh)) as unknown as Array<{ toObject(): OrgUnitDoc }>;
    for (const doc of docs.map((d) => d.toObject())) ctx.units.set(doc.code, doc);
    counts.created += fresh.length;
  }
  for (const [code, u] of wanted) {
    const existing = ctx.units.get(code)!;
    if (fresh.some((f) => f.code === code)) continue;
    const changed = existing.name !== u.name || (level === 'community' && existing.kind !== u.kind);
    if (!changed) { counts.unchanged++; continue; }
    await OrgUnit.updateOne({ _id: existing._id }, { $set: { name: u.name, ...(level === 'community' ? { kind: u.kind } : {}) } });
    counts.updated++;
  }
}

async function upsertSecretaries(rows: RosterRow[], ctx: RosterContext, actor: Actor, now: Date, counts: ImportCounts) {
  const placement = (r: RosterRow) => {
    const c = ctx.units.get(r.communityCode)!;
    return { orgUnitId: c._id, streetId: c.streetId, districtId: c.districtId };
  };
  const fresh = rows.filter((r) => !ctx.users.has(r.username));
  if (fresh.length) {
    const docs = await User.insertMany(
      fresh.map((r) => ({
        username: r.username, displayName: r.name, role: 'secretary', phone: r.phone, ...placement(r),
        beam: r.beam, stage: r.stage, mentorCapacity: r.capacity,
        stageHistory: r.stage ? [{ from: null, to: r.stage, reason: '名册导入', byId: actor.id, at: now }] : [],
      })),
    );
    for (const d of docs) ctx.users.set(d.username, d.toObject() as UserDoc);
    counts.created += fresh.length;
  }
  for (const r of rows) {
    if (fresh.includes(r)) continue;
    const u = ctx.users.get(r.username)!;
    const p = placement(r);
    const set: Record<string, unknown> = {};
    if (u.displayName !== r.name) set.displayName = r.name;
    if ((u.phone ?? null) !== r.phone && r.phone) set.phone = r.phone;
    if (String(u.orgUnitId) !== String(p.orgUnitId)) Object.assign(set, p);
    if ((u.beam ?? null) !== r.beam) set.beam = r.beam;
    if (r.capacity !== null && u.mentorCapacity !== r.capacity) set.mentorCapacity = r.capacity;
    const stageChanged = r.stage !== null && u.stage !== r.stage;
    if (stageChanged) set.stage = r.stage;
    if (!Object.keys(set).length) { counts.unchanged++; continue; }
    if (endsSessions(u, { orgUnitId: set.orgUnitId, beam: set.beam as string | null | undefined })) set.tokenVersion = newTokenVersion();
    const push = stageChanged ? { $push: { stageHistory: { from: u.stage ?? null, to: r.stage, reason: '名册导入', override: true, byId: actor.id, at: now } } } : {};
    await User.updateOne({ _id: u._id }, { $set: set, ...push });
    ctx.users.set(r.username, { ...u, ...set } as UserDoc);
    counts.updated++;
  }
}

async function pairMentees(rows: RosterRow[], ctx: RosterContext, actor: Actor, now: Date, counts: ImportCounts, onProgress: Progress) {
  const withMentor = rows.filter((r) => r.mentorUsername);
  let done = 0;
  for (const r of withMentor) {
    const mentee = ctx.users.get(r.username)!;
    const mentor = ctx.users.get(r.mentorUsername!)!;
    const current = ctx.activeByMentee.get(String(mentee._id));
    if (current && String(current.mentorId) === String(mentor._id)) counts.unchanged++;
    else {
      const taken = ctx.activeCountByMentor.get(String(mentor._id)) ?? 0;
      await pairSecretaries(mentor, mentee, { cohort: r.cohort, startDate: dayStart(dayKey(now)), slotHint: taken + 1 }, actor);
      ctx.activeCountByMentor.set(String(mentor._id), taken + 1);
      counts.created++;
    }
    onProgress(++done, withMentor.length);
  }
}
