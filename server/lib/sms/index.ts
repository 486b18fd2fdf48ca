import type { Config } from '../../config.js';
import type { Logger } from '../logger.js';
import { aliyunSmsSender } from './aliyun.js';
import { logSmsSender, noSmsSender } from './log-sender.js';
import type { SmsSender } from './sms.js';

export { SmsSendError, maskPhone, type SmsSender, type SmsNotice } from './sms.js';

/** The SMS provider SMS_PROVIDER names (config.ts has checked that its settings are complete). */
export function createSmsSender(config: Config, logger: Logger): SmsSender {
  if (config.sms.provider === 'aliyun') return aliyunSmsSender(config.sms.aliyun!);
  if (config.sms.provider === 'log') return logSmsSender(logger);
  return noSmsSender;
}
