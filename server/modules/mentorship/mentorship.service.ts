import { Types } from 'mongoose';
import { MenteeLock, Mentorship, MentorSlot, type MentorshipDoc } from '../../../models/mentorship.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { conflict, forbidden, invalid, isDuplicateKeyError, notFound, writeTimedOut } from '../../lib/errors.js';
import { claimAge, CLAIM_WRITE_DEADLINE_MS } from '../../lib/claims.js';
import { pairClaimTicket, releaseDeadClaims, type PairClaim } from './pair-claims.js';
import { recordTransition } from '../../db/transitions.js';
import { insertClaimRepairing, releaseOnce } from '../../db/release-once.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { skipFor, type Page } from '../../lib/paging.js';
import { unitNames } from '../org/index.js';
import { canMentor, capacityOf } from './mentorship.rules.js';

export interface PersonRef {
  id: string;
  displayName: string;
  username: string;
  stage: string | null;
  /** Their 居村 and 街镇, so two people of the same name can be told apart. */
  communityName: string | null;
  streetName: string | null;
}

const personRef = (u: UserDoc, units: Map<string, string>): PersonRef => ({
  id: String(u._id), displayName: u.displayName, username: u.username, stage: u.stage ?? null,
  communityName: u.orgUnitId ? (units.get(String(u.orgUnitId)) ?? null) : null,
  streetName: u.streetId ? (units.get(String(u.streetId)) ?? null) : null,
});

/** Mentorships with their mentor and mentee names and places, in two extra queries by _id (no N+1). */
export async function withPeople(items: MentorshipDoc[]) {
  const ids = [...new Set(items.flatMap((m) => [String(m.mentorId), String(m.menteeId)]))];
  const users = await User.find({ _id: { $in: ids } }).lean<UserDoc[]>();
  const units = await unitNames(users.flatMap((u) => [u.orgUnitId, u.streetId]));
  const people = new Map(users.map((u) => [String(u._id), personRef(u, units)]));
  return items.map(({ __v: _v, ...m }: MentorshipDoc & { __v?: number }) => ({
    ...m,
    id: String(m._id),
    mentor: people.get(String(m.mentorId)) ?? null,
    mentee: people.get(String(m.menteeId)) ?? null,
  }));
}

async function claimMenteeLock(menteeId: string, mentorshipId: Types.ObjectId) {
  // Repair on conflict: a lock whose pairing was never written (a crash) or has ended is freed.
  const claimed = await insertClaimRepairing(
    () => MenteeLock.create({ _id: menteeId, mentorshipId }),
    async () => releaseDeadClaims(await MenteeLock.find({ _id: menteeId }).lean<PairClaim[]>(), MenteeLock),
  );
  if (claimed) return;
  throw conflict('mentee_has_mentor', '该小梁已有在带的大梁，请先结束原结对 (mentee already has an active mentor)');
}

/**
 * Claims a free place 1..capacity by inserting its slot document; null when all are taken.
 * Starts at `hint` (e.g. the mentor's current count + 1) and wraps around, to skip places known taken.
 */
async function claimMentorSlot(mentorId: string, capacity: number, mentorshipId: Types.ObjectId, hint = 1): Promise<number | null> {
  const slot = await tryMentorSlots(mentorId, capacity, mentorshipId, hint);
  if (slot !== null) return slot;
  // Repair on conflict: places held by pairings never written (a crash) or ended are freed, then tried again.
  const places = Array.from({ length: capacity }, (_, i) => `${mentorId}:${i + 1}`);
  if (!(await releaseDeadClaims(await MentorSlot.find({ _id: { $in: places } }).lean<PairClaim[]>(), MentorSlot))) return null;
  return tryMentorSlots(mentorId, capacity, mentorshipId, hint);
}

async function tryMentorSlots(mentorId: string, capacity: number, mentorshipId: Types.ObjectId, hint: number): Promise<number | null> {
  for (let i = 0; i < capacity; i++) {
    const k = ((hint - 1 + i) % capacity) + 1;
    try {
      await MentorSlot.create({ _id: `${mentorId}:${k}`, mentorId, mentorshipId });
      return k;
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
  }
  return null;
}

async function releaseClaims(mentorId: string, menteeId: string, slot: number | null, mentorshipId: Types.ObjectId) {
  await Promise.all([
    releaseOnce(pairClaimTicket(MenteeLock, menteeId, mentorshipId), () => MenteeLock.deleteOne({ _id: menteeId, mentorshipId })),
    slot === null
      ? null
      : releaseOnce(pairClaimTicket(MentorSlot, `${mentorId}:${slot}`, mentorshipId), () => MentorSlot.deleteOne({ _id: `${mentorId}:${slot}`, mentorshipId })),
  ]);
}

export async function createMentorship(
  input: { mentorId: string; menteeId: string; cohort: string; startDate: Date },
  actor: Actor,
) {
  if (input.mentorId === input.menteeId) {
    throw invalid('self_pairing', '不能与自己结对 (a secretary cannot mentor themselves)', [{ path: 'menteeId' }]);
  }
  const [mentor, mentee] = await Promise.all([
    User.findById(input.mentorId).lean<UserDoc>(),
    User.findById(input.menteeId).lean<UserDoc>(),
  ]);
  if (!mentor) throw invalid('mentor_not_found', '大梁不存在 (mentor not found)', [{ path: 'mentorId' }]);
  if (!mentee) throw invalid('mentee_not_found', '小梁不存在 (mentee not found)', [{ path: 'menteeId' }]);
  const created = await pairSecretaries(mentor, mentee, input, actor);
  return (await withPeople([created]))[0];
}

/** The pairing rules and claims, for callers that already hold both users (the roster import). */
export async function pairSecretaries(
  mentor: UserDoc,
  mentee: UserDoc,
  input: { cohort: string; startDate: Date; slotHint?: number },
  actor: Actor,
): Promise<MentorshipDoc> {
  if (!canMentor(mentor)) {
    throw invalid('not_a_mentor', `${mentor.displayName} 不是大梁，也未达到“预备大梁”阶段 (not eligible to mentor)`, [{ path: 'mentorId' }]);
  }
  if (mentee.role !== 'secretary' || mentee.beam !== 'mentee' || mentee.active === false) {
    throw invalid('not_a_mentee', `${mentee.displayName} 不是小梁 (not a mentee)`, [{ path: 'menteeId' }]);
  }
  const [mentorId, menteeId] = [String(mentor._id), String(mentee._id)];
  const id = new Types.ObjectId();
  const claimedAt = new Date();
  await claimMenteeLock(menteeId, id);
  const capacity = capacityOf(mentor);
  let slot: number | null = null;
  try {
    slot = await claimMentorSlot(mentorId, capacity, id, input.slotHint);
    if (slot === null) {
      throw conflict('mentor_full', `${mentor.displayName} 的带教名额已满（容量 ${capacity} 人）(mentor is at capacity ${capacity})`, [
        { mentorId, capacity },
      ]);
    }
    // Past this point a repair may already call the claims dead: undo instead of writing late.
    if (claimAge(claimedAt) > CLAIM_WRITE_DEADLINE_MS) throw writeTimedOut();
    const created = await Mentorship.create({
      _id: id,
      mentorId: mentor._id,
      menteeId: mentee._id,
      streetId: mentee.streetId ?? null,
      districtId: mentee.districtId ?? null,
      cohort: input.cohort,
      startDate: input.startDate,
      slot,
      createdById: actor.id,
    });
    return created.toObject() as MentorshipDoc;
  } catch (err) {
    await releaseClaims(mentorId, menteeId, slot, id);
    throw err;
  }
}

type EndChange = { endedAt: Date; endReason: string; endedById: string };

/**
 * Ending is decided by inserting "mentorship:<id>:ended": of two racing ends one wins, the other
 * gets 409. The pair's status is written and its claims released after; a loser finishes that
 * first, so an end cut off by a crash is completed by the next attempt (or by the claims sweep).
 */
export async function endMentorship(id: string, reason: string, actor: Actor, now: Date) {
  const pair = await Mentorship.findById(id).lean<MentorshipDoc>();
  if (!pair) throw notFound('结对');
  if (pair.status === 'ended') throw alreadyEnded();
  const change = await recordTransition<EndChange>(`mentorship:${id}:ended`, { endedAt: now, endReason: reason, endedById: actor.id });
  await applyEnd(pair, change.transition.data);
  if (!change.won) throw alreadyEnded();
  return (await withPeople([(await Mentorship.findById(id).lean<MentorshipDoc>())!]))[0];
}

const alreadyEnded = () => conflict('already_ended', '该结对已结束 (mentorship already ended)');

async function applyEnd(pair: MentorshipDoc, change: EndChange) {
  await Mentorship.updateOne({ _id: pair._id, status: 'active' }, { $set: { status: 'ended', ...change } });
  await releaseClaims(String(pair.mentorId), String(pair.menteeId), pair.slot, pair._id);
}

/** Admins see every pair; a secretary sees pairs they are part of; nobody else may know one exists. */
export async function getVisibleMentorship(id: string, actor: Actor): Promise<MentorshipDoc> {
  const m = await Mentorship.findById(id).lean<MentorshipDoc>();
  if (!m || !(isAdmin(actor) || sameId(m.mentorId, actor.id) || sameId(m.menteeId, actor.id))) throw notFound('结对');
  return m;
}

export async function getMentorship(id: string, actor: Actor) {
  return (await withPeople([await getVisibleMentorship(id, actor)]))[0];
}

export async function listMentorships(
  q: { mentor?: string; mentee?: string; street?: string; cohort?: string; status?: string; page: number; pageSize: number },
  actor: Actor,
): Promise<Page<Awaited<ReturnType<typeof withPeople>>[number]>> {
  const filter: Record<string, unknown> = {};
  if (q.mentor) filter.mentorId = new Types.ObjectId(q.mentor);
  if (q.mentee) filter.menteeId = new Types.ObjectId(q.mentee);
  if (q.street) filter.streetId = new Types.ObjectId(q.street);
  if (q.cohort) filter.cohort = q.cohort;
  if (q.status) filter.status = q.status;
  if (!isAdmin(actor)) {
    if (actor.role !== 'secretary') throw forbidden();
    const me = new Types.ObjectId(actor.id);
    filter.$or = [{ mentorId: me }, { menteeId: me }];
  }
  const [items, total] = await Promise.all([
    Mentorship.find(filter).sort({ startDate: -1, _id: 1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<MentorshipDoc[]>(),
    Mentorship.countDocuments(filter),
  ]);
  return { items: await withPeople(items), page: q.page, pageSize: q.pageSize, total };
}
