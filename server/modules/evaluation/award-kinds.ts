import type { AwardCandidate } from '../../../models/award.model.js';
import type { AwardKind } from './awards.rules.js';

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * What differs between the honours that go through places, 公示 and objections: their names, the
 * id a candidate is shown under, and the labels and scores shown for a candidate (the admin list,
 * the public notice and the export). Everything else (the notice chain, objections, decisions) is shared.
 */
export interface KindProfile {
  label: string;
  /** What a candidate is, in messages: "该书记…", "该项目…". */
  noun: string;
  idKey: 'secretaryId' | 'projectId';
  /** A candidate's public labels and score. */
  show(c: AwardCandidate): Record<string, unknown>;
  /** The export's columns between 名额 and 公示截止, their cells and widths. */
  columns: Array<{ header: string; width: number; cell: (c: AwardCandidate) => string | number }>;
}

const unitColumns: KindProfile['columns'] = [
  { header: '居村', width: 18, cell: (c) => c.communityName ?? '' },
  { header: '街镇', width: 16, cell: (c) => c.streetName ?? '' },
];

export const KINDS: Record<AwardKind, KindProfile> = {
  secretary: {
    label: '最美书记', noun: '书记', idKey: 'secretaryId',
    show: (c) => ({ displayName: c.displayName, communityName: c.communityName, streetName: c.streetName, final: r2(c.final) }),
    columns: [{ header: '书记', width: 12, cell: (c) => c.displayName }, ...unitColumns, { header: '综合得分', width: 10, cell: (c) => r2(c.final) }],
  },
  project: {
    label: '最受群众欢迎项目', noun: '项目', idKey: 'projectId',
    show: (c) => ({
      title: c.displayName, communityName: c.communityName, streetName: c.streetName, score: c.final,
      votes: c.votes?.total ?? 0, average: c.votes?.average ?? null,
    }),
    columns: [
      { header: '项目', width: 30, cell: (c) => c.displayName }, ...unitColumns,
      { header: '综合得分', width: 10, cell: (c) => c.final }, { header: '票数', width: 8, cell: (c) => c.votes?.total ?? 0 },
    ],
  },
};

/** A stored `{ candidateId, … }` as the API shows it: under `secretaryId` or `projectId`. */
export function underKindId<T extends { candidateId: string }>(kind: AwardKind, { candidateId, ...rest }: T) {
  return { ...rest, [KINDS[kind].idKey]: candidateId };
}
