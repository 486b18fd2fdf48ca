import { createHash } from 'node:crypto';
import { DomainError, invalid } from './errors.js';

/** Photos uploaded as base64 in JSON (claims, cases): JPEG or PNG, each at most this many bytes. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Base64 is 4 characters per 3 bytes: the longest `data` string a photo of MAX_PHOTO_BYTES can be. */
export const MAX_PHOTO_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;
/** A JSON body limit for `count` photos in base64 plus the other fields, with room to spare. */
export const photosBodyLimit = (count: number) => `${Math.ceil((count * MAX_PHOTO_BASE64 + 64 * 1024) / (1024 * 1024))}mb`;

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (buf: Uint8Array, magic: number[]) => buf.length > magic.length && magic.every((b, i) => buf[i] === b);

/** What the bytes are, by their magic numbers (never by what the client declared); null: neither JPEG nor PNG. */
export function sniffImage(buf: Uint8Array): PhotoType | null {
  if (startsWith(buf, PNG)) return 'image/png';
  if (startsWith(buf, JPEG)) return 'image/jpeg';
  return null;
}

export interface DeclaredPhoto {
  contentType: string;
  data: string;
}

export type CheckedPhoto = { bytes: Buffer; contentType: PhotoType; sha256: string };
export type PhotoProblem = { index: number; code: 'photo_too_large' | 'photo_not_image' | 'photo_type_mismatch'; message: string };

/** Decodes and checks one photo: size, then the sniffed type against the declared one. */
export function checkPhoto(p: DeclaredPhoto, index: number): CheckedPhoto | PhotoProblem {
  const bytes = Buffer.from(p.data, 'base64');
  const n = index + 1;
  if (bytes.length > MAX_PHOTO_BYTES) {
    return { index, code: 'photo_too_large', message: `第 ${n} 张照片超过 ${MAX_PHOTO_BYTES / 1024 / 1024} MB (photo ${n} is larger than ${MAX_PHOTO_BYTES} bytes)` };
  }
  const sniffed = sniffImage(bytes);
  if (!sniffed) return { index, code: 'photo_not_image', message: `第 ${n} 张照片不是 JPEG 或 PNG 图片 (photo ${n} is not a JPEG or PNG image)` };
  if (sniffed !== p.contentType) {
    return { index, code: 'photo_type_mismatch', message: `第 ${n} 张照片实为 ${sniffed}，与声明的 ${p.contentType} 不符 (photo ${n} is ${sniffed}, declared ${p.contentType})` };
  }
  return { bytes, contentType: sniffed, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export const isPhotoProblem = (x: CheckedPhoto | PhotoProblem): x is PhotoProblem => 'code' in x;

/** Checks every photo; the first problem is thrown (413 for an oversize photo, else 400), naming `photos.<i>`. */
export function checkPhotos(photos: DeclaredPhoto[]): CheckedPhoto[] {
  const checked = photos.map(checkPhoto);
  const problem = checked.find(isPhotoProblem);
  if (!problem) return checked as CheckedPhoto[];
  const details = [{ path: `photos.${problem.index}` }];
  if (problem.code === 'photo_too_large') throw new DomainError('payload_too_large', problem.code, problem.message, details);
  throw invalid(problem.code, problem.message, details);
}
