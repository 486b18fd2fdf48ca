import type { OrgUnitDoc } from '../../models/org-unit.model.js';
import type { UserDoc } from '../../models/user.model.js';
import { createUser } from './users.js';

const placed = (community: OrgUnitDoc) => ({
  orgUnitId: community._id,
  streetId: community.streetId,
  districtId: community.districtId,
});

export const createMentor = (community: OrgUnitDoc, fields: Partial<UserDoc> = {}) =>
  createUser({ role: 'secretary', beam: 'mentor', ...placed(community), ...fields });

export const createMentee = (community: OrgUnitDoc, fields: Partial<UserDoc> = {}) =>
  createUser({ role: 'secretary', beam: 'mentee', stage: 'new', ...placed(community), ...fields });

export const createMember = (community: OrgUnitDoc, fields: Partial<UserDoc> = {}) =>
  createUser({ role: 'member', ...placed(community), ...fields });
