import { invalid } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { yearKey } from '../../lib/time.js';
import { applyRosterPlan, type Progress } from './roster.apply.js';
import { loadRosterContext } from './roster.checks.js';
import { parseRoster } from './roster.parse.js';
import { countsOf, planRoster, type ImportCounts } from './roster.plan.js';
import { validateRosterRows, type RowError } from './roster.rules.js';

export type { ImportCounts } from './roster.plan.js';
export type { Progress } from './roster.apply.js';

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  streets: ImportCounts;
  communities: ImportCounts;
  secretaries: ImportCounts;
  mentorships: ImportCounts;
}

/**
 * Checks every row (on its own, across rows, against the database) before writing anything; any
 * error → 400 with the whole per-row report and nothing imported. Then plans what differs from the
 * database: a dry run reports that plan's counts, an import writes it, so importing the same file
 * again changes nothing and a dry run says what the import would do.
 */
export async function importRoster(
  file: Buffer,
  opts: { districtId?: string; dryRun?: boolean },
  actor: Actor,
  now: Date,
  onProgress: Progress = () => {},
): Promise<ImportReport> {
  const raw = await parseRoster(file);
  const { rows, errors } = validateRosterRows(raw, String(yearKey(now)));
  // The database checks run on the rows that passed the field checks, so one pass reports both kinds.
  const passed = new Set(rows.map((r) => r.row));
  const heldBack = new Set(raw.filter((r) => !passed.has(r.row)).flatMap((r) => (r.cells.username ? [r.cells.username] : [])));
  const checked = rows.length || !errors.length ? await loadRosterContext(rows, opts.districtId, heldBack) : null;
  const all: RowError[] = [...errors, ...(checked?.errors ?? [])].sort((a, b) => a.row - b.row);
  if (all.length || !checked) {
    throw invalid('roster_invalid', `名册有 ${all.length} 处错误，未导入任何数据 (roster has errors; nothing imported)`, all);
  }
  const plan = planRoster(rows, checked.ctx);
  if (!opts.dryRun) await applyRosterPlan(plan, checked.ctx, actor, now, onProgress);
  return {
    dryRun: !!opts.dryRun, rows: rows.length,
    streets: countsOf(plan.streets), communities: countsOf(plan.communities),
    secretaries: countsOf(plan.secretaries), mentorships: countsOf(plan.pairs),
  };
}
