import { mobileOf } from './format';

/** How a resident proves who they are on the public pages (the cycle's residentVerification). */
export type Verification = 'none' | 'codes' | 'sms' | 'both';
export interface VoterProof { method: 'phone' | 'code' | 'sms'; voterKey: string; votingCode: string; token: string; tokenExpiresAt: string; verifiedPhone: string }

const STORE = 'bigbeam.voterToken';

/** The proof a page starts with: a voter token still valid in this browser tab is reused. */
export function initialProof(): VoterProof {
  const saved = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as { token: string; expiresAt: string; phone: string } | null;
  const live = saved && new Date(saved.expiresAt).getTime() > Date.now();
  return { method: 'phone', voterKey: '', votingCode: '', token: live ? saved.token : '', tokenExpiresAt: live ? saved.expiresAt : '', verifiedPhone: live ? saved.phone : '' };
}

export function saveToken(proof: VoterProof, token: string, expiresAt: string, phone: string) {
  Object.assign(proof, { token, tokenExpiresAt: expiresAt, verifiedPhone: phone });
  sessionStorage.setItem(STORE, JSON.stringify({ token, expiresAt, phone }));
}

/** The method a setting starts on. */
export const defaultMethod = (v: Verification): VoterProof['method'] => (v === 'none' ? 'phone' : v === 'sms' ? 'sms' : 'code');

/** The body fields and headers a vote carries, or what the resident still has to do. */
export function proofRequest(proof: VoterProof): { body: Record<string, string>; headers: Record<string, string> } | { error: string } {
  if (proof.method === 'code') {
    return proof.votingCode.trim() ? { body: { votingCode: proof.votingCode.trim() }, headers: {} } : { error: '请先填写投票码' };
  }
  if (proof.method === 'sms') return proof.token ? { body: {}, headers: { 'X-Voter-Token': proof.token } } : { error: '请先验证手机号' };
  return mobileOf(proof.voterKey) ? { body: { voterKey: proof.voterKey.trim() }, headers: {} } : { error: '请先填写 11 位手机号' };
}
