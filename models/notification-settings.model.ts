import mongoose, { Schema } from 'mongoose';
import { GROUP_CHANNEL_KINDS } from '../server/lib/channels/types.js';

/**
 * A group channel an admin configured (PUT /notification-channels/:id). `url` and `secret` are
 * credentials (a WeCom webhook URL carries its key): the API never returns them.
 */
const channelSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: GROUP_CHANNEL_KINDS, required: true },
    name: { type: String, required: true },
    url: { type: String, required: true },
    secret: { type: String, default: null },
    /** null: the whole district; else the street whose users' reminders it receives. */
    streetId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    /** Kinds of reminder it receives; empty: all. */
    kinds: { type: [String], default: [] },
    enabled: { type: Boolean, default: true },
  },
  { timestamps: true, versionKey: false },
);
export interface ChannelDoc {
  _id: string;
  kind: (typeof GROUP_CHANNEL_KINDS)[number];
  name: string;
  url: string;
  secret: string | null;
  streetId: mongoose.Types.ObjectId | null;
  kinds: string[];
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}
export const NotificationChannelSetting = mongoose.model('NotificationChannelSetting', channelSchema, 'notification_channels');

/** A user's choices, `_id` the user id: `modes` maps a kind of reminder to console | immediate | digest (kinds are a fixed list, safe as keys). */
const preferenceSchema = new Schema(
  {
    _id: { type: String, required: true },
    modes: { type: Schema.Types.Mixed, default: {} },
    digestHour: { type: Number, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
export interface PreferenceDoc {
  _id: string;
  modes: Record<string, string>;
  digestHour: number | null;
}
export const NotificationPreference = mongoose.model('NotificationPreference', preferenceSchema, 'notification_preferences');
