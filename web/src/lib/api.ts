/** The one way the console talks to the service: JSON in, JSON out, errors as ApiError with the server's details. */
import type { paths } from './api-types';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Templated<K> = K extends `/api/v1${infer P}` ? P : never;
/** The operation at a full path, or never when that path does not answer the method. */
type Operation<M extends Method, K> = K extends keyof paths ? (M extends keyof paths[K] ? Exclude<paths[K][M], undefined> : never) : never;
/** The paths below /api/v1 that answer `M`, as the route table writes them (`/projects/{id}`). */
export type ApiPath<M extends Method> = { [K in keyof paths]: [Operation<M, K>] extends [never] ? never : Templated<K> }[keyof paths];
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<Op> = Op extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201>]> : never;
type Documented<M extends Method, T extends string> = Success<Operation<M, `/api/v1${T}`>>;
/** The JSON answer of a route that documents it (`Answer<'get', '/users'>`); `any` where the route documents none yet. */
export type Answer<M extends Method, T extends ApiPath<M>> = [Documented<M, T>] extends [never] ? any : Documented<M, T>;
/** `/projects/{id}/votes` as a call writes it: `/projects/${string}/votes`. */
type Concrete<S extends string> = S extends `${infer A}{${string}}${infer B}` ? `${A}${string}${Concrete<B>}` : S;
/** The route a call's path names: the same path, or the template of exactly its shape (so `/projects/${id}` is not `/projects/{id}/votes`). */
type RouteOf<M extends Method, P extends string> = P extends ApiPath<M> ? P
  : { [T in ApiPath<M>]: P extends Concrete<T> ? (Concrete<T> extends P ? T : never) : never }[ApiPath<M>];
/** What a call answers, from its method and path; `any` for a path no template matches (a path built at run time). */
export type AnswerAt<M extends Method, P extends string> = [RouteOf<M, P>] extends [never] ? any : Documented<M, RouteOf<M, P>> extends infer A ? ([A] extends [never] ? any : A) : never;
type Verb = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ErrorDetail { path?: string; message: string; in?: string; row?: number; column?: string; type?: string }

/** The service words its messages "中文 (English)" for API callers; people read the Chinese. */
export const chineseOnly = (text: string) => (/[\u4e00-\u9fff]/.test(text) ? text.replace(/\s*\([^()]*[A-Za-z][^()]*\)\s*$/, '') : text);

export class ApiError extends Error {
  readonly details: ErrorDetail[];
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    details: ErrorDetail[] = [],
  ) {
    super(chineseOnly(message));
    this.details = details.map((d) => ({ ...d, message: chineseOnly(d.message ?? '') }));
  }
  /** The message for one form field (the first detail whose path names it). */
  field(name: string): string {
    return this.details.find((d) => d.path === name || d.path?.startsWith(`${name}.`))?.message ?? '';
  }
}

const TOKEN_KEY = 'bigbeam.token';
export const tokenStore = {
  get: () => localStorage.getItem(TOKEN_KEY),
  set: (t: string | null) => (t ? localStorage.setItem(TOKEN_KEY, t) : localStorage.removeItem(TOKEN_KEY)),
};

let onUnauthorized: () => void = () => {};
export const setUnauthorizedHandler = (fn: () => void) => (onUnauthorized = fn);

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request(method: string, path: string, init: { body?: unknown; query?: Query; headers?: Record<string, string>; raw?: BodyInit } = {}) {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  const token = tokenStore.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined = init.raw;
  if (init.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(init.body);
  }
  let res: Response;
  try {
    res = await fetch(withQuery(`/api/v1${path}`, init.query), { method, headers, body });
  } catch {
    throw new ApiError(0, 'network', '网络连接失败，请检查网络后重试');
  }
  if (!res.ok) {
    const payload = await res.json().catch(() => null);
    const e = payload?.error;
    if (res.status === 401 && token) onUnauthorized();
    throw new ApiError(res.status, e?.code ?? 'http_' + res.status, e?.message ?? `请求失败（${res.status}）`, e?.details ?? []);
  }
  return res;
}

export const api = {
  async get<P extends string>(path: P, query?: Query): Promise<AnswerAt<'get', P>> {
    return (await request('GET', path, { query })).json();
  },
  async send<V extends Verb, P extends string>(method: V, path: P, body?: unknown, headers?: Record<string, string>): Promise<AnswerAt<Lowercase<V>, P>> {
    const res = await request(method, path, { body: body ?? {}, headers });
    return res.status === 204 ? (undefined as AnswerAt<Lowercase<V>, P>) : res.json();
  },
  post<P extends string>(path: P, body?: unknown, headers?: Record<string, string>) {
    return api.send('POST', path, body, headers);
  },
  put<P extends string>(path: P, body?: unknown) {
    return api.send('PUT', path, body);
  },
  patch<P extends string>(path: P, body?: unknown) {
    return api.send('PATCH', path, body);
  },
  /** Reads a file the service serves only with the session's token (claim photos), as a blob for an object URL. */
  async blob(path: string): Promise<Blob> {
    return (await request('GET', path)).blob();
  },
  /** Uploads a file as the raw body (roster and residents' scores imports). */
  async upload<P extends string>(path: P, file: File, query?: Query): Promise<AnswerAt<'post', P>> {
    return (await request('POST', path, { raw: file, query, headers: { 'Content-Type': file.type || 'application/octet-stream' } })).json();
  },
  /** Downloads a file (Excel exports) with the session's token and saves it under the server's name. */
  async download(path: string, query?: Query, fallbackName = '导出.xlsx'): Promise<void> {
    await saveFile(await request('GET', path, { query }), fallbackName);
  },
  /** POSTs a body and saves the file the answer carries (e.g. generated voting codes). */
  async downloadPost(path: string, body: unknown, fallbackName = '导出.xlsx'): Promise<void> {
    await saveFile(await request('POST', path, { body }), fallbackName);
  },
};

/** Saves a file answer under the server's name (Content-Disposition), else the fallback. */
async function saveFile(res: Response, fallbackName: string): Promise<void> {
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A readable message for anything thrown by an action. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) {
    const extra = err.details.filter((d) => d.message && d.message !== err.message).slice(0, 3).map((d) => (d.row ? `第 ${d.row} 行：` : '') + d.message);
    return extra.length ? `${err.message}：${extra.join('；')}` : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

/** A fresh idempotency key for one user action (points entries). */
export const newIdempotencyKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);
