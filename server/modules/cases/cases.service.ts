import { Types } from 'mongoose';
import { BestCases, Case, type CaseDoc, type CaseVisibility } from '../../../models/case.model.js';
import { conflict, isDuplicateKeyError, notFound } from '../../lib/errors.js';
import type { DeclaredPhoto } from '../../lib/photos.js';
import type { Actor } from '../../lib/actor.js';
import { skipFor, type Page } from '../../lib/paging.js';
import type { StoredPhoto } from '../../db/photo-store.js';
import { unitNames } from '../org/index.js';
import { categoryNames, getProjectOrThrow } from '../projects/index.js';
import { canBecomeCase, canSeeCase, caseListKeys, caseYear, type CaseSearch } from './cases.rules.js';
import { addCasePhotos, casePhotos, removeCasePhoto, storeCasePhotos } from './photos.js';

export interface Review {
  reviewerName: string;
  reviewerTitle: string;
  text: string;
  reviewedAt?: Date;
}

export interface CaseInput {
  projectId: string;
  summary: string;
  whatWorked: string;
  problemsMet: string;
  visibility: CaseVisibility;
  photos: DeclaredPhoto[];
  review?: Review;
}

/** A public case's photos are served by the public route; a staff-only case's only to staff. */
const photoUrl = (c: CaseDoc, n: number) => (c.visibility === 'public' ? `/api/v1/public/cases/${c._id}/photos/${n}` : `/api/v1/cases/${c._id}/photos/${n}`);

/** What readers get: labels for category and units, photos as links (storage ids stay inside), nobody's account id. */
async function toCases(cases: CaseDoc[]) {
  const [categories, units] = await Promise.all([categoryNames(), unitNames(cases.flatMap((c) => [c.streetId, c.communityId]))]);
  return cases.map((c) => {
    const { __v: _v, markedById: _m, photos, ...rest } = c as CaseDoc & { __v?: number };
    return {
      ...rest,
      categoryName: categories.get(c.categoryKey) ?? c.categoryKey,
      streetName: units.get(String(c.streetId)) ?? null,
      communityName: units.get(String(c.communityId)) ?? null,
      photos: photos.map((p, i) => ({ n: i + 1, contentType: p.contentType, size: p.size, url: photoUrl(c, i + 1) })),
    };
  });
}
export type CaseView = Awaited<ReturnType<typeof toCases>>[number];
const toCase = async (c: CaseDoc) => (await toCases([c]))[0];

export async function getCaseOrThrow(id: string): Promise<CaseDoc> {
  const c = await Case.findById(id).lean<CaseDoc>();
  if (!c) throw notFound('案例');
  return c;
}

/** The case if the reader (null: the public pages) may see it; a staff-only case is 404 to others, as if it did not exist. */
async function visibleCase(id: string, actor: Actor | null): Promise<CaseDoc> {
  const c = await Case.findById(id).lean<CaseDoc>();
  if (!c || !canSeeCase(actor, c)) throw notFound('案例');
  return c;
}

const caseExists = () => conflict('case_exists', '该项目已是案例 (the project is already a case)');
const withReviewDate = (r: Review | undefined, now: Date) => (r ? { ...r, reviewedAt: r.reviewedAt ?? now } : null);

/** An admin marks a finished project as a case: its labels are copied now; the unique projectId index decides racing marks. */
export async function markCase(input: CaseInput, actor: Actor, now: Date) {
  const project = await getProjectOrThrow(input.projectId);
  if (!canBecomeCase(project)) throw conflict('project_not_done', '只有已完成的项目可以标记为案例 (only a finished project can become a case)', [{ status: project.status }]);
  if (await Case.exists({ projectId: project._id })) throw caseExists();
  const _id = new Types.ObjectId();
  const photos = await storeCasePhotos(_id, input.photos);
  try {
    const c = await Case.create({
      _id, projectId: project._id, title: project.title, categoryKey: project.categoryKey, communityId: project.communityId,
      streetId: project.streetId ?? null, districtId: project.districtId ?? null, year: caseYear(project),
      summary: input.summary, whatWorked: input.whatWorked, problemsMet: input.problemsMet, visibility: input.visibility,
      photos, review: withReviewDate(input.review, now), markedById: actor.id, markedAt: now,
    });
    return toCase(c.toObject() as CaseDoc);
  } catch (err) {
    await casePhotos.delete(photos.map((p) => p.fileId));
    throw isDuplicateKeyError(err) ? caseExists() : err;
  }
}

export type CaseQuery = CaseSearch & { page: number; pageSize: number };

/** Cases by category, street and year, newest year first, paged in the database; staff-only ones only for staff. */
export async function listCases(q: CaseQuery, actor: Actor | null): Promise<Page<CaseView>> {
  const keys = caseListKeys(actor, q);
  const filter = { ...keys, ...(keys.streetId ? { streetId: new Types.ObjectId(String(keys.streetId)) } : {}) };
  const [items, total] = await Promise.all([
    Case.find(filter).sort({ year: -1, _id: -1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<CaseDoc[]>(),
    Case.countDocuments(filter),
  ]);
  return { items: await toCases(items), page: q.page, pageSize: q.pageSize, total };
}

export const caseDetail = async (id: string, actor: Actor | null) => toCase(await visibleCase(id, actor));

/** Whether the case is on its year's 最妥一件事 (whose page is public). */
const inBestList = async (c: CaseDoc) => !!(await BestCases.exists({ _id: c.year, caseIds: c._id }));
const onBestList = (c: CaseDoc) =>
  conflict('case_in_best_list', `「${c.title}」在 ${c.year} 年“最妥一件事”中，请先将其移出 (the case is on the year's best list; remove it first)`, [{ year: c.year }]);

export async function updateCase(id: string, changes: Partial<Pick<CaseInput, 'summary' | 'whatWorked' | 'problemsMet' | 'visibility'>>) {
  const c = await getCaseOrThrow(id);
  if (changes.visibility === 'staff' && c.visibility === 'public' && (await inBestList(c))) throw onBestList(c);
  await Case.updateOne({ _id: c._id }, { $set: changes });
  return toCase(await getCaseOrThrow(id));
}

export async function setReview(id: string, review: Review, now: Date) {
  const c = await getCaseOrThrow(id);
  await Case.updateOne({ _id: c._id }, { $set: { review: withReviewDate(review, now) } });
  return toCase(await getCaseOrThrow(id));
}

export async function addPhotos(id: string, photos: DeclaredPhoto[]) {
  await addCasePhotos(await getCaseOrThrow(id), photos);
  return toCase(await getCaseOrThrow(id));
}

export async function removePhoto(id: string, n: number) {
  await removeCasePhoto(await getCaseOrThrow(id), n);
  return toCase(await getCaseOrThrow(id));
}

/** Un-marks a case (its photos go too); one on a 最妥一件事 list must leave the list first. */
export async function deleteCase(id: string) {
  const c = await getCaseOrThrow(id);
  if (await inBestList(c)) throw onBestList(c);
  await Case.deleteOne({ _id: c._id });
  await casePhotos.delete((c.photos as StoredPhoto[]).map((p) => p.fileId));
}

export { toCases };
