import { User, type UserDoc } from '../../../models/user.model.js';
import { isDuplicateKeyError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { hashPassword, newTokenVersion } from './accounts.service.js';

/**
 * While no active admin exists, ADMIN_USERNAME / ADMIN_PASSWORD create that admin, or bring it back
 * (active again, with ADMIN_PASSWORD) when it exists but was deactivated.
 */
export async function ensureBootstrapAdmin(
  settings: { username: string; password?: string; bcryptRounds: number },
  logger: Logger,
): Promise<void> {
  if (await User.exists({ role: 'admin', active: true })) return;
  if (!settings.password) {
    logger.warn('没有在用的管理员账号：请设置 ADMIN_PASSWORD 后重启以创建或恢复管理员 (no active admin; set ADMIN_PASSWORD)');
    return;
  }
  const existing = await User.findOne({ username: settings.username }).lean<UserDoc>();
  if (existing && existing.role !== 'admin') {
    logger.warn({ username: settings.username }, '没有在用的管理员账号，而 ADMIN_USERNAME 是非管理员账号：请换一个 ADMIN_USERNAME (no active admin; ADMIN_USERNAME names a non-admin)');
    return;
  }
  const passwordHash = await hashPassword(settings.password, settings.bcryptRounds);
  if (existing) {
    await User.updateOne({ _id: existing._id }, { $set: { active: true, passwordHash, tokenVersion: newTokenVersion() } });
    logger.warn({ username: settings.username }, '没有在用的管理员账号：已按 ADMIN_USERNAME / ADMIN_PASSWORD 重新启用管理员 (admin reactivated)');
    return;
  }
  try {
    await User.create({ username: settings.username, displayName: '区级管理员', role: 'admin', passwordHash });
    logger.info({ username: settings.username }, 'bootstrap admin created');
  } catch (err) {
    // Another process created it first: the unique username index is the arbiter.
    if (!isDuplicateKeyError(err)) throw err;
  }
}
