import bcrypt from 'bcryptjs';
import { User, type UserDoc } from '../../models/user.model.js';
import { signToken } from '../../server/http/auth.js';
import type { Role } from '../../server/lib/actor.js';
import { TEST_JWT_SECRET } from '../support/app.js';

let counter = 0;
const PASSWORD_HASH = bcrypt.hashSync('password-123', 4);
export const TEST_PASSWORD = 'password-123';

export async function createUser(fields: Partial<UserDoc> & { role: Role }): Promise<UserDoc> {
  counter += 1;
  const user = await User.create({
    username: `${fields.role}${counter}`,
    displayName: `测试用户${counter}`,
    passwordHash: PASSWORD_HASH,
    ...fields,
  });
  return user.toObject() as UserDoc;
}

export const bearer = (user: { _id: unknown; tokenVersion?: string | null }) =>
  `Bearer ${signToken(String(user._id), { secret: TEST_JWT_SECRET, expiresIn: '1h' }, user.tokenVersion)}`;
