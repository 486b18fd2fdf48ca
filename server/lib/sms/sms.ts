/** A reminder by SMS: a short title and the full console URL of what it is about. */
export interface SmsNotice {
  title: string;
  url: string;
}

/** Sends residents the one-time codes that verify their phone (POST /public/verify), and users their reminders. */
export interface SmsSender {
  readonly provider: 'none' | 'log' | 'aliyun';
  /** False when reminders cannot go by SMS (no provider, or Aliyun without a notice template): none are queued for it. */
  readonly noticesEnabled: boolean;
  /** Resolves once the provider has accepted the message; rejects when it refused it or could not be reached. */
  sendVerificationCode(phone: string, code: string, now: Date): Promise<void>;
  /** The same contract, for a reminder. */
  sendNotice(phone: string, notice: SmsNotice, now: Date): Promise<void>;
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
