import { NotificationPreference, type PreferenceDoc } from '../../../models/notification-settings.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import type { Actor } from '../../lib/actor.js';
import type { Deps } from '../../deps.js';
import { maskPhone } from '../../lib/sms/index.js';
import { DEFAULT_MODE, modeFor, NOTIFICATION_KINDS, type DeliveryMode } from './delivery.rules.js';

const pad = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export async function myPreferences(actor: Actor, deps: Deps) {
  const [pref, user] = await Promise.all([
    NotificationPreference.findById(actor.id).lean<PreferenceDoc>(),
    User.findById(actor.id).lean<UserDoc>(),
  ]);
  const quiet = deps.config.notify.quietHours;
  return {
    digestHour: pref?.digestHour ?? deps.config.notify.defaultDigestHour,
    quietHours: quiet ? `${pad(quiet.startMinute)}-${pad(quiet.endMinute)}` : null,
    sms: { available: deps.sms.noticesEnabled, phone: user?.phone ? maskPhone(user.phone) : null },
    kinds: Object.entries(NOTIFICATION_KINDS).map(([kind, label]) => ({
      kind, label, mode: modeFor(pref?.modes, kind), isDefault: !pref?.modes?.[kind] || pref.modes[kind] === DEFAULT_MODE,
    })),
  };
}

/** Changes the kinds named (the others keep their choice) and the digest hour when given. */
export async function setMyPreferences(actor: Actor, input: { digestHour?: number; kinds?: Record<string, DeliveryMode> }, deps: Deps) {
  const current = await NotificationPreference.findById(actor.id).lean<PreferenceDoc>();
  const modes = { ...(current?.modes ?? {}), ...(input.kinds ?? {}) };
  const digestHour = input.digestHour ?? current?.digestHour ?? null;
  await NotificationPreference.updateOne({ _id: actor.id }, { $set: { modes, digestHour } }, { upsert: true });
  return myPreferences(actor, deps);
}

/** A user's stored choices, or null (the defaults). */
export const preferenceOf = (userId: string) => NotificationPreference.findById(userId).lean<PreferenceDoc>();
