import { Types } from 'mongoose';
import { EvaluationCycle, type CycleDoc } from '../../../models/evaluation.model.js';
import { OrgUnit, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { VotingCode, VotingCodeBatch, type VotingCodeBatchDoc } from '../../../models/voting.model.js';
import type { Actor } from '../../lib/actor.js';
import { conflict, invalid, isDuplicateKeyError, notFound } from '../../lib/errors.js';
import { generateVotingCode, hashVotingCode } from '../../lib/voting-codes.js';
import { votingCodeSheet } from './codes.sheet.js';

async function cycleForCodes(cycleId: string): Promise<CycleDoc> {
  const cycle = await EvaluationCycle.findById(cycleId).lean<CycleDoc>();
  if (!cycle) throw notFound('评估周期');
  if (cycle.status === 'closed' || cycle.status === 'published') {
    throw conflict('cycle_not_open', `评估周期已${cycle.status === 'closed' ? '结束评分' : '公布结果'}，不再生成投票码 (the cycle is over)`);
  }
  return cycle;
}

async function community(communityId: string): Promise<OrgUnitDoc> {
  const unit = await OrgUnit.findById(communityId).lean<OrgUnitDoc>();
  if (!unit || unit.level !== 'community') throw invalid('unknown_community', '居村不存在 (unknown community)', [{ path: 'communityId' }]);
  return unit;
}

/** Inserts `count` fresh codes; the rare code that collides with a stored one is drawn again. */
async function insertCodes(base: { cycleId: Types.ObjectId; communityId: Types.ObjectId; batchId: Types.ObjectId }, count: number, salt: string): Promise<string[]> {
  const codes: string[] = [];
  while (codes.length < count) {
    const fresh = Array.from({ length: count - codes.length }, generateVotingCode);
    const docs = fresh.map((code) => ({ _id: hashVotingCode(salt, code), ...base }));
    try {
      await VotingCode.insertMany(docs, { ordered: false });
      codes.push(...fresh);
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      const failed = new Set(((err as { writeErrors?: Array<{ index: number }> }).writeErrors ?? []).map((w) => w.index));
      codes.push(...fresh.filter((_, i) => !failed.has(i)));
    }
  }
  return codes;
}

/**
 * A batch of one-time voting codes for a community's door-to-door handout, as a printable sheet.
 * Codes are shown only here: the database keeps their HMACs. A retried request makes another batch.
 */
export async function generateVotingCodes(cycleId: string, input: { communityId: string; count: number }, actor: Actor, now: Date, salt: string, publicUrl: string) {
  const [cycle, unit] = await Promise.all([cycleForCodes(cycleId), community(input.communityId)]);
  const batch = await VotingCodeBatch.create({ cycleId: cycle._id, communityId: unit._id, count: input.count, byId: new Types.ObjectId(actor.id), at: now });
  const codes = await insertCodes({ cycleId: cycle._id, communityId: unit._id, batchId: batch._id }, input.count, salt);
  const file = await votingCodeSheet({ cycleName: cycle.name, communityName: unit.name, codes, publicUrl, at: now });
  return { file, fileName: `投票码-${unit.name}-${cycle.name}.xlsx` };
}

/** The cycle's batches, newest first: who generated how many codes for which community (never the codes). */
export async function listVotingCodeBatches(cycleId: string) {
  if (!(await EvaluationCycle.exists({ _id: cycleId }))) throw notFound('评估周期');
  const batches = await VotingCodeBatch.find({ cycleId: new Types.ObjectId(cycleId) }).sort({ at: -1, _id: -1 }).lean<VotingCodeBatchDoc[]>();
  const [units, users] = await Promise.all([
    OrgUnit.find({ _id: { $in: [...new Set(batches.map((b) => String(b.communityId)))] } }, { name: 1 }).lean<OrgUnitDoc[]>(),
    User.find({ _id: { $in: [...new Set(batches.map((b) => String(b.byId)))] } }, { displayName: 1 }).lean<UserDoc[]>(),
  ]);
  const unitName = new Map(units.map((u) => [String(u._id), u.name]));
  const userName = new Map(users.map((u) => [String(u._id), u.displayName]));
  const items = batches.map((b) => ({
    id: String(b._id), communityId: String(b.communityId), communityName: unitName.get(String(b.communityId)) ?? null,
    count: b.count, byId: String(b.byId), byName: userName.get(String(b.byId)) ?? null, at: b.at,
  }));
  return { items, total: items.reduce((sum, b) => sum + b.count, 0) };
}
