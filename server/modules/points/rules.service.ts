import { PointsRule, type PointsRuleDoc } from '../../../models/points.model.js';
import { conflict, invalid, isDuplicateKeyError, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { dayKey } from '../../lib/time.js';
import { DEFAULT_RULES, type RuleDefinition } from './points.rules.js';
import { effectiveFromProblem, VERSIONED_FIELDS } from './rule-versions.rules.js';
import { addVersion, withVersionAt } from './rule-versions.service.js';

/** Inserts the default rules that are missing; never touches a rule an admin has edited. */
export async function seedDefaultRules(): Promise<void> {
  for (const rule of DEFAULT_RULES) {
    try {
      await PointsRule.updateOne({ _id: rule._id }, { $setOnInsert: { ...rule, active: true } }, { upsert: true });
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err; // another process seeded it first
    }
  }
}

export const toRule = ({ _id, __v: _v, ...rest }: PointsRuleDoc & { __v?: number; version?: number }) => ({ key: _id, version: 1, ...rest });

/** Every rule with the points, unit and cap in force today (and that version's number). */
export async function listRules(now: Date) {
  const rules = await PointsRule.find({}).sort({ _id: 1 }).lean<PointsRuleDoc[]>();
  return { items: (await Promise.all(rules.map((r) => withVersionAt(r, now)))).map(toRule) };
}

export async function createRule(input: Omit<RuleDefinition, '_id' | 'monthlyCap' | 'partyDayItem'> & { key: string; monthlyCap?: number | null; partyDayItem?: RuleDefinition['partyDayItem']; active?: boolean }) {
  const { key, ...rest } = input;
  try {
    const rule = await PointsRule.create({ _id: key, ...rest });
    return toRule(rule.toObject() as PointsRuleDoc);
  } catch (err) {
    if (isDuplicateKeyError(err)) throw conflict('rule_exists', `规则已存在：${key} (rule key taken)`, [{ path: 'key' }]);
    throw err;
  }
}

export interface RuleChanges {
  name?: string;
  points?: number;
  unit?: 'event' | 'hour';
  monthlyCap?: number | null;
  partyDayItem?: RuleDefinition['partyDayItem'];
  active?: boolean;
  /** The Shanghai day a change of points, unit or cap takes effect; default today. */
  effectiveFrom?: string;
}

/**
 * Name, themed-day item and active change the rule in place. Points, unit and cap make a new
 * version from `effectiveFrom` (today or later): entries keep the terms they were written under,
 * and awards for earlier days keep using the version in force then.
 */
export async function updateRule(key: string, body: RuleChanges, actor: Actor, now: Date) {
  const { effectiveFrom, ...changes } = body;
  const problem = effectiveFrom ? effectiveFromProblem(effectiveFrom, dayKey(now)) : null;
  if (problem) throw invalid('effective_from_past', problem, [{ path: 'effectiveFrom' }]);
  const versioned = Object.fromEntries(VERSIONED_FIELDS.filter((f) => f in changes).map((f) => [f, changes[f]]));
  const inPlace = Object.fromEntries(Object.entries(changes).filter(([f]) => !(VERSIONED_FIELDS as readonly string[]).includes(f)));
  if (effectiveFrom && !Object.keys(versioned).length) {
    throw invalid('nothing_versioned', 'effectiveFrom 只用于修改分值、单位或上限 (effectiveFrom applies to points, unit or monthlyCap)', [{ path: 'effectiveFrom' }]);
  }
  let rule = Object.keys(inPlace).length
    ? await PointsRule.findOneAndUpdate({ _id: key }, { $set: inPlace }, { returnDocument: 'after' }).lean<PointsRuleDoc>()
    : await PointsRule.findById(key).lean<PointsRuleDoc>();
  if (!rule) throw notFound('积分规则');
  let created = null;
  if (Object.keys(versioned).length) {
    created = await addVersion(rule, versioned, effectiveFrom ?? dayKey(now), actor, now);
    rule = { ...rule, versioned: true };
  }
  return { ...toRule(await withVersionAt(rule, now)), ...(created ? { createdVersion: created } : {}) };
}

export async function getActiveRule(key: string) {
  return PointsRule.findById(key).lean<PointsRuleDoc>();
}
