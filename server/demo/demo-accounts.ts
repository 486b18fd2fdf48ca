import { User } from '../../models/user.model.js';
import type { Config } from '../config.js';
import type { Logger } from '../lib/logger.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './scales.js';

/** Demo data, with its published password, never goes into a production database. */
export const demoAllowed = (env: Config['env']) => env !== 'production';

/** The small demo loads on the first start of an empty embedded database, except in production or when turned off. */
export function loadsFirstStartDemo(config: Pick<Config, 'env' | 'mongodbUri' | 'demoOnFirstStart' | 'role'>, userCount: number): boolean {
  return demoAllowed(config.env) && !config.mongodbUri && config.demoOnFirstStart && config.role !== 'worker' && userCount === 0;
}

/** The demo logins that can still sign in. */
export async function activeDemoAccounts(): Promise<string[]> {
  const users = await User.find({ username: { $in: Object.values(DEMO_LOGINS) }, active: true }, { username: 1 }).lean<Array<{ username: string }>>();
  return users.map((u) => u.username).sort();
}

/** Said on every start while a demo login is active: anyone who has read the README can use it. */
export async function warnAboutDemoAccounts(logger: Logger): Promise<void> {
  const accounts = await activeDemoAccounts();
  if (!accounts.length) return;
  logger.warn(
    { accounts },
    `存在可登录的演示账号（公开的初始密码 ${DEMO_PASSWORD}）：${accounts.join('、')}。正式使用前请在“用户”中停用它们 (demo accounts with a published password are active; deactivate them before real use)`,
  );
}
