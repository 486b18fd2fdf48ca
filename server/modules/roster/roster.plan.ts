import type { Types } from 'mongoose';
import type { UserDoc } from '../../../models/user.model.js';
import type { RosterContext } from './roster.checks.js';
import type { RosterRow } from './roster.rules.js';

type CommunityKind = RosterRow['communityKind'];

/**
 * What importing checked rows would do, worked out from what the database holds (the context)
 * without writing: the dry run reports it, the import applies it (roster.apply.ts). One comparison
 * for both, so a dry run's counts are the import's.
 */

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

interface Section<New, Change> {
  create: New[];
  update: Change[];
  unchanged: number;
}

export interface NewStreet { code: string; name: string }
export interface NewCommunity { code: string; name: string; kind: CommunityKind; streetCode: string }
export interface UnitUpdate { id: Types.ObjectId; set: { name: string; kind?: CommunityKind } }
/** `move`: the secretary's community changes (its id is known only once a new community exists). */
export interface SecretaryUpdate { row: RosterRow; user: UserDoc; set: Record<string, unknown>; move: boolean }

export interface RosterPlan {
  /** The district to create, when the file names one the system does not have. */
  district: { code: string; name: string } | null;
  streets: Section<NewStreet, UnitUpdate>;
  communities: Section<NewCommunity, UnitUpdate>;
  secretaries: Section<RosterRow, SecretaryUpdate>;
  /** Rows whose 小梁 is not yet paired with the 大梁 they name. */
  pairs: Section<RosterRow, never>;
}

const section = <N, C>(): Section<N, C> => ({ create: [], update: [], unchanged: 0 });

export function planRoster(rows: RosterRow[], ctx: RosterContext): RosterPlan {
  const named = rows.find((r) => r.districtCode);
  return {
    district: ctx.district || !named ? null : { code: named.districtCode!, name: named.districtName! },
    streets: planUnits(ctx, new Map(rows.map((r) => [r.streetCode, { code: r.streetCode, name: r.streetName }])), (s) => ({ name: s.name })),
    communities: planUnits(
      ctx,
      new Map(rows.map((r) => [r.communityCode, { code: r.communityCode, name: r.communityName, kind: r.communityKind, streetCode: r.streetCode }])),
      (c) => ({ name: c.name, kind: c.kind }),
    ),
    secretaries: planSecretaries(rows, ctx),
    pairs: planPairs(rows, ctx),
  };
}

/** Units by code: new ones created; existing ones updated when a field the roster owns differs. */
function planUnits<U extends { code: string }>(ctx: RosterContext, wanted: Map<string, U>, owned: (u: U) => UnitUpdate['set']): Section<U, UnitUpdate> {
  const out = section<U, UnitUpdate>();
  for (const unit of wanted.values()) {
    const existing = ctx.units.get(unit.code);
    if (!existing) { out.create.push(unit); continue; }
    const set = owned(unit);
    const changed = Object.entries(set).some(([k, v]) => (existing as unknown as Record<string, unknown>)[k] !== v);
    if (changed) out.update.push({ id: existing._id, set });
    else out.unchanged++;
  }
  return out;
}

function planSecretaries(rows: RosterRow[], ctx: RosterContext): Section<RosterRow, SecretaryUpdate> {
  const out = section<RosterRow, SecretaryUpdate>();
  for (const r of rows) {
    const u = ctx.users.get(r.username);
    if (!u) { out.create.push(r); continue; }
    const community = ctx.units.get(r.communityCode);
    const move = !community || String(u.orgUnitId) !== String(community._id);
    const set: Record<string, unknown> = {};
    if (u.displayName !== r.name) set.displayName = r.name;
    // Blank phone, capacity or stage cells keep what the system has: the roster need not repeat them.
    if (r.phone && (u.phone ?? null) !== r.phone) set.phone = r.phone;
    if ((u.beam ?? null) !== r.beam) set.beam = r.beam;
    if (r.capacity !== null && u.mentorCapacity !== r.capacity) set.mentorCapacity = r.capacity;
    if (r.stage !== null && u.stage !== r.stage) set.stage = r.stage;
    if (move || Object.keys(set).length) out.update.push({ row: r, user: u, set, move });
    else out.unchanged++;
  }
  return out;
}

function planPairs(rows: RosterRow[], ctx: RosterContext): Section<RosterRow, never> {
  const out = section<RosterRow, never>();
  for (const r of rows.filter((x) => x.mentorUsername)) {
    const mentee = ctx.users.get(r.username);
    const mentor = ctx.users.get(r.mentorUsername!);
    const current = mentee ? ctx.activeByMentee.get(String(mentee._id)) : undefined;
    if (current && mentor && String(current.mentorId) === String(mentor._id)) out.unchanged++;
    else out.create.push(r);
  }
  return out;
}

/** The report's counts: what was (or, in a dry run, would be) created, updated and left as it was. */
export const countsOf = (s: Section<unknown, unknown>): ImportCounts => ({ created: s.create.length, updated: s.update.length, unchanged: s.unchanged });
