import Joi from 'joi';
import type { Response } from 'express';
import type { PhotoStore, StoredPhoto } from '../db/photo-store.js';
import { MAX_PHOTO_BASE64, PHOTO_TYPES } from '../lib/photos.js';

/** A photo in a JSON body. Base64 length is checked loosely here (a third over) so an oversize photo gets its own 413 after decoding. */
export const photoUpload = () => Joi.object({
  contentType: Joi.string().valid(...PHOTO_TYPES).required().description('image/jpeg 或 image/png（以文件头校验）'),
  data: Joi.string().base64({ paddingRequired: false }).max(Math.ceil(MAX_PHOTO_BASE64 * 1.34)).required().description('照片内容（base64，解码后 ≤ 2 MB）'),
});

/** Streams a stored photo inline under `name` (without extension); never cached by shared caches. */
export async function sendStoredPhoto(res: Response, store: PhotoStore, photo: Pick<StoredPhoto, 'fileId' | 'contentType'>, name: string) {
  res.setHeader('Content-Type', photo.contentType);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Content-Disposition', `inline; filename="${name}.${photo.contentType === 'image/png' ? 'png' : 'jpg'}"`);
  await store.send(photo.fileId, res);
}
