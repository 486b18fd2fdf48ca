import { createHmac } from 'node:crypto';

/** A mainland mobile number, with an optional +86 / 0086 / 86 country prefix, once separators are removed. */
const MOBILE = /^(?:\+?86|0086)?(1[3-9]\d{9})$/;
const SEPARATORS = /[\s\-().]/g;

/** The 11 digits of a mainland mobile number written any common way ("137-0000-0001", "+86 137 0000 0001"), else null. */
export function mobileNumber(voterKey: string): string | null {
  return MOBILE.exec(voterKey.replace(SEPARATORS, ''))?.[1] ?? null;
}

/**
 * One resident, one key: a mobile number is reduced to its 11 digits, so every way of writing it is
 * the same key; any other key (a paper ballot's number in a bulk import) loses spaces and dashes and
 * is lower-cased.
 */
export function normalizeVoterKey(voterKey: string): string {
  return mobileNumber(voterKey) ?? voterKey.replace(/[\s-]/g, '').toLowerCase();
}

/** Only this salted hash of the normalized key is stored, so the key cannot be read back or matched without the salt. */
export function hashVoterKey(salt: string, voterKey: string): string {
  return createHmac('sha256', salt).update(normalizeVoterKey(voterKey)).digest('hex');
}

/** A network address as stored with an online score: a salted hash, cut short (enough to group by, never the address). */
export function hashAddress(salt: string, address: string): string {
  return createHmac('sha256', salt).update(`address:${address}`).digest('hex').slice(0, 16);
}
