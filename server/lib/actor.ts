import type { Types } from 'mongoose';

export const ROLES = ['admin', 'secretary', 'evaluator', 'department', 'member', 'resident'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: what services need to decide object-level access, without any HTTP types. */
export interface Actor {
  id: string;
  role: Role;
  username: string;
  orgUnitId?: string;
  streetId?: string;
  districtId?: string;
}

export const isAdmin = (actor: Actor) => actor.role === 'admin';
export const sameId = (a: Types.ObjectId | string | null | undefined, b: Types.ObjectId | string | null | undefined) =>
  a != null && b != null && String(a) === String(b);
