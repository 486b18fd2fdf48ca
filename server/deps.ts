import type { Config } from './config.js';
import type { Clock } from './lib/time.js';
import type { Logger } from './lib/logger.js';
import type { SmsSender } from './lib/sms/index.js';

/** What the scheduler tells the readiness probe. `null`: this process runs no scheduler (ROLE=api). */
export interface SchedulerStatus {
  /** Resolves to null while the scheduler runs and reaches its database; otherwise to why it does not. */
  problem(): Promise<string | null>;
}

/** Everything a route table or job needs from the outside world, passed in (never read from globals). */
export interface Deps {
  config: Config & { jwtSecret: string; voterKeySalt: string };
  clock: Clock;
  logger: Logger;
  scheduler: SchedulerStatus | null;
  /** Sends residents their phone verification codes (SMS_PROVIDER). */
  sms: SmsSender;
}
