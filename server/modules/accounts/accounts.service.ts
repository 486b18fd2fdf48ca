import bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { User, type UserDoc } from '../../../models/user.model.js';
import { invalid, notFound, unauthorized } from '../../lib/errors.js';
import type { Actor, Role } from '../../lib/actor.js';
import { normalizeUsername } from './accounts.rules.js';
import { readerById } from '../../db/reads-by-id.js';

// Compared against when the username is unknown, so both failures take the same time.
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', 4);

export const hashPassword = (password: string, rounds: number) => bcrypt.hash(password, rounds);

/** A value for `tokenVersion` that ends every token signed before. Random, not a counter: FerretDB's $inc can lose a concurrent bump. */
export const newTokenVersion = () => randomUUID();

/** A user as the API shows them: never the hash, only whether one is set (imported accounts have none and cannot log in). */
export function toPublicUser(user: UserDoc) {
  const { passwordHash, tokenVersion: _tv, __v: _v, ...rest } = user as UserDoc & { __v?: number };
  return { ...rest, id: String(user._id), hasPassword: !!passwordHash };
}

export async function login(username: string, password: string) {
  const user = await User.findOne({ username: normalizeUsername(username) }).lean<UserDoc>();
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !ok || !user.active) {
    throw unauthorized('用户名或密码错误 (invalid credentials)');
  }
  return user;
}

/** The acting user for a token: null when the account is gone, disabled, or its sessions were ended since the token was signed. */
export async function loadActor(id: string, tokenVersion: string | null): Promise<Actor | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  const user = await readerById<UserDoc>(User)(id);
  if (!user || !user.active || (user.tokenVersion ?? null) !== tokenVersion) return null;
  return {
    id: String(user._id),
    role: user.role as Role,
    username: user.username,
    orgUnitId: user.orgUnitId ? String(user.orgUnitId) : undefined,
    streetId: user.streetId ? String(user.streetId) : undefined,
    districtId: user.districtId ? String(user.districtId) : undefined,
  };
}

export async function getUser(id: string) {
  return User.findById(id).lean<UserDoc>();
}

/** Logout: every token the user holds stops working. */
export async function endSessions(userId: string): Promise<void> {
  await User.updateOne({ _id: userId }, { $set: { tokenVersion: newTokenVersion() } });
}

/** A user changes their own password, proving the current one; their other sessions end. */
export async function changeOwnPassword(userId: string, input: { currentPassword: string; newPassword: string }, bcryptRounds: number) {
  const user = await getUser(userId);
  if (!user) throw notFound('用户');
  if (!user.passwordHash || !(await bcrypt.compare(input.currentPassword, user.passwordHash))) {
    throw invalid('wrong_password', '当前密码不正确 (current password is wrong)', [{ path: 'currentPassword', message: '当前密码不正确' }]);
  }
  const set = { passwordHash: await hashPassword(input.newPassword, bcryptRounds), tokenVersion: newTokenVersion() };
  await User.updateOne({ _id: user._id }, { $set: set });
  return { ...user, ...set };
}
