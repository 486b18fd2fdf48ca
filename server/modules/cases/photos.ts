import { Types } from 'mongoose';
import { Case, type CaseDoc } from '../../../models/case.model.js';
import { photoStore, type StoredPhoto } from '../../db/photo-store.js';
import { conflict, notFound } from '../../lib/errors.js';
import { checkPhotos, type DeclaredPhoto } from '../../lib/photos.js';
import type { Actor } from '../../lib/actor.js';
import { canSeeCase, MAX_CASE_PHOTOS } from './cases.rules.js';

/** Case photos: GridFS bucket `case_photos` (server/db/photo-store.ts). */
export const casePhotos = photoStore('case_photos');

/** Checks and stores photos for case `caseId`, numbered from `from` + 1. Nothing stays behind if one fails. */
export async function storeCasePhotos(caseId: Types.ObjectId, photos: DeclaredPhoto[], from = 0): Promise<StoredPhoto[]> {
  const checked = checkPhotos(photos);
  const stored: StoredPhoto[] = [];
  try {
    for (const [i, p] of checked.entries()) stored.push(await casePhotos.save(p, `case-${caseId}-${from + i + 1}`, { caseId, n: from + i + 1 }));
    return stored;
  } catch (err) {
    await casePhotos.delete(stored.map((p) => p.fileId));
    throw err;
  }
}

const changedMeanwhile = () => conflict('case_changed', '案例的照片刚被修改，请刷新后重试 (the case\'s photos changed meanwhile; reload)');

/**
 * Replaces the photo list only if it still has the length it was read with: of two racing
 * edits one wins and the other is told to reload (its new photos are removed again).
 */
async function swapPhotos(c: CaseDoc, photos: StoredPhoto[]): Promise<boolean> {
  const res = await Case.updateOne({ _id: c._id, photos: { $size: c.photos.length } }, { $set: { photos } });
  return res.matchedCount === 1;
}

export async function addCasePhotos(c: CaseDoc, photos: DeclaredPhoto[]) {
  if (c.photos.length + photos.length > MAX_CASE_PHOTOS) {
    throw conflict('too_many_photos', `一个案例最多 ${MAX_CASE_PHOTOS} 张照片，现有 ${c.photos.length} 张 (at most ${MAX_CASE_PHOTOS} photos)`, [{ path: 'photos' }]);
  }
  const stored = await storeCasePhotos(c._id, photos, c.photos.length);
  if (await swapPhotos(c, [...(c.photos as StoredPhoto[]), ...stored])) return;
  await casePhotos.delete(stored.map((p) => p.fileId));
  throw changedMeanwhile();
}

export async function removeCasePhoto(c: CaseDoc, n: number) {
  const photo = c.photos[n - 1];
  if (!photo) throw notFound('照片');
  if (!(await swapPhotos(c, (c.photos as StoredPhoto[]).filter((_, i) => i !== n - 1)))) throw changedMeanwhile();
  await casePhotos.delete([photo.fileId]);
}

/** Photo `n` (1-based) of a case the reader may see (null: the public pages); anything else 404. */
export async function casePhoto(id: string, n: number, actor: Actor | null) {
  const c = await Case.findById(id).lean<CaseDoc>();
  if (!c || !canSeeCase(actor, c)) throw notFound('案例');
  const photo = c.photos[n - 1];
  if (!photo) throw notFound('照片');
  return photo;
}
