import { Types } from 'mongoose';
import { OrgUnit, type OrgLevel, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { MenteeLock, Mentorship } from '../../../models/mentorship.model.js';
import { User, type Stage, type UserDoc } from '../../../models/user.model.js';
import { conflict, invalid, isDuplicateKeyError, notFound } from '../../lib/errors.js';
import type { Actor, Role } from '../../lib/actor.js';
import { skipFor, type Page } from '../../lib/paging.js';
import { containsText } from '../../lib/regex.js';
import { endsSessions, hashPassword, newTokenVersion, toPublicUser } from '../accounts/index.js';
import { capacityShortfall } from '../mentorship/index.js';
import { unitNames } from '../org/index.js';
import { roleFieldProblems } from './users.rules.js';
import { assertNotLastActiveAdmin, undoIfNoActiveAdminLeft } from './last-admin.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: Role;
  password?: string;
  phone?: string;
  orgUnitId?: string;
  beam?: 'mentor' | 'mentee' | null;
  stage?: Stage;
  mentorCapacity?: number | null;
  expertise?: string[];
}

async function orgPlacement(orgUnitId: string | undefined) {
  if (!orgUnitId) return { unit: null, placement: { orgUnitId: null, streetId: null, districtId: null } };
  const unit = await OrgUnit.findById(orgUnitId).lean<OrgUnitDoc>();
  if (!unit) throw invalid('org_unit_not_found', '所属单位不存在 (org unit not found)', [{ path: 'orgUnitId' }]);
  const streetId = unit.level === 'street' ? unit._id : unit.streetId;
  const districtId = unit.level === 'district' ? unit._id : unit.districtId;
  return { unit, placement: { orgUnitId: unit._id, streetId: streetId ?? null, districtId: districtId ?? null } };
}

function assertRoleFields(role: Role, beam: string | null | undefined, stage: string | null | undefined, orgLevel: OrgLevel | null) {
  const problems = roleFieldProblems(role, { beam, stage, orgLevel, hasOrg: orgLevel !== null });
  if (problems.length) throw invalid('role_fields', '字段与角色不符 (fields do not fit the role)', problems);
}

export async function createUser(input: CreateUserInput, actorId: string, bcryptRounds: number, now: Date) {
  const { unit, placement } = await orgPlacement(input.orgUnitId);
  const stage = input.beam === 'mentee' ? (input.stage ?? 'new') : input.stage;
  assertRoleFields(input.role, input.beam, stage, unit?.level ?? null);
  try {
    const user = await User.create({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      phone: input.phone ?? null,
      passwordHash: input.password ? await hashPassword(input.password, bcryptRounds) : null,
      ...placement,
      beam: input.beam ?? null,
      stage: stage ?? null,
      stageHistory: stage ? [{ from: null, to: stage, reason: '建档', byId: actorId, at: now }] : [],
      mentorCapacity: input.mentorCapacity ?? null,
      expertise: input.expertise ?? [],
    });
    return toPublicUser(user.toObject() as UserDoc);
  } catch (err) {
    if (isDuplicateKeyError(err)) {
      throw conflict('username_taken', `登录名已被使用：${input.username} (username taken)`, [{ path: 'username' }]);
    }
    throw err;
  }
}

export async function getUserOrThrow(id: string): Promise<UserDoc> {
  const user = await User.findById(id).lean<UserDoc>();
  if (!user) throw notFound('用户');
  return user;
}

export async function updateUser(
  id: string,
  changes: Partial<Omit<CreateUserInput, 'username' | 'role' | 'stage'>> & { active?: boolean },
  bcryptRounds: number,
) {
  const user = await getUserOrThrow(id);
  const { password, orgUnitId, ...plain } = changes;
  const set: Record<string, unknown> = { ...plain };
  let orgLevel: OrgLevel | null = null;
  if (orgUnitId) {
    const { unit, placement } = await orgPlacement(orgUnitId);
    Object.assign(set, placement);
    orgLevel = unit?.level ?? null;
  } else if (user.orgUnitId) {
    orgLevel = (await OrgUnit.findById(user.orgUnitId).lean<OrgUnitDoc>())?.level ?? null;
  }
  const beam = 'beam' in changes ? changes.beam : user.beam;
  // Stages change only through /secretaries/:id/stage, so only beam and placement are checked here.
  assertRoleFields(user.role as Role, beam, null, orgLevel);
  if (changes.mentorCapacity !== undefined) await assertCapacityHoldsActivePairs(id, changes.mentorCapacity);
  const removesAdmin = user.role === 'admin' && user.active && changes.active === false;
  if (removesAdmin) await assertNotLastActiveAdmin(user._id);
  if (password) set.passwordHash = await hashPassword(password, bcryptRounds);
  if (endsSessions(user, changes)) set.tokenVersion = newTokenVersion();
  const updated = await User.findByIdAndUpdate(id, { $set: set }, { returnDocument: 'after' }).lean<UserDoc>();
  if (!updated) throw notFound('用户');
  if (removesAdmin) await undoIfNoActiveAdminLeft(user._id);
  return toPublicUser(updated);
}

/** A mentor's capacity may not drop below their active pairs nor below a place one of them holds (capacityShortfall). */
async function assertCapacityHoldsActivePairs(mentorId: string, capacity: number | null) {
  const pairs = await Mentorship.find({ mentorId: new Types.ObjectId(mentorId), status: 'active' }, { slot: 1 }).lean<Array<{ slot?: number | null }>>();
  const shortfall = capacityShortfall(capacity, pairs.map((p) => p.slot));
  if (!shortfall) return;
  throw conflict('capacity_below_active', shortfall.message, [{ path: 'mentorCapacity', ...shortfall.details }]);
}

export async function listUsers(q: {
  role?: string;
  orgUnit?: string;
  street?: string;
  beam?: string;
  stage?: Stage;
  q?: string;
  paired?: boolean;
  hasPassword?: boolean;
  active?: boolean;
  page: number;
  pageSize: number;
}): Promise<Page<ListedUser>> {
  // A few hundred secretaries are read and sorted per page on FerretDB: kept until accounts, pairs or unit names change.
  return cachedByVersion([collectionKey('users'), collectionKey('mentee_locks'), collectionKey('org_units')], `users:${JSON.stringify(q)}`, () => readUsers(q));
}

type ListedUser = ReturnType<typeof toPublicUser> & { orgUnitName: string | null; streetName: string | null };

async function readUsers(q: Parameters<typeof listUsers>[0]): Promise<Page<ListedUser>> {
  const filter: Record<string, unknown> = {};
  if (q.role) filter.role = q.role;
  if (q.orgUnit) filter.orgUnitId = new Types.ObjectId(q.orgUnit);
  if (q.street) filter.streetId = new Types.ObjectId(q.street);
  if (q.beam) filter.beam = q.beam;
  if (q.stage) filter.stage = q.stage;
  if (q.q) filter.$or = [{ displayName: containsText(q.q) }, { username: containsText(q.q) }];
  if (q.hasPassword !== undefined) filter.passwordHash = q.hasPassword ? { $ne: null } : null;
  if (q.active !== undefined) filter.active = q.active;
  if (q.paired !== undefined) {
    // A mentee lock exists exactly while a mentee has an active mentor (one per mentee, a few hundred at most).
    const locked = (await MenteeLock.find({}, { _id: 1 }).lean<Array<{ _id: string }>>()).map((l) => new Types.ObjectId(l._id));
    filter._id = q.paired ? { $in: locked } : { $nin: locked };
  }
  const [items, total] = await Promise.all([
    User.find(filter).sort({ username: 1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<UserDoc[]>(),
    User.countDocuments(filter),
  ]);
  return { items: await withUnitNames(items), page: q.page, pageSize: q.pageSize, total };
}

/** Each user with the names of their unit (a secretary's 居村) and its street (街镇), in one extra query by _id for the page. */
async function withUnitNames(users: UserDoc[]): Promise<ListedUser[]> {
  const names = await unitNames(users.flatMap((u) => [u.orgUnitId, u.streetId]));
  const nameOf = (id: unknown) => (id ? (names.get(String(id)) ?? null) : null);
  return users.map((u) => ({ ...toPublicUser(u), orgUnitName: nameOf(u.orgUnitId), streetName: nameOf(u.streetId) }));
}

/** Department accounts a secretary can blow a whistle to: names only, the street's own first. */
export async function listDepartments(actor: Actor) {
  const items = await User.find({ role: 'department', active: true }, { displayName: 1, streetId: 1 }).lean<UserDoc[]>();
  const mine = (d: UserDoc) => (actor.streetId && String(d.streetId) === actor.streetId ? 0 : 1);
  return {
    items: items
      .sort((a, b) => mine(a) - mine(b) || a.displayName.localeCompare(b.displayName, 'zh-Hans-CN'))
      .map((d) => ({ id: String(d._id), displayName: d.displayName, streetId: d.streetId ? String(d.streetId) : null })),
  };
}
