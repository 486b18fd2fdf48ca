import { photoStore } from '../../db/photo-store.js';

/** Claim photos: GridFS bucket `claim_photos` (server/db/photo-store.ts). */
export const claimPhotos = photoStore('claim_photos');
