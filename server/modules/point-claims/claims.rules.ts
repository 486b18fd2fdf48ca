import { sameId, isAdmin, type Actor } from '../../lib/actor.js';
import { photosBodyLimit } from '../../lib/photos.js';

/** A claim carries at most this many photos (each checked by server/lib/photos.ts). */
export const MAX_PHOTOS = 3;
/** The claim body: three photos in base64 plus the fields. */
export const CLAIM_BODY_LIMIT = photosBodyLimit(MAX_PHOTOS);

/** Who sees a claim and its photos: the claiming member, their community's secretary, admins. */
export const canSeeClaim = (actor: Actor, claim: { memberId: unknown; communityId: unknown }) =>
  isAdmin(actor) || sameId(String(claim.memberId), actor.id) || (actor.role === 'secretary' && sameId(String(claim.communityId), actor.orgUnitId));

/** Who decides a claim: the community's secretary or an admin. */
export const canDecideClaim = (actor: Actor, claim: { communityId: unknown }) =>
  isAdmin(actor) || (actor.role === 'secretary' && sameId(String(claim.communityId), actor.orgUnitId));

/** The equality keys a reader's claim list filters on (each served by an index of points_claims). */
export function claimListFilter(actor: Actor, q: { status: string; community?: string }): Record<string, string> | null {
  if (actor.role === 'member') return { memberId: actor.id, status: q.status };
  if (actor.role === 'secretary') {
    if (!actor.orgUnitId || (q.community && q.community !== actor.orgUnitId)) return null;
    return { communityId: actor.orgUnitId, status: q.status };
  }
  if (isAdmin(actor)) return q.community ? { communityId: q.community, status: q.status } : { status: q.status };
  return null;
}

/** Pending since before this instant: reminded today. */
export const remindBefore = (now: Date, afterDays: number) => new Date(now.getTime() - afterDays * 86_400_000);
