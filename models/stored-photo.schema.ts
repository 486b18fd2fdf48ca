import { Schema } from 'mongoose';

/** A photo kept on a document; its bytes are in a GridFS bucket (server/db/photo-store.ts). */
export const storedPhotoSchema = new Schema(
  {
    fileId: { type: Schema.Types.ObjectId, required: true },
    contentType: { type: String, enum: ['image/jpeg', 'image/png'], required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
  },
  { _id: false },
);
