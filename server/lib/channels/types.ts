/** Where a group robot or webhook posts: one chat group (WeCom, DingTalk, Feishu) or one receiving system. */
export const GROUP_CHANNEL_KINDS = ['wecom', 'dingtalk', 'feishu', 'webhook'] as const;
export type GroupChannelKind = (typeof GROUP_CHANNEL_KINDS)[number];

/**
 * A configured group channel. It receives the reminders of the users placed in its street
 * (`streetId`), or of everyone when it serves the whole district (`streetId: null`), limited to
 * `kinds` when that list is not empty.
 */
export interface GroupChannelConfig {
  id: string;
  kind: GroupChannelKind;
  name: string;
  url: string;
  /** DingTalk/Feishu 加签 secret, or the generic webhook's HMAC key; null when signing is off. */
  secret: string | null;
  streetId: string | null;
  kinds: string[];
  enabled: boolean;
  /** env: from NOTIFY_* variables, read-only in the API; admin: stored by PUT /notification-channels/:id. */
  source: 'env' | 'admin';
}

/** What a channel sends: Chinese first, the full console URL of what the reminder is about. */
export interface OutgoingMessage {
  /** The delivery id: receivers of the generic webhook may use it to drop a repeat. */
  id: string;
  kind: string;
  title: string;
  body: string;
  url: string;
  /** Whom the reminder is addressed to, when a group sees someone else's reminder. */
  recipient?: string | null;
}

/** The receiver refused or could not be reached; `status` is the HTTP status when there was one. */
export class ChannelSendError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'ChannelSendError';
  }
}
