import type { Types } from 'mongoose';
import type { OrgLevel } from '../../../models/org-unit.model.js';

/** The level a parent must have for each level: district → street → community. */
export const PARENT_LEVEL: Record<OrgLevel, OrgLevel | null> = {
  district: null,
  street: 'district',
  community: 'street',
};

export interface Ancestors {
  streetId: Types.ObjectId | null;
  districtId: Types.ObjectId | null;
}

/** The denormalized ancestors of a new unit, from its parent (already validated to be of the right level). */
export function ancestorsFor(
  level: OrgLevel,
  parent: { _id: Types.ObjectId; districtId?: Types.ObjectId | null } | null,
): Ancestors {
  if (level === 'district' || !parent) return { streetId: null, districtId: null };
  if (level === 'street') return { streetId: null, districtId: parent._id };
  return { streetId: parent._id, districtId: parent.districtId ?? null };
}
