import { User } from '../models/user.model.js';
import type { Deps } from './deps.js';
import type { Logger } from './lib/logger.js';
import { ensureBootstrapAdmin } from './modules/accounts/index.js';
import { seedReferenceData } from './seed-defaults.js';
import { loadsFirstStartDemo, warnAboutDemoAccounts } from './demo/demo-accounts.js';

/**
 * What every start does to the database before serving: reference data, an active admin, and the
 * demo (whether this start loads it; a warning while demo logins are active).
 */
export async function prepareDatabase(config: Deps['config'], logger: Logger): Promise<{ loadDemo: boolean }> {
  // Counted before the admin is created: the demo is for a newcomer's first `npm start`.
  const loadDemo = loadsFirstStartDemo(config, await User.estimatedDocumentCount());
  await seedReferenceData();
  await ensureBootstrapAdmin({ username: config.adminUsername, password: config.adminPassword, bcryptRounds: config.bcryptRounds }, logger);
  await warnAboutDemoAccounts(logger);
  return { loadDemo };
}
