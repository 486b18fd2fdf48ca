import type { ErrorRequestHandler, RequestHandler } from 'express';
import mongoose from 'mongoose';
import { databaseConnected, isDatabaseUnavailableError } from '../db/connect.js';
import { databaseUnavailable, DomainError, isDuplicateKeyError, type ErrorType } from '../lib/errors.js';

const STATUS: Record<ErrorType, number> = {
  invalid_data: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

interface ErrorBody {
  error: { code: string; message: string; details: unknown[] };
}

/** The one place where an error becomes an HTTP status and the `{ error: { code, message, details } }` body. */
export function toHttpError(err: unknown): { status: number; body: ErrorBody; unexpected: boolean } {
  const make = (status: number, code: string, message: string, details: unknown[] = []) => ({
    status,
    body: { error: { code, message, details } },
    unexpected: false,
  });
  if (err instanceof DomainError) return make(STATUS[err.type], err.code, err.message, err.details);

  const e = err as { type?: string; status?: number };
  if (e?.type === 'entity.parse.failed') return make(400, 'malformed_json', '请求体不是合法的 JSON (malformed JSON body)');
  if (e?.type === 'entity.too.large') return make(413, 'payload_too_large', '请求体过大 (request body too large)');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
    return make(415, 'unsupported_encoding', '不支持的编码 (unsupported encoding)');
  if (err instanceof mongoose.Error.CastError)
    return make(400, 'invalid_id', `无效的标识：${err.path} (invalid ${err.path})`, [{ path: err.path, value: String(err.value) }]);
  if (err instanceof mongoose.Error.ValidationError)
    return make(
      400,
      'validation_failed',
      '数据校验失败 (validation failed)',
      Object.values(err.errors).map((x) => ({ path: x.path, message: x.message })),
    );
  if (isDuplicateKeyError(err)) return make(409, 'duplicate', '记录已存在 (duplicate record)');
  if (e?.status && e.status >= 400 && e.status < 500)
    return make(e.status, 'bad_request', '请求无效 (bad request)');
  // While the connection is down (the embedded FerretDB restarting) any failure is most likely that.
  if (isDatabaseUnavailableError(err) || !databaseConnected()) return toHttpError(databaseUnavailable());
  return { ...make(500, 'internal', '服务器内部错误，请稍后再试 (internal error)'), unexpected: true };
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const { status, body, unexpected } = toHttpError(err);
  if (unexpected) req.log?.error({ err }, 'unexpected error');
  if (res.headersSent) return res.end();
  if (err instanceof DomainError && err.retryAfterSeconds) res.set('Retry-After', String(err.retryAfterSeconds));
  else if (status === 503) res.setHeader('Retry-After', '2');
  res.status(status).json(body);
};

/** While the database is not connected, API requests answer 503 at once instead of waiting for a timeout. */
export const requireDatabase: RequestHandler = (_req, _res, next) => {
  next(databaseConnected() ? undefined : databaseUnavailable());
};

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({
    error: { code: 'route_not_found', message: `接口不存在：${req.method} ${req.path} (no such route)`, details: [] },
  });
};
