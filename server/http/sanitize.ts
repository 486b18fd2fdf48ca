import type { RequestHandler } from 'express';
import { invalid } from '../lib/errors.js';

/** Finds the first key that MongoDB would read as an operator or a dotted path. */
function findOperatorKey(value: unknown, path: string[] = []): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findOperatorKey(value[i], [...path, String(i)]);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.startsWith('$') || key.includes('.')) return [...path, key].join('/');
      const hit = findOperatorKey(inner, [...path, key]);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * Defence in depth against query-operator injection: a `$`-key or dotted key anywhere in a body
 * or query string is rejected before any handler sees it (Joi schemas reject them as well).
 */
export const rejectOperatorKeys: RequestHandler = (req, _res, next) => {
  const hit = findOperatorKey(req.body) ?? findOperatorKey(req.query);
  if (hit) {
    return next(
      invalid('operator_not_allowed', `字段名不能以 $ 开头或包含点号：${hit} (operator keys are not allowed)`, [{ path: hit }]),
    );
  }
  next();
};
