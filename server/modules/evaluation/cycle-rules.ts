import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.js';
import type { CycleDoc } from '../../../models/evaluation.model.js';
import { DEFAULT_AWARD_SETTINGS, DEFAULT_PROJECT_AWARD_SETTINGS, type AwardSettings, type ProjectAwardSettings, type StreetQuota } from './awards.rules.js';
import { DEFAULT_SCALE, type Weighted } from './evaluation.rules.js';
import { minimumsFor, type Minimums } from './evidence.rules.js';
import type { Trimming } from './trimming.rules.js';

/**
 * Everything the results and the awards of a cycle are computed under. Copied onto the cycle when it
 * opens (`cycle.rules`, with `rulesHash`): from then on nothing is read from the code's defaults or
 * the org tree, so a later change to either never reaches an open, closed or published cycle.
 * A draft cycle (or one opened before rules were frozen) resolves them from its own fields and the
 * current defaults on each read.
 */
export interface CycleRules {
  indicators: Weighted[];
  sources: Weighted[];
  scale: { min: number; max: number };
  /** Per source, with the defaults filled in (evidence.rules.ts). */
  minimums: Minimums;
  /**
   * The residents' trimmed mean: the percentage of their lowest and highest scores dropped per
   * indicator (trimming.rules.ts). Cycles frozen before it could be chosen say 'none' (nothing dropped).
   */
  trimming: Trimming;
  awards: AwardSettings & {
    /** Street quotas (Hamilton method, awards.rules.ts) from the active communities at opening; null in district mode. */
    quotas: StreetQuota[] | null;
  };
  /** 最受群众欢迎项目 places, notice and minimum votes, quotas likewise; absent on cycles opened before it existed. */
  projectAwards?: ProjectAwardSettings & { quotas: StreetQuota[] | null };
}

/** A cycle's award settings: its own, each missing one from the defaults. */
export const awardSettingsOf = (cycle: Pick<CycleDoc, 'awards'>): AwardSettings => ({ ...DEFAULT_AWARD_SETTINGS, ...(cycle.awards ?? {}) });
export const projectAwardSettingsOf = (cycle: Pick<CycleDoc, 'projectAwards'>): ProjectAwardSettings => ({ ...DEFAULT_PROJECT_AWARD_SETTINGS, ...(cycle.projectAwards ?? {}) });
/** A cycle's trimming as chosen at creation; cycles created before it existed trim nothing. */
export const trimmingOf = (cycle: Pick<CycleDoc, 'trimming'>) => ({ residentTrimPercent: cycle.trimming?.residentTrimPercent ?? 0 });

/** The rules as they stand for this cycle now: its own fields, the defaults for anything it lacks. */
export function resolveRules(cycle: CycleDoc, quotas: StreetQuota[] | null, projectQuotas: StreetQuota[] | null = null): CycleRules {
  const awards = awardSettingsOf(cycle);
  const projects = projectAwardSettingsOf(cycle);
  return {
    indicators: cycle.indicators.map(({ key, name, weight }) => ({ key, name, weight })),
    sources: cycle.sources.map(({ key, name, weight }) => ({ key, name, weight })),
    scale: cycle.scale ? { min: cycle.scale.min, max: cycle.scale.max } : { ...DEFAULT_SCALE },
    minimums: minimumsFor(cycle.sources, cycle.minimums),
    trimming: trimmingOf(cycle),
    awards: { total: awards.total, quotaMode: awards.quotaMode, noticeWorkingDays: awards.noticeWorkingDays, quotas: awards.quotaMode === 'street' ? quotas : null },
    projectAwards: {
      total: projects.total, quotaMode: projects.quotaMode, noticeWorkingDays: projects.noticeWorkingDays, minVotes: projects.minVotes,
      quotas: projects.quotaMode === 'street' ? projectQuotas : null,
    },
  };
}

/** A short, stable fingerprint of the rules (keys sorted), recorded with the results and award lists. */
export function rulesHash(rules: CycleRules): string {
  return createHash('sha256').update(canonicalJson(rules)).digest('hex').slice(0, 16);
}

/** The cycle's frozen rules, or (not yet frozen) the rules it would be computed under now. */
export function rulesOf(cycle: CycleDoc): { rules: CycleRules; rulesHash: string; frozen: boolean } {
  if (cycle.rules && cycle.rulesHash) return { rules: cycle.rules, rulesHash: cycle.rulesHash, frozen: true };
  const rules = resolveRules(cycle, null);
  return { rules, rulesHash: rulesHash(rules), frozen: false };
}
