import { createHmac, randomInt } from 'node:crypto';

/** Phone verification limits (POST /public/verify, /public/verify/confirm). */
export const SMS_CODE_TTL_MS = 5 * 60_000;
/** Wrong tries that burn a code (every try counts, the right one too). */
export const SMS_CODE_ATTEMPTS = 5;
/** Sends per phone: one a minute (a unique `_id` per phone and minute), ten a day. */
export const SMS_SENDS_PER_PHONE_PER_DAY = 10;
/** Sends per client address an hour, whatever the phone. */
export const SMS_SENDS_PER_ADDRESS_PER_HOUR = 20;

export const epochMinute = (at: Date) => Math.floor(at.getTime() / 60_000);
export const challengeId = (phoneHash: string, minute: number) => `${phoneHash}:${minute}`;

/** The ids a code sent within its lifetime before `now` can have, newest first (lookups by `_id` only). */
export function liveChallengeIds(phoneHash: string, now: Date): string[] {
  const newest = epochMinute(now);
  const minutes = Math.ceil(SMS_CODE_TTL_MS / 60_000);
  return Array.from({ length: minutes + 1 }, (_, k) => challengeId(phoneHash, newest - k));
}

/** Six random digits. */
export const newSmsCode = () => String(randomInt(1_000_000)).padStart(6, '0');

/** Only this is stored: an HMAC binding the code to its challenge. */
export const hashSmsCode = (secret: string, id: string, code: string) => createHmac('sha256', secret).update(`sms-code:${id}:${code}`).digest('hex');
