import { PointsRule, type PointsRuleDoc } from '../../../models/points.model.js';
import { conflict, isDuplicateKeyError, notFound } from '../../lib/errors.js';
import { DEFAULT_RULES, type RuleDefinition } from './points.rules.js';

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

export const toRule = ({ _id, __v: _v, ...rest }: PointsRuleDoc & { __v?: number }) => ({ key: _id, ...rest });

export async function listRules() {
  const rules = await PointsRule.find({}).sort({ _id: 1 }).lean<PointsRuleDoc[]>();
  return { items: rules.map(toRule) };
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

export async function updateRule(key: string, changes: Record<string, unknown>) {
  const rule = await PointsRule.findOneAndUpdate({ _id: key }, { $set: changes }, { returnDocument: 'after' }).lean<PointsRuleDoc>();
  if (!rule) throw notFound('积分规则');
  return toRule(rule);
}

export async function getActiveRule(key: string) {
  return PointsRule.findById(key).lean<PointsRuleDoc>();
}
