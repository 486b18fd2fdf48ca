/** Pure shaping of the district dashboard from small per-document lists (hundreds of rows at district scale). */

export interface StreetRow {
  streetId: string;
  streetName: string;
  communities: number;
  activePairs: number;
  projects: Record<string, number>;
  overdueWhistles: number;
}

type Ref = { streetId?: unknown };

/** One row per street (zeros where a street has none), sorted by Chinese name; rows with an unknown street are skipped. */
export function streetRows(
  streets: Array<{ id: string; name: string }>,
  data: { communities: Ref[]; activePairs: Ref[]; overdueWhistles: Ref[]; projects: Array<Ref & { status: string }> },
  statuses: readonly string[],
): StreetRow[] {
  const rows = new Map<string, StreetRow>(
    streets.map((s) => [s.id, { streetId: s.id, streetName: s.name, communities: 0, activePairs: 0, projects: Object.fromEntries(statuses.map((k) => [k, 0])), overdueWhistles: 0 }]),
  );
  const rowOf = (r: Ref) => rows.get(String(r.streetId));
  for (const field of ['communities', 'activePairs', 'overdueWhistles'] as const) {
    for (const r of data[field]) {
      const row = rowOf(r);
      if (row) row[field]++;
    }
  }
  for (const p of data.projects) {
    const row = rowOf(p);
    if (row && p.status in row.projects) row.projects[p.status]++;
  }
  return [...rows.values()].sort((a, b) => a.streetName.localeCompare(b.streetName, 'zh-Hans-CN'));
}

/** Counts by a key, in the order of `keys` (missing keys count 0, unknown keys are dropped). */
export function countBy<T>(items: T[], keyOf: (item: T) => string, keys: readonly string[]): Record<string, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const item of items) {
    const k = keyOf(item);
    if (k in out) out[k]++;
  }
  return out;
}

/** Scored / assigned as a percentage with one decimal; null when nothing is assigned yet. */
export function progressPercent(scored: number, assigned: number): number | null {
  return assigned > 0 ? Math.round((scored / assigned) * 1000) / 10 : null;
}
