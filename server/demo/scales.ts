/** The demo's shape: `reference` mirrors the Putuo 2021 case (shared/docs/domain.md); `small` is ~1/20 of it. */
export interface DemoScale {
  name: 'small' | 'reference';
  streets: number;
  communities: number;
  mentors: number;
  evaluators: number;
  members: number;
  /** Points entries per member over the 12 months before the current one (≈). */
  entriesPerMember: number;
  residentScores: number;
  whistles: number;
}

export const SCALES: Record<DemoScale['name'], DemoScale> = {
  reference: { name: 'reference', streets: 10, communities: 278, mentors: 93, evaluators: 13, members: 20_000, entriesPerMember: 50, residentScores: 30_000, whistles: 80 },
  small: { name: 'small', streets: 3, communities: 14, mentors: 5, evaluators: 3, members: 1_000, entriesPerMember: 50, residentScores: 1_500, whistles: 6 },
};

export const DEMO_PASSWORD = 'demo2026';
/** One demo login per console role, all with DEMO_PASSWORD. */
export const DEMO_LOGINS = { admin: 'demo.admin', 小梁: 'demo.mentee', 大梁: 'demo.mentor', 评估人员: 'demo.evaluator', 部门: 'demo.department', 党员: 'demo.member' } as const;
