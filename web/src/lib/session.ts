import { reactive } from 'vue';
import { api, tokenStore } from './api';

export type Role = 'admin' | 'secretary' | 'evaluator' | 'department' | 'member' | 'resident';
/** What the console shows: a secretary is a mentee (小梁) or a mentor (大梁). */
export type ConsoleRole = 'admin' | 'mentee' | 'mentor' | 'evaluator' | 'department' | 'member';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  beam?: 'mentor' | 'mentee' | null;
  stage?: string | null;
  orgUnitId?: string | null;
  streetId?: string | null;
}

export const session = reactive<{ user: Me | null; ready: boolean }>({ user: null, ready: false });

export function consoleRole(user: Me | null): ConsoleRole | null {
  if (!user) return null;
  if (user.role === 'secretary') return user.beam === 'mentor' ? 'mentor' : 'mentee';
  if (user.role === 'resident') return null;
  return user.role;
}

export async function login(username: string, password: string): Promise<Me> {
  const { token, user } = await api.post<{ token: string; user: Me }>('/auth/login', { username, password });
  tokenStore.set(token);
  session.user = user;
  return user;
}

export function logout() {
  tokenStore.set(null);
  session.user = null;
}

/** Restores the session from a stored token once per page load. */
export async function restoreSession(): Promise<void> {
  if (session.ready) return;
  try {
    if (tokenStore.get()) session.user = await api.get<Me>('/me');
  } catch {
    logout();
  } finally {
    session.ready = true;
  }
}
