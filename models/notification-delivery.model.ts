import mongoose, { Schema } from 'mongoose';

export const DELIVERY_STATUSES = ['pending', 'sent', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

const attemptSchema = new Schema(
  { attempt: Number, at: Date, ok: Boolean, error: { type: String, default: null } },
  { _id: false },
);

/**
 * The outbox: one message to send through one channel. `_id` "<notification id or topic>|<channel id>"
 * ("…|sms" for a user's phone, "digest:<userId>:<day>|sms" for a digest), so handing the same
 * reminder over twice inserts nothing. Attempt n is claimed by inserting DeliveryClaim "<_id>#<n>".
 */
const deliverySchema = new Schema(
  {
    _id: { type: String, required: true },
    channelId: { type: String, required: true },
    channelKind: { type: String, required: true },
    notificationIds: { type: [String], default: [] },
    /** The recipient of an SMS (the phone is read from the user at send time, never stored here). */
    userId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    kind: { type: String, required: true },
    title: { type: String, required: true },
    body: { type: String, default: '' },
    url: { type: String, required: true },
    recipient: { type: String, default: null },
    status: { type: String, enum: DELIVERY_STATUSES, default: 'pending' },
    /** Attempts made so far; attempt n+1 is due at nextAttemptAt. */
    attempts: { type: Number, default: 0 },
    maxAttempts: { type: Number, required: true },
    nextAttemptAt: { type: Date, required: true },
    /** Immediate deliveries wait out the quiet hours; digests go at the hour their reader chose. */
    respectQuietHours: { type: Boolean, default: true },
    lastError: { type: String, default: null },
    sentAt: { type: Date, default: null },
    deadAt: { type: Date, default: null },
    attemptLog: { type: [attemptSchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);
deliverySchema.index({ status: 1, nextAttemptAt: 1 });
deliverySchema.index({ status: 1, createdAt: -1 });

export interface DeliveryDoc {
  _id: string;
  channelId: string;
  channelKind: string;
  notificationIds: string[];
  userId: mongoose.Types.ObjectId | null;
  kind: string;
  title: string;
  body: string;
  url: string;
  recipient: string | null;
  status: DeliveryStatus;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: Date;
  respectQuietHours: boolean;
  lastError: string | null;
  sentAt: Date | null;
  deadAt: Date | null;
  attemptLog: Array<{ attempt: number; at: Date; ok: boolean; error: string | null }>;
  createdAt: Date;
  updatedAt: Date;
}
export const NotificationDelivery = mongoose.model('NotificationDelivery', deliverySchema, 'notification_deliveries');

/** "Attempt n of this delivery is mine": `_id` "<delivery id>#<n>". Its createdAt (real clock) tells a crashed sender's claim. */
const claimSchema = new Schema(
  { _id: { type: String, required: true }, owner: { type: String, required: true } },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
export const DeliveryClaim = mongoose.model('DeliveryClaim', claimSchema, 'notification_delivery_claims');

/** Reminders stored but not yet handed to the outbox: `_id` the notification id. Small, read whole. */
const fanoutSchema = new Schema({ _id: { type: String, required: true } }, { timestamps: { createdAt: true, updatedAt: false }, versionKey: false });
export const NotificationFanout = mongoose.model('NotificationFanout', fanoutSchema, 'notification_fanout');

/** A reminder waiting for its reader's daily digest: `_id` the notification id; `slotDay` the digest's Shanghai day. */
const digestItemSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    kind: { type: String, required: true },
    title: { type: String, required: true },
    link: { type: String, default: null },
    slotAt: { type: Date, required: true },
    slotDay: { type: String, required: true },
    status: { type: String, enum: ['waiting', 'digested'], default: 'waiting' },
  },
  { timestamps: true, versionKey: false },
);
digestItemSchema.index({ status: 1, slotAt: 1 });
export interface DigestItemDoc {
  _id: string;
  userId: mongoose.Types.ObjectId;
  kind: string;
  title: string;
  link: string | null;
  slotAt: Date;
  slotDay: string;
  status: 'waiting' | 'digested';
  createdAt: Date;
}
export const DigestItem = mongoose.model('DigestItem', digestItemSchema, 'notification_digest_items');
