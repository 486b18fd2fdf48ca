import type { Types } from 'mongoose';
import { User } from '../../../models/user.model.js';
import { conflict } from '../../lib/errors.js';

const lastAdmin = () =>
  conflict('last_admin', '不能停用唯一在用的管理员账号，请先启用或新建另一名管理员 (cannot deactivate the last active admin)', [{ path: 'active' }]);

const otherActiveAdmins = (id: Types.ObjectId | string) => User.countDocuments({ role: 'admin', active: true, _id: { $ne: id } });

/** Refuses to take away the last active admin: no one could log in to undo it. */
export async function assertNotLastActiveAdmin(id: Types.ObjectId | string): Promise<void> {
  if ((await otherActiveAdmins(id)) === 0) throw lastAdmin();
}

/**
 * After a deactivation: two admins deactivating each other at once both pass the check before
 * writing, so the check is repeated after the write, and the later one of them is undone.
 */
export async function undoIfNoActiveAdminLeft(id: Types.ObjectId | string): Promise<void> {
  if (await User.exists({ role: 'admin', active: true })) return;
  await User.updateOne({ _id: id }, { $set: { active: true } });
  throw lastAdmin();
}
