import type { Logger } from '../logger.js';
import { maskPhone, SmsSendError, type SmsSender } from './sms.js';

/** Development: the code goes to the server log instead of a phone (refused with NODE_ENV=production, see config.ts). */
export function logSmsSender(logger: Logger): SmsSender {
  return {
    provider: 'log',
    noticesEnabled: true,
    async sendVerificationCode(phone, code) {
      logger.warn({ phone: maskPhone(phone), code }, `短信验证码（开发用 SMS_PROVIDER=log，未真正发送）：${code}`);
    },
    async sendNotice(phone, notice) {
      logger.info({ phone: maskPhone(phone), notice }, `短信提醒（开发用 SMS_PROVIDER=log，未真正发送）：${notice.title} ${notice.url}`);
    },
  };
}

/** No provider configured: phone verification is unavailable (voting codes still work). */
export const noSmsSender: SmsSender = {
  provider: 'none',
  noticesEnabled: false,
  async sendVerificationCode() {
    throw new SmsSendError('SMS provider not configured (SMS_PROVIDER=none)');
  },
  async sendNotice() {
    throw new SmsSendError('SMS provider not configured (SMS_PROVIDER=none)');
  },
};
