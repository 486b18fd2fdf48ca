import { reactive } from 'vue';
import { api, tokenStore } from './api';
import type { Me } from './api-models';

export type { Me };
export type Role = Me['role'];
/** What the console shows: a secretary is a mentee (小梁) or a mentor (大梁). */
export type ConsoleRole = 'admin' | 'mentee' | 'mentor' | 'evaluator' | 'department' | 'member';

export const session = reactive<{ user: Me | null; ready: boolean }>({ user: null, ready: false });

export function consoleRole(user: Me | null): ConsoleRole | null {
  if (!user) return null;
  if (user.role === 'secretary') return user.beam === 'mentor' ? 'mentor' : 'mentee';
  if (user.role === 'resident') return null;
  return user.role;
}

export async function login(username: string, password: string): Promise<Me> {
  const { token, user } = await api.post('/auth/login', { username, password });
  tokenStore.set(token);
  session.user = user;
  return user;
}

/** Forgets the session in this browser (the token may already be invalid). */
export function logout() {
  tokenStore.set(null);
  session.user = null;
}

/** Logs out on the server too, so the token stops working everywhere it may have been copied. */
export async function signOut() {
  if (tokenStore.get()) await api.post('/auth/logout').catch(() => {});
  logout();
}

/** Changes the user's own password; the server ends their other sessions and returns a token for this one. */
export async function changePassword(currentPassword: string, newPassword: string) {
  const { token, user } = await api.post('/me/password', { currentPassword, newPassword });
  tokenStore.set(token);
  session.user = user;
}

/** Restores the session from a stored token once per page load. */
export async function restoreSession(): Promise<void> {
  if (session.ready) return;
  try {
    if (tokenStore.get()) session.user = await api.get('/me');
  } catch {
    logout();
  } finally {
    session.ready = true;
  }
}
