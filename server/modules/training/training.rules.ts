import type { TrainingLevel } from '../../../models/training.model.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import type { Timed } from '../../lib/sign-in-code.js';
import { monthKey } from '../../lib/time.js';

export const LEVEL_NAMES: Record<TrainingLevel, string> = { district: '区级联训', 'street-studio': '街镇工作室', 'study-group': '分组联学' };

type ScopeLevel = 'district' | 'street';
/** The org level a session of each kind is held for: 区级联训 the district, 街镇工作室 a street, 分组联学 either. */
export const SCOPE_LEVELS: Record<TrainingLevel, readonly ScopeLevel[]> = { district: ['district'], 'street-studio': ['street'], 'study-group': ['district', 'street'] };

type Id = unknown;
export interface Scope { _id: Id; level: string; districtId?: Id }
/** Who wants to organise: their role and street, and whether they may mentor (a 大梁 or 预备大梁). */
export interface Organiser { role: string; streetId?: Id; canMentor: boolean }

/** Why a session of `level` cannot be held for `scope`, or null. */
export function scopeProblem(level: TrainingLevel, scope: Scope): string | null {
  if (SCOPE_LEVELS[level].includes(scope.level as ScopeLevel)) return null;
  const where = { district: '区', 'street-studio': '街镇', 'study-group': '区或街镇' }[level];
  return `${LEVEL_NAMES[level]}须面向${where} (a ${level} session is held for: ${SCOPE_LEVELS[level].join(' or ')})`;
}

/**
 * Why `who` may not hold a session of `level` for `scope`, or null. District staff (admins) hold any;
 * the staff of a street (a department account placed in it, e.g. its 党建办) and the street's 大梁
 * hold 街镇工作室 and 分组联学 sessions of their own street.
 */
export function organiseProblem(who: Organiser, level: TrainingLevel, scope: Scope): string | null {
  if (who.role === 'admin') return null;
  const streetOrganiser = who.role === 'department' || (who.role === 'secretary' && who.canMentor);
  if (!streetOrganiser || level === 'district') return '区级联训由区委组织部举办；街镇工作室、分组联学由本街镇工作人员或大梁举办 (not allowed to organise this session)';
  if (scope.level !== 'street' || who.streetId == null || !sameId(String(scope._id), String(who.streetId))) return '只能为本街镇举办培训 (only for your own street)';
  return null;
}

export interface TrainerCandidate { canMentor: boolean; active: boolean; streetId?: Id }

/** Why a trainer cannot lead the session, or null: a named 大梁 must be one (and active); a 街镇工作室 is led by a 大梁 of its street. */
export function trainerProblem(level: TrainingLevel, trainer: { kind: string; user?: TrainerCandidate | null }, scope: Scope): string | null {
  if (trainer.kind === 'mentor' && !(trainer.user?.canMentor && trainer.user.active)) return '授课大梁须为在任的大梁或预备大梁 (the trainer must be an active mentor)';
  if (level !== 'street-studio') return null;
  if (trainer.kind !== 'mentor') return '街镇工作室由本街镇的大梁领衔 (a street studio is led by a mentor of the street)';
  return sameId(String(trainer.user?.streetId ?? ''), String(scope._id)) ? null : '街镇工作室由本街镇的大梁领衔 (a street studio is led by a mentor of the street)';
}

export interface InviteeCandidate { role: string; beam?: string | null; active?: boolean | null; streetId?: Id; districtId?: Id }

/** Why a person cannot be invited, or null: only active 小梁, of the session's street (or district). */
export function inviteeProblem(user: InviteeCandidate | undefined, scope: Scope): string | null {
  if (!user || user.role !== 'secretary' || user.beam !== 'mentee' || user.active === false) return '不是在任的小梁 (not an active mentee)';
  const home = scope.level === 'street' ? user.streetId : user.districtId;
  return sameId(String(home ?? ''), String(scope._id)) ? null : `不在本${scope.level === 'street' ? '街镇' : '区'}范围内 (outside the session's scope)`;
}

export interface SessionRoles { createdById: Id; trainer: { userId?: Id }; scopeLevel: string; streetId?: Id }

/** Admins, the session's organiser, its 大梁 trainer, and the staff of its street manage it (code, attendance, changes). */
export const canManageSession = (actor: Actor, s: SessionRoles) =>
  isAdmin(actor)
  || sameId(String(s.createdById), actor.id)
  || (s.trainer.userId != null && sameId(String(s.trainer.userId), actor.id))
  || (actor.role === 'department' && s.scopeLevel === 'street' && s.streetId != null && sameId(String(s.streetId), actor.streetId));

export type RecordStatus = 'attended' | 'upcoming' | 'ongoing' | 'missed';

/** Where an invited 小梁 stands with a session at `now`. */
export function recordStatus(s: Timed, attendance: unknown, now: Date): RecordStatus {
  if (attendance) return 'attended';
  if (now < s.startAt) return 'upcoming';
  return now <= s.endAt ? 'ongoing' : 'missed';
}

export interface CountedSession extends Timed { _id: Id; recordedAt: Date; inviteeIds: readonly Id[] }
export interface RecordedAttendance { sessionId: Id; menteeId: Id; at: Date }

/**
 * Whether a session is one of a month's, as known at `asOf`: it ended in that Shanghai month by
 * `asOf`, and was recorded before `asOf` (a session entered afterwards counts for nobody's past month).
 */
export const countsInMonth = (s: CountedSession, month: string, asOf: Date) =>
  monthKey(s.endAt) === month && s.endAt <= asOf && s.recordedAt < asOf;

export interface TrainingTally { invited: number; attended: number }

/**
 * A month's training per 小梁 as it stood at `asOf`: sessions of the month they were invited to, and
 * of those the ones whose attendance was recorded before `asOf` (a tick written after the month's end
 * changes no past month). Invitees are frozen when a session ends, so the list read now is theirs then.
 */
export function tallyTraining(sessions: readonly CountedSession[], attendances: readonly RecordedAttendance[], month: string, asOf: Date): Map<string, TrainingTally> {
  const present = new Set(attendances.filter((a) => a.at < asOf).map((a) => `${a.sessionId}:${a.menteeId}`));
  const tally = new Map<string, TrainingTally>();
  for (const s of sessions.filter((x) => countsInMonth(x, month, asOf))) {
    for (const invitee of new Set(s.inviteeIds.map(String))) {
      const t = tally.get(invitee) ?? { invited: 0, attended: 0 };
      t.invited++;
      if (present.has(`${s._id}:${invitee}`)) t.attended++;
      tally.set(invitee, t);
    }
  }
  return tally;
}
