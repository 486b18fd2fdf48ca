import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import mongoose, { Types } from 'mongoose';
import { GridFSBucket } from 'mongodb';
import type { CheckedPhoto } from '../lib/photos.js';

/** What a document keeps of a stored photo (its bytes are in GridFS). */
export interface StoredPhoto {
  fileId: Types.ObjectId;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Photos live in GridFS buckets, in the database every API process shares: no shared volume is
 * needed when API processes run on several hosts, and backups hold them with their documents. A
 * photo is read by `files_id` (+ `n`), which the bucket's unique index serves on MongoDB and on our
 * FerretDB build (equality pushdown, patch 0002); stock FerretDB 1.24.2 scans.
 */
export function photoStore(bucketName: string) {
  const bucket = () => new GridFSBucket(mongoose.connection.db!, { bucketName });
  return {
    /** Stores the bytes; `metadata` says whose photo it is (for someone reading the bucket by hand). */
    async save(photo: CheckedPhoto, filename: string, metadata: Record<string, unknown>): Promise<StoredPhoto> {
      const upload = bucket().openUploadStream(filename, { metadata: { ...metadata, contentType: photo.contentType, sha256: photo.sha256 } });
      await new Promise<void>((resolve, reject) => {
        upload.once('error', reject);
        upload.once('finish', () => resolve());
        upload.end(photo.bytes);
      });
      return { fileId: upload.id as Types.ObjectId, contentType: photo.contentType, size: photo.bytes.length, sha256: photo.sha256 };
    },
    /** Best effort: a photo left behind is only unreachable bytes. */
    async delete(fileIds: Types.ObjectId[]): Promise<void> {
      await Promise.all(fileIds.map((id) => bucket().delete(id).catch(() => undefined)));
    },
    async send(fileId: Types.ObjectId, to: Writable): Promise<void> {
      await pipeline(bucket().openDownloadStream(fileId), to);
    },
  };
}
export type PhotoStore = ReturnType<typeof photoStore>;
