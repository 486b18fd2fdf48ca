import { Types } from 'mongoose';
import type { CapLinkDoc, IdempotencyKeyDoc, PointsEntryDoc } from '../../../models/points.model.js';

/**
 * The documents every award inserts (its Idempotency-Key, its cap link and its ledger entry), built
 * whole here, defaults and timestamp included, and inserted through the raw driver: a mongoose
 * document's construction, validation and save hooks cost about a seventh of the service's CPU per
 * award. The fields come from validated input and loaded documents; test/db/raw-documents.test.ts
 * checks that each stores exactly what mongoose's `create` stores.
 */

/** The UTC minute of a time, as the claims sweep reads claims: "2026-11-26T10:05". */
export const minuteOf = (at: Date) => at.toISOString().slice(0, 16);

export const newIdempotencyKey = (f: { _id: string; requestHash: string; entryId: Types.ObjectId; capChain: string | null }, now: Date): IdempotencyKeyDoc =>
  ({ _id: f._id, requestHash: f.requestHash, entryId: f.entryId, capChain: f.capChain, minute: minuteOf(now), createdAt: now }) as IdempotencyKeyDoc;

export const newCapLink = (f: { _id: string; key: string; entryId: Types.ObjectId; points: number; total: number }, now: Date): CapLinkDoc =>
  ({ _id: f._id, key: f.key, entryId: f.entryId, points: f.points, total: f.total, createdAt: now }) as CapLinkDoc;

export interface AwardFields {
  _id: Types.ObjectId;
  memberId: Types.ObjectId;
  communityId: Types.ObjectId;
  streetId?: Types.ObjectId | null;
  districtId?: Types.ObjectId | null;
  ruleKey: string;
  ruleName: string;
  ruleVersion: number;
  partyDayItem: string | null;
  quantity: number;
  pointsPerUnit: number;
  points: number;
  occurredAt: Date;
  month: string;
  year: number;
  note: string;
  createdById: string;
}

/** An award's ledger entry (a member without a street or district gets null there, the schema's default). */
export function newAwardEntry(f: AwardFields, now: Date): PointsEntryDoc {
  return {
    _id: f._id,
    memberId: f.memberId,
    communityId: f.communityId,
    streetId: f.streetId ?? null,
    districtId: f.districtId ?? null,
    kind: 'award',
    ruleKey: f.ruleKey,
    ruleName: f.ruleName,
    ruleVersion: f.ruleVersion,
    partyDayItem: f.partyDayItem,
    quantity: f.quantity,
    pointsPerUnit: f.pointsPerUnit,
    points: f.points,
    occurredAt: f.occurredAt,
    month: f.month,
    year: f.year,
    note: f.note,
    createdById: new Types.ObjectId(f.createdById),
    revokesId: null,
    reason: null,
    createdAt: now,
    __v: 0,
  } as PointsEntryDoc;
}
