import { Types } from 'mongoose';
import { OrgUnit } from '../../../models/org-unit.model.js';
import type { CycleDoc } from '../../../models/evaluation.model.js';
import { SETTINGS_FIELD, streetQuotas, type AwardKind, type AwardSettings, type StreetQuota, type StreetSize } from './awards.rules.js';
import { awardSettingsOf, projectAwardSettingsOf, resolveRules, rulesHash, rulesOf, type CycleRules } from './cycle-rules.js';

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
  const [settings, projects] = [awardSettingsOf(cycle), projectAwardSettingsOf(cycle)];
  const streets = settings.quotaMode === 'street' || projects.quotaMode === 'street' ? await streetSizes() : [];
  const quotaOf = (s: { quotaMode: string; total: number }) => (s.quotaMode === 'street' ? streetQuotas(s.total, streets) : null);
  const rules = resolveRules(cycle, quotaOf(settings), quotaOf(projects));
  return { rules, rulesHash: rulesHash(rules) };
}

export type HonourSettings = AwardSettings & { minVotes?: number; quotas: StreetQuota[] | null };

/**
 * One honour's places, quotas and notice (and minimum votes) for a cycle: frozen once it opened;
 * before that, or for project places of a cycle opened before they existed, what opening now
 * would freeze (the cycle's own settings, the defaults, today's org tree).
 */
export async function honourRules(cycle: CycleDoc, kind: AwardKind): Promise<{ settings: HonourSettings; rulesHash: string; frozen: boolean }> {
  const field = SETTINGS_FIELD[kind];
  const { rules, rulesHash, frozen } = cycle.rules ? rulesOf(cycle) : { ...(await freezeRules(cycle)), frozen: false };
  const settings = rules[field] ?? (await freezeRules(cycle)).rules[field]!;
  return { settings, rulesHash, frozen: frozen && !!rules[field] };
}
