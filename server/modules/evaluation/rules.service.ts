import { Types } from 'mongoose';
import { OrgUnit } from '../../../models/org-unit.model.js';
import type { CycleDoc } from '../../../models/evaluation.model.js';
import { streetQuotas, type StreetSize } from './awards.rules.js';
import { awardSettingsOf, resolveRules, rulesHash, type CycleRules } from './cycle-rules.js';

/** Active streets with their number of active communities (the org tree is a few hundred units). */
export async function streetSizes(): Promise<StreetSize[]> {
  const [streets, communities] = await Promise.all([
    OrgUnit.find({ level: 'street', active: true }, { code: 1, name: 1 }).lean<Array<{ _id: Types.ObjectId; code: string; name: string }>>(),
    OrgUnit.find({ level: 'community', active: true }, { streetId: 1 }).lean<Array<{ streetId: Types.ObjectId | null }>>(),
  ]);
  const counts = new Map<string, number>();
  for (const c of communities) if (c.streetId) counts.set(String(c.streetId), (counts.get(String(c.streetId)) ?? 0) + 1);
  return streets.map((s) => ({ streetId: String(s._id), code: s.code, name: s.name, communities: counts.get(String(s._id)) ?? 0 }));
}

/** The rules a cycle opens with: its own fields, defaults for what it lacks, street quotas from today's org tree. */
export async function freezeRules(cycle: CycleDoc): Promise<{ rules: CycleRules; rulesHash: string }> {
  const settings = awardSettingsOf(cycle);
  const quotas = settings.quotaMode === 'street' ? streetQuotas(settings.total, await streetSizes()) : null;
  const rules = resolveRules(cycle, quotas);
  return { rules, rulesHash: rulesHash(rules) };
}
