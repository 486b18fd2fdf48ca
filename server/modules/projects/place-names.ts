import type { Types } from 'mongoose';
import { User } from '../../../models/user.model.js';
import { unitNames } from '../org/index.js';

type Id = Types.ObjectId | string | null | undefined;
interface Placed { streetId?: Id; communityId?: Id; ownerId?: Id; departmentId?: Id }
export interface PlaceNames { streetName: string | null; communityName: string | null; ownerName: string | null; departmentName?: string | null }

/**
 * Projects or whistles of a page with the names boards show: 街镇, 居村, the owning secretary (and the
 * department of a whistle). Two reads by _id for the whole page, never one per row.
 */
export async function withPlaceNames<T extends Placed>(items: T[]): Promise<Array<T & PlaceNames>> {
  if (!items.length) return [];
  const people = [...new Set(items.flatMap((i) => [i.ownerId, i.departmentId]).filter(Boolean).map(String))];
  const [units, users] = await Promise.all([
    unitNames(items.flatMap((i) => [i.streetId, i.communityId])),
    User.find({ _id: { $in: people } }, { displayName: 1 }).lean<Array<{ _id: Types.ObjectId; displayName: string }>>(),
  ]);
  const names = new Map(users.map((u) => [String(u._id), u.displayName]));
  const nameOf = (map: Map<string, string>, id: Id) => (id ? (map.get(String(id)) ?? null) : null);
  return items.map((i) => ({
    ...i,
    streetName: nameOf(units, i.streetId),
    communityName: nameOf(units, i.communityId),
    ownerName: nameOf(names, i.ownerId),
    ...('departmentId' in i ? { departmentName: nameOf(names, i.departmentId) } : {}),
  }));
}
