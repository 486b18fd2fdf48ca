import { Types } from 'mongoose';
import { NotificationChannelSetting, type ChannelDoc } from '../../../models/notification-settings.model.js';
import { OrgUnit } from '../../../models/org-unit.model.js';
import type { NotifyConfig } from '../../config-notify.js';
import type { GroupChannelConfig, GroupChannelKind } from '../../lib/channels/types.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';

/** Shown instead of a credential: secrets and webhook URLs are write-only. */
export const SECRET_SET = '已设置';
export const SECRET_UNSET = '未设置';

const fromDoc = (d: ChannelDoc): GroupChannelConfig => ({
  id: d._id, kind: d.kind, name: d.name, url: d.url, secret: d.secret ?? null,
  streetId: d.streetId ? String(d.streetId) : null, kinds: d.kinds ?? [], enabled: d.enabled, source: 'admin',
});

/** Every group channel, from the environment and from the database (disabled ones included). */
export async function allChannels(notify: NotifyConfig): Promise<GroupChannelConfig[]> {
  const stored = await NotificationChannelSetting.find({}).sort({ _id: 1 }).lean<ChannelDoc[]>();
  return [...notify.envChannels, ...stored.map(fromDoc)];
}

/** A channel as admins see it: where it posts (scheme and host only) and whether its credentials are set. */
function publicView(c: GroupChannelConfig) {
  return {
    id: c.id, kind: c.kind, name: c.name, source: c.source, streetId: c.streetId, kinds: c.kinds, enabled: c.enabled,
    urlOrigin: new URL(c.url).origin, url: SECRET_SET, secret: c.secret ? SECRET_SET : SECRET_UNSET,
  };
}

export async function listChannels(notify: NotifyConfig) {
  return { items: (await allChannels(notify)).map(publicView) };
}

export interface ChannelInput {
  kind?: GroupChannelKind;
  name?: string;
  url?: string;
  /** A string sets it, null clears it, absent keeps it. */
  secret?: string | null;
  streetId?: string | null;
  kinds?: string[];
  enabled?: boolean;
}

const WEBHOOK_SECRET_MIN = 16;

/** Creates or changes an admin channel; the URL is needed to create one, the secret kept unless given. */
export async function putChannel(id: string, input: ChannelInput, notify: NotifyConfig) {
  if (notify.envChannels.some((c) => c.id === id)) {
    throw conflict('channel_from_env', '此渠道由环境变量配置，请修改 NOTIFY_* 变量 (configured by the environment)', [{ path: 'id', value: id }]);
  }
  const existing = await NotificationChannelSetting.findById(id).lean<ChannelDoc>();
  const kind = input.kind ?? existing?.kind;
  const url = input.url ?? existing?.url;
  if (!kind) throw invalid('validation_failed', '新建渠道须指定类型 (kind required)', [{ path: 'kind' }]);
  if (!url) throw invalid('validation_failed', '新建渠道须填写 Webhook 地址 (url required)', [{ path: 'url' }]);
  const secret = input.secret === undefined ? (existing?.secret ?? null) : input.secret;
  if (kind === 'webhook' && (!secret || secret.length < WEBHOOK_SECRET_MIN)) {
    throw invalid('validation_failed', `签名 Webhook 须设置至少 ${WEBHOOK_SECRET_MIN} 位的密钥 (webhook secret of ≥ ${WEBHOOK_SECRET_MIN} characters required)`, [{ path: 'secret' }]);
  }
  const streetId = input.streetId === undefined ? (existing?.streetId ? String(existing.streetId) : null) : input.streetId;
  if (streetId && !(await OrgUnit.exists({ _id: streetId, level: 'street' }))) {
    throw invalid('street_not_found', '街镇不存在 (street not found)', [{ path: 'streetId', value: streetId }]);
  }
  const fields = {
    kind, url, secret, streetId: streetId ? new Types.ObjectId(streetId) : null,
    name: input.name ?? existing?.name ?? id, kinds: input.kinds ?? existing?.kinds ?? [], enabled: input.enabled ?? existing?.enabled ?? true,
  };
  await NotificationChannelSetting.updateOne({ _id: id }, { $set: fields }, { upsert: true });
  return publicView(fromDoc((await NotificationChannelSetting.findById(id).lean<ChannelDoc>())!));
}

export async function deleteChannel(id: string, notify: NotifyConfig) {
  if (notify.envChannels.some((c) => c.id === id)) {
    throw conflict('channel_from_env', '此渠道由环境变量配置，请修改 NOTIFY_* 变量 (configured by the environment)', [{ path: 'id', value: id }]);
  }
  const res = await NotificationChannelSetting.deleteOne({ _id: id });
  if (res.deletedCount === 0) throw notFound('提醒渠道');
}
