import { timingSafeEqual } from 'node:crypto';
import { PhoneChallenge, type PhoneChallengeDoc } from '../../../models/voting.model.js';
import { RateSlot } from '../../../models/rate-limit.model.js';
import { rateLimiter } from '../../db/rate-limiter.js';
import { DomainError, invalid, isDuplicateKeyError, rateLimited } from '../../lib/errors.js';
import type { Clock } from '../../lib/time.js';
import { hashVoterKey, mobileNumber } from '../../lib/voter-key.js';
import { signVoterToken } from '../../lib/voter-token.js';
import type { SmsSender } from '../../lib/sms/index.js';
import type { Logger } from '../../lib/logger.js';
import type { VoterSecrets } from './voter-identity.js';
import {
  challengeId, epochMinute, hashSmsCode, liveChallengeIds, newSmsCode, SMS_CODE_ATTEMPTS, SMS_CODE_TTL_MS,
  SMS_SENDS_PER_ADDRESS_PER_HOUR, SMS_SENDS_PER_PHONE_PER_DAY,
} from './verification.rules.js';

interface VerificationDeps { clock: Clock; sms: SmsSender; secrets: VoterSecrets; logger: Logger }

const wrongCode = (attemptsLeft?: number) => invalid('code_invalid', '验证码错误或已失效，请重新获取 (wrong or expired code)',
  attemptsLeft === undefined ? [{ path: 'code' }] : [{ path: 'code', attemptsLeft }]);

/** Claims try k (1..SMS_CODE_ATTEMPTS) of a challenge by a unique insert: exactly that many tries get in, whatever the concurrency. */
async function claimAttempt(challenge: PhoneChallengeDoc): Promise<number | null> {
  const bucket = `sms-try:${challenge._id}`;
  for (let k = (await RateSlot.countDocuments({ bucket })) + 1; k <= SMS_CODE_ATTEMPTS; k++) {
    try {
      await RateSlot.create({ _id: `${bucket}#${k}`, bucket, slot: k, expiresAt: challenge.expiresAt });
      return k;
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
  }
  return null;
}

/** The one use of a right code, also a unique insert: of parallel confirms exactly one gets a token. */
async function claimUse(challenge: PhoneChallengeDoc): Promise<boolean> {
  try {
    await RateSlot.create({ _id: `sms-used:${challenge._id}`, bucket: `sms-used:${challenge._id}`, slot: 0, expiresAt: challenge.expiresAt });
    return true;
  } catch (err) {
    if (isDuplicateKeyError(err)) return false;
    throw err;
  }
}

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** POST /public/verify and /public/verify/confirm: SMS codes that prove a phone, then a 2-hour voter token. */
export function phoneVerification({ clock, sms, secrets, logger }: VerificationDeps) {
  const perAddress = rateLimiter({ name: 'sms-address', limit: SMS_SENDS_PER_ADDRESS_PER_HOUR, windowMs: 3_600_000 }, clock);
  const perPhoneDay = rateLimiter({ name: 'sms-phone-day', limit: SMS_SENDS_PER_PHONE_PER_DAY, windowMs: 86_400_000 }, clock);
  let nextCleanup = 0;

  async function removeExpired(now: Date) {
    if (now.getTime() < nextCleanup) return;
    nextCleanup = now.getTime() + 60_000;
    await PhoneChallenge.deleteMany({ expiresAt: { $lte: now } });
  }

  /** Sends a fresh code: one a minute and ten a day per phone, SMS_SENDS_PER_ADDRESS_PER_HOUR per address. */
  async function send(phoneInput: string, address: string) {
    const now = clock();
    await removeExpired(now);
    const phone = mobileNumber(phoneInput)!;
    if (!(await perAddress.take(address))) throw rateLimited('获取验证码过于频繁，请稍后再试 (too many codes requested from this address)', perAddress.retryAfterSeconds());
    const phoneHash = hashVoterKey(secrets.salt, phone);
    const _id = challengeId(phoneHash, epochMinute(now));
    const code = newSmsCode();
    try {
      await PhoneChallenge.create({ _id, phoneHash, codeHash: hashSmsCode(secrets.salt, _id, code), createdAt: now, expiresAt: new Date(now.getTime() + SMS_CODE_TTL_MS) });
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      throw rateLimited('验证码已发送，请 1 分钟后再试 (one code a minute)', 60 - Math.floor((now.getTime() % 60_000) / 1000));
    }
    if (!(await perPhoneDay.take(phoneHash))) {
      await PhoneChallenge.deleteOne({ _id });
      throw rateLimited('该手机号今日获取验证码次数已达上限 (daily limit for this phone reached)', perPhoneDay.retryAfterSeconds());
    }
    try {
      await sms.sendVerificationCode(phone, code, now);
    } catch (err) {
      // Whatever went wrong, no code reached the phone: none may stay valid, and the resident may ask again.
      await PhoneChallenge.deleteOne({ _id });
      logger.warn({ err: (err as Error).message, provider: sms.provider }, 'SMS verification code not sent');
      throw new DomainError('unavailable', sms.provider === 'none' ? 'sms_not_configured' : 'sms_unavailable',
        sms.provider === 'none' ? '短信验证暂未开通，请使用投票码 (SMS verification is not configured)' : '短信发送失败，请稍后再试 (the SMS could not be sent)');
    }
    return { sent: true, expiresInSeconds: SMS_CODE_TTL_MS / 1000, resendAfterSeconds: 60 };
  }

  /** Checks a code against the phone's newest live one; the first right answer gets the token, every try counts. */
  async function confirm(phoneInput: string, code: string) {
    const now = clock();
    const phoneHash = hashVoterKey(secrets.salt, mobileNumber(phoneInput)!);
    const ids = liveChallengeIds(phoneHash, now);
    const found = await PhoneChallenge.find({ _id: { $in: ids } }).lean<PhoneChallengeDoc[]>();
    const challenge = ids.map((id) => found.find((c) => c._id === id)).find((c) => c && c.expiresAt.getTime() > now.getTime());
    if (!challenge) throw wrongCode();
    const attempt = await claimAttempt(challenge);
    if (attempt === null) throw invalid('code_attempts_exceeded', '验证码错误次数过多，请重新获取 (too many wrong tries; request a new code)', [{ path: 'code' }]);
    if (!sameHash(hashSmsCode(secrets.salt, challenge._id, code), challenge.codeHash)) throw wrongCode(SMS_CODE_ATTEMPTS - attempt);
    if (!(await claimUse(challenge))) throw wrongCode();
    const { token, expiresAt } = signVoterToken(secrets.tokenKey, phoneHash, now);
    return { voterToken: token, expiresAt };
  }

  return { send, confirm };
}
