import bcrypt from 'bcryptjs';
import { Types } from 'mongoose';
import { User, type UserDoc } from '../../../models/user.model.js';
import { isDuplicateKeyError, unauthorized } from '../../lib/errors.js';
import type { Actor, Role } from '../../lib/actor.js';
import type { Logger } from '../../lib/logger.js';

// Compared against when the username is unknown, so both failures take the same time.
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', 4);

export const hashPassword = (password: string, rounds: number) => bcrypt.hash(password, rounds);

export function toPublicUser(user: UserDoc) {
  const { passwordHash: _omit, __v: _v, ...rest } = user as UserDoc & { __v?: number };
  return { ...rest, id: String(user._id) };
}

export async function login(username: string, password: string) {
  const user = await User.findOne({ username }).lean<UserDoc>();
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !ok || !user.active) {
    throw unauthorized('用户名或密码错误 (invalid credentials)');
  }
  return user;
}

export async function loadActor(id: string): Promise<Actor | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  const user = await User.findById(id).lean<UserDoc>();
  if (!user || !user.active) return null;
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

/** The first admin comes from ADMIN_USERNAME / ADMIN_PASSWORD when no admin exists yet. */
export async function ensureBootstrapAdmin(
  settings: { username: string; password?: string; bcryptRounds: number },
  logger: Logger,
): Promise<void> {
  if (await User.exists({ role: 'admin' })) return;
  if (!settings.password) {
    logger.warn('没有管理员账号：请设置 ADMIN_PASSWORD 以创建第一个管理员 (no admin exists; set ADMIN_PASSWORD)');
    return;
  }
  try {
    await User.create({
      username: settings.username,
      displayName: '区级管理员',
      role: 'admin',
      passwordHash: await hashPassword(settings.password, settings.bcryptRounds),
    });
    logger.info({ username: settings.username }, 'bootstrap admin created');
  } catch (err) {
    // Another process created it first: the unique username index is the arbiter.
    if (!isDuplicateKeyError(err)) throw err;
  }
}
