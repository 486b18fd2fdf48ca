/** Sends residents the one-time codes that verify their phone (POST /public/verify). */
export interface SmsSender {
  readonly provider: 'none' | 'log' | 'aliyun';
  /** Resolves once the provider has accepted the message; rejects when it refused it or could not be reached. */
  sendVerificationCode(phone: string, code: string, now: Date): Promise<void>;
}

/** The provider refused or could not be reached: the caller answers 503, nothing was sent. */
export class SmsSendError extends Error {
  constructor(message: string, readonly providerCode?: string) {
    super(message);
    this.name = 'SmsSendError';
  }
}

/** A phone number as logs may show it: 137****0001. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
