/** Domain errors carry a type; exactly one function (server/http/errors.ts) maps type → HTTP status. */
export type ErrorType =
  | 'invalid_data'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly type: ErrorType,
    readonly code: string,
    message: string,
    readonly details: unknown[] = [],
    /** For retryable refusals: seconds the client should wait (sent as Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (code: string, message: string, details: unknown[] = []) =>
  new DomainError('invalid_data', code, message, details);
export const forbidden = (message = '无权执行此操作 (forbidden)') => new DomainError('forbidden', 'forbidden', message);
export const notFound = (what: string) => new DomainError('not_found', 'not_found', `${what}不存在 (not found)`);
export const conflict = (code: string, message: string, details: unknown[] = []) =>
  new DomainError('conflict', code, message, details);
/** The same request is still being written by an earlier attempt: retry shortly (409 with Retry-After). */
export const requestInProgress = (retryAfterSeconds: number) =>
  new DomainError('conflict', 'request_in_progress', '相同请求正在处理，请稍后重试 (same request in progress, retry shortly)', [{ retryAfterSeconds }], retryAfterSeconds);
/** A write took too long and was undone: nothing was recorded, and the same request may be sent again. */
export const writeTimedOut = () =>
  new DomainError('unavailable', 'write_timed_out', '服务繁忙，本次未保存，请重试 (the write took too long and was not saved; retry)', [{ retryAfterSeconds: 1 }], 1);
export const databaseUnavailable = () =>
  new DomainError('unavailable', 'database_unavailable', '数据库暂时不可用，请稍后重试 (database unavailable; retry shortly)');
export const unauthorized = (message = '请先登录 (authentication required)') =>
  new DomainError('unauthorized', 'unauthorized', message);

/**
 * Duplicate-key errors: MongoDB and FerretDB inserts say 11000; FerretDB's non-upsert updates
 * say code 1 with "duplicate key" in the message (shared/docs/mongo-subset.md).
 */
export function isDuplicateKeyError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: number; message?: string; writeErrors?: Array<{ code?: number }> };
  if (e.code === 11000 || e.code === 11001) return true;
  if (e.code === 1 && /duplicate key/i.test(e.message ?? '')) return true;
  return Array.isArray(e.writeErrors) && e.writeErrors.some((w) => w.code === 11000);
}

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new DomainError('rate_limited', 'rate_limited', message, [{ retryAfterSeconds }], retryAfterSeconds);
