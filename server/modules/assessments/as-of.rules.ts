/**
 * The state a record was in at an instant, read from the history it keeps, so that a month is
 * rated from how things stood at its end however they have changed since.
 */

export interface Change<T> {
  from?: T | null;
  to: T;
  at: Date;
}

/**
 * What a value with a change history held at `asOf`: the last change before it; before the first
 * change, that change's `from` (a `from` of null marks the value set on creation: its `to`); with no
 * history, the current value.
 */
export function heldAt<T>(history: ReadonlyArray<Change<T>> | null | undefined, asOf: Date, current: T): T {
  if (!history?.length) return current;
  const before = history.filter((c) => c.at < asOf);
  if (before.length) return before[before.length - 1].to;
  return history[0].from ?? history[0].to;
}

/** A whistle is closed at `asOf` when its last answer before then closed it (else by its `closedAt`). */
export function whistleClosedAt(
  w: { responses?: ReadonlyArray<{ status?: string | null; at?: Date | null }> | null; closedAt?: Date | null },
  asOf: Date,
  isClosedStatus: (status: string) => boolean,
): boolean {
  const answers = (w.responses ?? []).filter((r) => r.at && r.at < asOf);
  if (answers.length) return isClosedStatus(answers[answers.length - 1].status ?? '');
  return !!w.closedAt && w.closedAt < asOf;
}

/**
 * A project's percent at `asOf`: its current percent when no log has come after `asOf`, else the
 * newest log's before then (logs newest first), else 0.
 */
export function percentAt(
  project: { percent?: number | null; lastProgressAt?: Date | null },
  logsNewestFirst: ReadonlyArray<{ date: Date; percent: number }>,
  asOf: Date,
): number {
  if (!project.lastProgressAt || project.lastProgressAt < asOf) return project.percent ?? 0;
  return logsNewestFirst.find((l) => l.date < asOf)?.percent ?? 0;
}
