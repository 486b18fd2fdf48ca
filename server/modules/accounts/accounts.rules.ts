/** How a username is read everywhere it is looked up or counted (login, login limits). */
export const normalizeUsername = (raw: string) => raw.trim();

export interface SessionFacts {
  active?: boolean | null;
  orgUnitId?: unknown;
  beam?: string | null;
}

/**
 * Changes after which the tokens a user already holds must stop working: a new password, a switch
 * between active and inactive, a new unit or a new beam (大梁/小梁: what the console lets them do).
 */
export function endsSessions(before: SessionFacts, changes: SessionFacts & { password?: string | null }): boolean {
  if (changes.password) return true;
  if (changes.active != null && changes.active !== (before.active ?? true)) return true;
  if (changes.orgUnitId != null && String(changes.orgUnitId) !== String(before.orgUnitId ?? '')) return true;
  return changes.beam !== undefined && (changes.beam ?? null) !== (before.beam ?? null);
}
