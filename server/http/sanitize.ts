import type { RequestHandler } from 'express';
import { invalid } from '../lib/errors.js';

/** Deepest nesting of arrays and objects a request may carry; real bodies stay under 6. */
export const MAX_DEPTH = 32;

export type InputProblem = { kind: 'too_deep' } | { kind: 'operator_key'; path: string };

interface Visit {
  value: unknown;
  depth: number;
  key?: string;
  parent?: Visit;
}

const pathOf = (visit: Visit, key: string) => {
  const parts = [key];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) parts.unshift(v.key);
  const path = parts.join('/');
  // A hostile key may be a megabyte long: the answer names only its start.
  return path.length > 100 ? `${path.slice(0, 100)}…` : path;
};

/**
 * Walks parsed JSON with an explicit stack (recursion would overflow on hostile nesting) and stops
 * at the first container nested deeper than maxDepth or the first key MongoDB would read as an
 * operator or a dotted path.
 */
export function findInputProblem(root: unknown, maxDepth = MAX_DEPTH): InputProblem | null {
  const stack: Visit[] = [{ value: root, depth: 0 }];
  while (stack.length) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (!value || typeof value !== 'object') continue;
    const depth = visit.depth + 1;
    if (depth > maxDepth) return { kind: 'too_deep' };
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    const operator = Array.isArray(value) ? undefined : entries.find(([key]) => key.startsWith('$') || key.includes('.'));
    if (operator) return { kind: 'operator_key', path: pathOf(visit, operator[0]) };
    // Pushed in reverse so the walk meets keys in document order.
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], depth, key: entries[i][0], parent: visit });
  }
  return null;
}

/**
 * Defence in depth before any handler sees a body or query string: nesting beyond MAX_DEPTH is
 * refused before anything walks it recursively (Joi, mongoose), and a `$`-key or dotted key anywhere
 * is refused against query-operator injection (Joi schemas reject them as well).
 */
export const rejectHostileInput: RequestHandler = (req, _res, next) => {
  const problem = findInputProblem(req.body) ?? findInputProblem(req.query);
  if (problem?.kind === 'too_deep') {
    return next(invalid('too_deep', `请求数据嵌套过深，最多 ${MAX_DEPTH} 层 (nested deeper than ${MAX_DEPTH} levels)`, [{ maxDepth: MAX_DEPTH }]));
  }
  if (problem?.kind === 'operator_key') {
    return next(
      invalid('operator_not_allowed', `字段名不能以 $ 开头或包含点号：${problem.path} (operator keys are not allowed)`, [{ path: problem.path }]),
    );
  }
  next();
};
