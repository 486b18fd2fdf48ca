import { createHmac } from 'node:crypto';

/**
 * Residents vote with a key such as their phone number; only this salted hash is stored, so the
 * key cannot be read back and cannot be matched without the salt. Spaces and dashes are ignored.
 */
export function hashVoterKey(salt: string, voterKey: string): string {
  const normalized = voterKey.replace(/[\s-]/g, '').toLowerCase();
  return createHmac('sha256', salt).update(normalized).digest('hex');
}
