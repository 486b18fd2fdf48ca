import { createHmac, randomInt } from 'node:crypto';

/**
 * Door-to-door voting codes (投票码): 10 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), printed as two groups of five ("7KQ2M-XH4PD"). 31^10 ≈ 8·10^14 codes, so guessing one is
 * hopeless within the public rate limit. Only an HMAC of the canonical form is stored.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 10;
const GROUP = 5;
const CANONICAL = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A fresh random code in canonical form (crypto.randomInt is unbiased). */
export function generateVotingCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** How a code is printed: "ABCDE-FGHJK". */
export const formatVotingCode = (code: string) => `${code.slice(0, GROUP)}-${code.slice(GROUP)}`;

/** The canonical form of a code as typed ("abcde fghjk", "ABCDE-FGHJK"), or null when it cannot be one. */
export function normalizeVotingCode(input: string): string | null {
  const code = input.replace(/[\s\-_.]/g, '').toUpperCase();
  return CANONICAL.test(code) ? code : null;
}

/** The stored form: an HMAC of the canonical code under the server's secret, so a database copy yields no usable code. */
export function hashVotingCode(secret: string, code: string): string {
  return createHmac('sha256', secret).update(`voting-code:${code}`).digest('hex');
}
