import type { Express } from 'express';
import { request } from '../support/app.js';
import { listen } from '../support/server.js';
import { createOrgTree } from './org.js';
import { createMember, createMentee } from './secretaries.js';
import { bearer, createUser } from './users.js';

/**
 * Two streets of two communities: the secretary and members of community 0, a member of its
 * street's other community (1), and a secretary and a member of a community (2) in the other street.
 */
export async function activityWorld() {
  const { district, streets, communities } = await createOrgTree(2, 2);
  const admin = await createUser({ role: 'admin' });
  const secretary = await createMentee(communities[0]);
  const otherSecretary = await createMentee(communities[2]);
  const members = await Promise.all([1, 2, 3].map((i) => createMember(communities[0], { displayName: `党员${i}` })));
  const streetMate = await createMember(communities[1], { displayName: '同街道党员' });
  const outsider = await createMember(communities[2], { displayName: '外街道党员' });
  return { district, streets, communities, admin, secretary, otherSecretary, members, streetMate, outsider };
}

/** A party-day lesson in community 0 from 09:30 to 11:30 on the test day (TEST_NOW is 10:00 that day). */
export const activityBody = (over: Record<string, unknown> = {}) => ({
  title: '十一月主题党日·一课', kind: 'party_day_lesson', place: '居委会活动室',
  startAt: '2026-11-20T09:30:00+08:00', endAt: '2026-11-20T11:30:00+08:00', ...over,
});

/** Requests as one user: `as(app, user).post('/activities', body)`. */
export function as(app: Express, user: { _id: unknown; tokenVersion?: string | null }) {
  const auth = bearer(user);
  return {
    get: (path: string) => request(app).get(`/api/v1${path}`).set('Authorization', auth),
    post: (path: string, body?: object) => request(app).post(`/api/v1${path}`).set('Authorization', auth).send(body),
    patch: (path: string, body: object) => request(app).patch(`/api/v1${path}`).set('Authorization', auth).send(body),
    put: (path: string, body: object) => request(app).put(`/api/v1${path}`).set('Authorization', auth).send(body),
    delete: (path: string) => request(app).delete(`/api/v1${path}`).set('Authorization', auth),
  };
}

/** Many requests at once over one listening server: each is [user, method, path, body]. */
export async function inParallel(app: Express, calls: Array<[{ _id: unknown }, string, string, object?]>) {
  const server = await listen(app);
  try {
    return await Promise.all(calls.map(async ([user, method, path, body]) => {
      const r = await fetch(`${server.url}/api/v1${path}`, {
        method, headers: { Authorization: bearer(user), 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
      });
      return { status: r.status, body: (await r.json()) as any };
    }));
  } finally {
    await server.close();
  }
}
