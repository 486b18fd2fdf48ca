import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import mongoose, { Types } from 'mongoose';
import { GridFSBucket } from 'mongodb';
import type { CheckedPhoto } from './claims.rules.js';

/**
 * Claim photos live in GridFS (bucket `claim_photos`), in the database every API process shares:
 * no shared volume is needed when API processes run on several hosts, and backups hold them with
 * the claims. A photo is read by `files_id` (+ `n`), which the bucket's unique index serves on
 * MongoDB and on our FerretDB build (equality pushdown, patch 0002); stock FerretDB 1.24.2 scans.
 */
const BUCKET = 'claim_photos';
const bucket = () => new GridFSBucket(mongoose.connection.db!, { bucketName: BUCKET });

export async function savePhoto(photo: CheckedPhoto, claimId: Types.ObjectId, n: number): Promise<Types.ObjectId> {
  const upload = bucket().openUploadStream(`${claimId}-${n}`, {
    metadata: { claimId, n, contentType: photo.contentType, sha256: photo.sha256 },
  });
  await new Promise<void>((resolve, reject) => {
    upload.once('error', reject);
    upload.once('finish', () => resolve());
    upload.end(photo.bytes);
  });
  return upload.id as Types.ObjectId;
}

/** Removes photos of a claim that was never written (best effort: they are only unreachable bytes). */
export async function deletePhotos(fileIds: Types.ObjectId[]): Promise<void> {
  await Promise.all(fileIds.map((id) => bucket().delete(id).catch(() => undefined)));
}

export async function sendPhoto(fileId: Types.ObjectId, to: Writable): Promise<void> {
  await pipeline(bucket().openDownloadStream(fileId), to);
}
