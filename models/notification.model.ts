import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/**
 * An in-app reminder. `_id` is deterministic for job-made reminders (e.g. "2026-11:inactive-mentee:<userId>"),
 * so a job that runs twice reminds once.
 */
const notificationSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    kind: { type: String, required: true },
    title: { type: String, required: true },
    body: { type: String, default: '' },
    /** The console path of what it is about ("/mentee/project"); outbox messages carry PUBLIC_URL + this. */
    link: { type: String, default: null },
    /**
     * What it is about when several people are reminded of one thing ("whistle-overdue:<id>"): a
     * group channel posts the thing once, not once per person reminded.
     */
    topic: { type: String, default: null },
    /** pending: not yet handed to the outbox (notification-delivery does that); done; absent on reminders older than the outbox. */
    fanout: { type: String, enum: ['pending', 'done', null], default: null },
    readAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
notificationSchema.index({ userId: 1, createdAt: -1 });
export type NotificationDoc = InferSchemaType<typeof notificationSchema> & { _id: string; createdAt: Date };
export const Notification = mongoose.model('Notification', notificationSchema, 'notifications');
