import type { Actor } from '../../lib/actor.js';
import { yearKey } from '../../lib/time.js';
import { photosBodyLimit } from '../../lib/photos.js';

/** A case carries at most this many photos; one request adds at most PHOTOS_PER_REQUEST. */
export const MAX_CASE_PHOTOS = 9;
export const PHOTOS_PER_REQUEST = 3;
export const CASE_BODY_LIMIT = photosBodyLimit(PHOTOS_PER_REQUEST);
/** 最妥一件事: the district showed its 10 best; a year's list holds at most this many. */
export const MAX_BEST_CASES = 20;

/** Staff-only cases are for the programme's own people: logged-in secretaries (大梁 and 小梁) and district admins. */
export const readsStaffCases = (actor: Pick<Actor, 'role'> | null) => actor?.role === 'admin' || actor?.role === 'secretary';

/** Whether a reader (null: nobody logged in, the public pages) sees a case, its photos included. */
export const canSeeCase = (actor: Pick<Actor, 'role'> | null, c: { visibility: string }) => c.visibility === 'public' || readsStaffCases(actor);

export interface CaseSearch {
  category?: string;
  street?: string;
  year?: number;
}

/** The equality keys of a case search (each served by an index of `cases`); a reader without staff access gets public cases only. */
export function caseListKeys(actor: Pick<Actor, 'role'> | null, q: CaseSearch): Record<string, string | number> {
  const keys: Record<string, string | number> = {};
  if (!readsStaffCases(actor)) keys.visibility = 'public';
  if (q.category) keys.categoryKey = q.category;
  if (q.street) keys.streetId = q.street;
  if (q.year) keys.year = q.year;
  return keys;
}

/** Only a finished project becomes a case. */
export const canBecomeCase = (project: { status: string }) => project.status === 'done';

/** The year a case belongs to: the Shanghai year its project was finished (a project finished without a recorded change: its last write). */
export function caseYear(project: { statusHistory?: Array<{ to?: string | null; at?: Date | null }> | null; updatedAt: Date }): number {
  const finished = [...(project.statusHistory ?? [])].reverse().find((h) => h.to === 'done' && h.at);
  return yearKey(new Date(finished?.at ?? project.updatedAt));
}

export type BestListProblem = { index: number; code: 'case_not_found' | 'case_not_public' | 'case_wrong_year'; message: string };

/**
 * What keeps ids out of a year's 最妥一件事: a case that does not exist, is staff-only (the list has a
 * public page), or belongs to another year. Empty: the list may be saved in this order.
 */
export function bestListProblems(year: number, ids: string[], cases: Array<{ _id: unknown; visibility: string; year: number; title: string }>): BestListProblem[] {
  const byId = new Map(cases.map((c) => [String(c._id), c]));
  return ids.flatMap((id, index): BestListProblem[] => {
    const c = byId.get(id);
    if (!c) return [{ index, code: 'case_not_found', message: `第 ${index + 1} 个案例不存在 (case ${id} not found)` }];
    if (c.visibility !== 'public') return [{ index, code: 'case_not_public', message: `「${c.title}」仅内部可见，不能列入公开的“最妥一件事” (case is staff-only)` }];
    if (c.year !== year) return [{ index, code: 'case_wrong_year', message: `「${c.title}」是 ${c.year} 年的案例，不能列入 ${year} 年 (case belongs to ${c.year})` }];
    return [];
  });
}
