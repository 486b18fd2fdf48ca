import { createHmac } from 'node:crypto';
import type { Types } from 'mongoose';
import { EvaluationCycle, type CycleDoc, type ResidentVerification } from '../../../models/evaluation.model.js';
import { VotingCode, type VotingCodeDoc } from '../../../models/voting.model.js';
import { DomainError, invalid } from '../../lib/errors.js';
import { hashVoterKey } from '../../lib/voter-key.js';
import { hashVotingCode, normalizeVotingCode } from '../../lib/voting-codes.js';
import { verifyVoterToken } from '../../lib/voter-token.js';

/** What a resident may present on a public vote or score: a mobile number, a voting code, or a voter token (X-Voter-Token). */
export interface VoterCredentials {
  voterKey?: string;
  votingCode?: string;
  voterToken?: string;
}

/** Who a vote is from: the hash its `_id` is made of, how it was proven, and a code's community. */
export interface Voter {
  voterHash: string;
  via: 'phone' | 'sms' | 'code';
  communityId?: Types.ObjectId;
  /** A voting code's batch. */
  batchId?: Types.ObjectId;
}

export interface VoterSecrets {
  /** VOTER_KEY_SALT: hashes phone numbers, voting codes and SMS codes. */
  salt: string;
  /** Signs voter tokens; derived from JWT_SECRET so no new secret needs configuring. */
  tokenKey: string;
}

export const voterSecrets = (config: { voterKeySalt: string; jwtSecret: string }): VoterSecrets => ({
  salt: config.voterKeySalt,
  tokenKey: createHmac('sha256', config.jwtSecret).update('bigbeam voter-token key').digest('base64url'),
});

export const verificationOf = (cycle: { residentVerification?: string | null }): ResidentVerification =>
  (cycle.residentVerification as ResidentVerification | undefined) ?? 'none';

const refused = (code: string, message: string) => new DomainError('forbidden', code, message);
const REQUIRED: Record<Exclude<ResidentVerification, 'none'>, string> = {
  codes: '本次评议须凭投票码参与，请输入社区发放的投票码 (this cycle requires a voting code)',
  sms: '本次评议须先验证手机号，请获取并填写短信验证码 (this cycle requires a verified phone)',
  both: '本次评议须凭投票码或验证手机号参与 (this cycle requires a voting code or a verified phone)',
};

/** The code's record, when the code is one of this cycle's; unknown and other cycles' codes are refused alike. */
export async function findVotingCode(cycleId: string, votingCode: string, salt: string): Promise<VotingCodeDoc> {
  const code = normalizeVotingCode(votingCode);
  const stored = code ? await VotingCode.findById(hashVotingCode(salt, code)).lean<VotingCodeDoc>() : null;
  if (!stored || String(stored.cycleId) !== cycleId) throw refused('voting_code_invalid', '投票码无效，请核对后重新输入 (unknown voting code)');
  return stored;
}

export function tokenVoterHash(token: string, secrets: VoterSecrets, now: Date): string {
  const hash = verifyVoterToken(secrets.tokenKey, token, now);
  if (!hash) throw refused('voter_token_invalid', '手机验证已过期或无效，请重新验证 (voter token invalid or expired)');
  return hash;
}

/**
 * The voter behind a public vote or score on `cycle`, by its setting: `none` takes any of the three;
 * `codes` only a voting code; `sms` only a voter token; `both` either. A code counts under its
 * community. A mobile number sent with a token must be the token's.
 */
export async function resolveVoter(cycle: Pick<CycleDoc, '_id' | 'residentVerification'> | null, creds: VoterCredentials, secrets: VoterSecrets, now: Date): Promise<Voter> {
  const setting = cycle ? verificationOf(cycle) : 'none';
  if (creds.votingCode && creds.voterToken) throw invalid('one_credential', '投票码与手机验证只需其一 (give a voting code or a voter token, not both)', [{ path: 'votingCode' }]);
  if (creds.votingCode) {
    if (setting === 'sms') throw refused('verification_required', REQUIRED.sms);
    // No cycle (project votes of a year without one): no code can be this cycle's.
    const code = await findVotingCode(cycle ? String(cycle._id) : '', creds.votingCode, secrets.salt);
    return { voterHash: `code:${code._id}`, via: 'code', communityId: code.communityId, batchId: code.batchId };
  }
  if (creds.voterToken) {
    if (setting === 'codes') throw refused('verification_required', REQUIRED.codes);
    const voterHash = tokenVoterHash(creds.voterToken, secrets, now);
    if (creds.voterKey && hashVoterKey(secrets.salt, creds.voterKey) !== voterHash) {
      throw invalid('voter_key_mismatch', '手机号与已验证的号码不一致 (voterKey is not the verified phone)', [{ path: 'voterKey' }]);
    }
    return { voterHash, via: 'sms' };
  }
  if (setting !== 'none') throw refused('verification_required', REQUIRED[setting]);
  if (!creds.voterKey) throw invalid('voter_required', '请输入手机号 (voterKey required)', [{ path: 'voterKey' }]);
  return { voterHash: hashVoterKey(secrets.salt, creds.voterKey), via: 'phone' };
}

/**
 * Project votes are kept per year ("2026"); the evaluation cycle of that year decides how voters
 * prove who they are (an open one first, else the newest). No cycle that year: as before, any number.
 */
export async function votingCycleForYear(year: string): Promise<Pick<CycleDoc, '_id' | 'residentVerification'> | null> {
  const cycles = await EvaluationCycle.find({ year: Number(year) }, { status: 1, residentVerification: 1 }).sort({ _id: -1 }).lean<CycleDoc[]>();
  return cycles.find((c) => c.status === 'open') ?? cycles[0] ?? null;
}
