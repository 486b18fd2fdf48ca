import { STAGES, type Stage } from '../../../models/user.model.js';
import { STAGE_LABELS } from '../../lib/status-labels.js';

export const DEFAULT_MENTOR_CAPACITY = 3;

export const STAGE_NAMES = STAGE_LABELS as Readonly<Record<Stage, string>>;

/** A 大梁, or a 小梁 who has reached 预备大梁, may mentor. */
export const canMentor = (u: { role: string; beam?: string | null; stage?: string | null; active?: boolean | null }) =>
  u.role === 'secretary' && u.active !== false && (u.beam === 'mentor' || u.stage === 'reserve');

export const capacityOf = (u: { mentorCapacity?: number | null }) => u.mentorCapacity ?? DEFAULT_MENTOR_CAPACITY;

/**
 * Why a mentor's capacity may not be set to `capacity` (null means the default), or null when it
 * may: it may not drop below the pairs they coach now, nor below a place one of them holds (new
 * pairs take free places 1..capacity, so a pair in place 3 under a capacity of 2 would let a third in).
 */
export function capacityShortfall(capacity: number | null, activeSlots: ReadonlyArray<number | null | undefined>) {
  const active = activeSlots.length;
  const highestPlace = Math.max(0, ...activeSlots.map((s) => s ?? 0));
  const wanted = capacityOf({ mentorCapacity: capacity });
  if (wanted < active) {
    return { details: { active }, message: `该大梁正在带教 ${active} 名小梁，带教名额不能少于 ${active} (capacity below the ${active} active pairs)` };
  }
  if (wanted < highestPlace) {
    return { details: { active, highestPlace }, message: `该大梁的第 ${highestPlace} 个带教名额正在使用，带教名额不能少于 ${highestPlace} (place ${highestPlace} is taken)` };
  }
  return null;
}

export type StageCheck = { ok: true } | { ok: false; code: string; message: string };

/** Growth is one step forward at a time; anything else (skip, step back) is an admin override with a reason. */
export function checkStageChange(from: Stage | null, to: Stage, override: boolean, reason: string): StageCheck {
  if (from === to) return { ok: false, code: 'stage_unchanged', message: `已处于“${STAGE_NAMES[to]}”阶段 (already at this stage)` };
  const fromIndex = from ? STAGES.indexOf(from) : -1;
  const isNextStep = STAGES.indexOf(to) === fromIndex + 1;
  if (isNextStep) return { ok: true };
  if (!override) {
    const next = STAGES[fromIndex + 1];
    return {
      ok: false,
      code: 'stage_step',
      message: next
        ? `成长阶段只能逐级前进，下一阶段为“${STAGE_NAMES[next]}”；跳级或回退须 override 并说明理由 (one step forward at a time)`
        : `已是最高阶段“${STAGE_NAMES.reserve}” (already at the last stage)`,
    };
  }
  if (!reason.trim()) return { ok: false, code: 'override_reason', message: '跳级或回退必须填写理由 (an override needs a reason)' };
  return { ok: true };
}
