import { PointsRule, PointsRuleVersion, type PointsRuleDoc, type PointsRuleVersionDoc } from '../../../models/points.model.js';
import { invalid, isDuplicateKeyError, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { dayKey } from '../../lib/time.js';
import { readerById } from '../../db/reads-by-id.js';
import { baseVersion, effectiveFromProblem, versionInForce, type VersionTerms } from './rule-versions.rules.js';

/** A rule with the points, unit and cap in force on a day, and that version's number. */
export type RuleInForce = PointsRuleDoc & { version: number };

export type StoredVersion = VersionTerms & { createdAt?: Date; createdById?: unknown };

const termsOf = (v: PointsRuleVersionDoc): StoredVersion => ({
  version: v.version, effectiveFrom: v.effectiveFrom ?? null, points: v.points, unit: v.unit as VersionTerms['unit'], monthlyCap: v.monthlyCap ?? null,
  createdAt: v.createdAt, createdById: v.createdById,
});

/** Every version of a rule, oldest first: the version documents, or the rule itself as version 1. */
export async function versionsOf(rule: PointsRuleDoc): Promise<StoredVersion[]> {
  if (!rule.versioned) return [baseVersion(rule)];
  const docs = await PointsRuleVersion.find({ ruleKey: rule._id }).lean<PointsRuleVersionDoc[]>();
  // Marked versioned but version 1 not yet written (an edit in flight): the rule is still version 1.
  const versions = docs.length ? docs.map(termsOf) : [baseVersion(rule)];
  return versions.sort((a, b) => a.version - b.version);
}

/** The rule as in force on the Shanghai day of `at`. Unversioned rules cost no extra read. */
export async function withVersionAt(rule: PointsRuleDoc, at: Date): Promise<RuleInForce> {
  const v = versionInForce(await versionsOf(rule), dayKey(at)) ?? baseVersion(rule);
  return { ...rule, points: v.points, unit: v.unit, monthlyCap: v.monthlyCap, version: v.version };
}

export async function ruleInForce(key: string, at: Date): Promise<RuleInForce | null> {
  const rule = await readerById<PointsRuleDoc>(PointsRule)(key);
  return rule ? withVersionAt(rule, at) : null;
}

/** Inserts a version document; false when that number is taken. */
async function insertVersion(ruleKey: string, terms: VersionTerms, createdById: string | null) {
  try {
    await PointsRuleVersion.create({ _id: `${ruleKey}#${terms.version}`, ruleKey, ...terms, createdById });
    return true;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return false;
  }
}

/**
 * Adds a version with `changes` applied to the one in force on `effectiveFrom`. The rule is marked
 * versioned first, then its own terms are written as version 1 (if no edit did it yet), then the new
 * version takes the next free number: racing edits each get their own.
 */
export async function addVersion(rule: PointsRuleDoc, changes: Partial<Pick<VersionTerms, 'points' | 'unit' | 'monthlyCap'>>, effectiveFrom: string, actor: Actor, now: Date) {
  const problem = effectiveFromProblem(effectiveFrom, dayKey(now));
  if (problem) throw invalid('effective_from_past', problem, [{ path: 'effectiveFrom' }]);
  if (!rule.versioned) {
    await PointsRule.updateOne({ _id: rule._id }, { $set: { versioned: true } });
    await insertVersion(rule._id, baseVersion(rule), null);
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    const versions = await versionsOf({ ...rule, versioned: true });
    const base = versionInForce(versions, effectiveFrom) ?? versions[0];
    const version = Math.max(...versions.map((v) => v.version)) + 1;
    const terms: VersionTerms = {
      version, effectiveFrom, points: changes.points ?? base.points, unit: changes.unit ?? base.unit,
      monthlyCap: changes.monthlyCap !== undefined ? changes.monthlyCap : base.monthlyCap,
    };
    if (await insertVersion(rule._id, terms, actor.id)) return terms;
  }
  throw new Error(`rule ${rule._id}: no free version number after 20 attempts`);
}

export async function ruleVersions(key: string, now: Date) {
  const rule = await PointsRule.findById(key).lean<PointsRuleDoc>();
  if (!rule) throw notFound('积分规则');
  const versions = await versionsOf(rule);
  const current = versionInForce(versions, dayKey(now));
  return { key, name: rule.name, current: current?.version ?? null, items: versions };
}
