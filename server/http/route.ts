import type { Request, Response, Router, RequestHandler } from 'express';
import type Joi from 'joi';
import { invalid } from '../lib/errors.js';
import type { Actor, Role } from '../lib/actor.js';
import { requireAccess } from './auth.js';
import { JOI_MESSAGES } from './joi-messages.js';

export type Access = 'public' | 'authenticated' | readonly Role[];

export interface RouteSchemas {
  params?: Joi.ObjectSchema;
  query?: Joi.ObjectSchema;
  body?: Joi.Schema;
  headers?: Joi.ObjectSchema;
}

export interface HandlerContext<P = any, Q = any, B = any, H = any> {
  params: P;
  query: Q;
  body: B;
  headers: H;
  actor: Actor;
  req: Request;
  res: Response;
}

export interface RouteDef {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path below /api/v1, e.g. `/mentorships/:id`. */
  path: string;
  /** Chinese summary shown in the API docs. */
  summary: string;
  tag: string;
  access: Access;
  schema?: RouteSchemas;
  /** Status for a plain return value (default 200). */
  status?: number;
  /**
   * The JSON body of a success answer, as the client receives it (ids and dates as strings): documented in
   * the OpenAPI document (and so in the console's generated types) and checked against every answer in tests.
   */
  response?: Joi.Schema;
  /** A JSON body limit of its own (e.g. photos in base64), instead of BODY_LIMIT; applied by app.ts. */
  bodyLimit?: string;
  /** Extra middleware before validation (rate limits, uploads). */
  before?: RequestHandler[];
  /** The handler writes the response itself (file downloads). */
  raw?: boolean;
  /** Documented response content type, when not JSON. */
  produces?: string;
  /** Documented request content types, when the body is a file rather than JSON. */
  consumes?: string[];
  handler: (ctx: HandlerContext) => unknown;
}

/** A handler result with an explicit status (e.g. 200 for an idempotent replay instead of 201). */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

const OPTIONS: Joi.ValidationOptions = { abortEarly: false, convert: true, errors: { wrap: { label: false } } };

/** Validation details listed per answer: a body of 90,000 unknown keys must not come back as 90,000 details. */
export const MAX_DETAILS = 20;
const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

function listedDetails(part: string, details: Joi.ValidationErrorItem[]) {
  const listed = details.slice(0, MAX_DETAILS).map((d) => ({ in: part, path: clip(d.path.join('.')), message: clip(d.message), type: d.type }));
  const omitted = details.length - listed.length;
  if (omitted === 0) return listed;
  return [...listed, { in: part, omitted, message: `另有 ${omitted} 处错误未列出 (${omitted} more not listed)` }];
}

function check(part: string, schema: Joi.Schema | undefined, value: unknown, allowUnknown = false) {
  if (!schema) return value;
  const { value: out, error } = schema.validate(value ?? {}, { ...OPTIONS, allowUnknown });
  if (!error) return out;
  // Worded in Chinese only when refused: Joi compiles a `messages` option on every call (0.66 ms
  // against 0.013 ms for the validation itself), too much for every request's four parts.
  const worded = schema.validate(value ?? {}, { ...OPTIONS, allowUnknown, messages: JOI_MESSAGES }).error ?? error;
  throw invalid('validation_failed', `请求参数校验失败 (invalid ${part})`, listedDetails(part, worded.details));
}

/** Validated input is kept on the context, never written back onto req (read-only in Express 5). */
function validated(def: RouteDef, req: Request) {
  return {
    params: check('params', def.schema?.params, req.params),
    query: check('query', def.schema?.query, req.query),
    body: check('body', def.schema?.body, req.body),
    headers: check('headers', def.schema?.headers, req.headers, true),
  };
}

/**
 * Why an answer does not match the route's documented `response` schema, or null when it does (or has none).
 * Checked on the body as JSON carries it, so ObjectIds and Dates arrive as the strings a client sees.
 */
export function responseMismatch(def: RouteDef, body: unknown): string | null {
  if (!def.response) return null;
  const { error } = def.response.validate(JSON.parse(JSON.stringify(body)), { abortEarly: false, convert: false, allowUnknown: false });
  if (!error) return null;
  const problems = error.details.slice(0, MAX_DETAILS).map((d) => `${d.path.join('.') || '(body)'}: ${d.message}`);
  return `应答与文档不符 (response does not match its schema): ${def.method.toUpperCase()} ${def.path}\n  ${problems.join('\n  ')}`;
}

export interface MountOptions {
  /** Tests only: every success answer is checked against its route's `response` schema (too costly for production). */
  checkResponses?: boolean;
}

function answer(res: Response, def: RouteDef, status: number, body: unknown, options: MountOptions) {
  const mismatch = options.checkResponses && status < 300 ? responseMismatch(def, body) : null;
  if (!mismatch) return res.status(status).json(body);
  // Loud on purpose: a documented schema that lies would hand the console wrong types.
  console.error(mismatch);
  return res.status(500).json({ error: { code: 'response_mismatch', message: mismatch, details: [] } });
}

export function mountRoutes(router: Router, defs: RouteDef[], authenticate: RequestHandler, options: MountOptions = {}) {
  for (const def of defs) {
    const guards: RequestHandler[] = def.access === 'public' ? [] : [authenticate, requireAccess(def.access)];
    router[def.method](def.path, ...(def.before ?? []), ...guards, async (req: Request, res: Response) => {
      const input = validated(def, req);
      const result = await def.handler({ ...input, actor: req.actor as Actor, req, res });
      if (def.raw || res.headersSent) return;
      if (result instanceof Reply) answer(res, def, result.status, result.body, options);
      else if (result === undefined) res.status(def.status ?? 204).end();
      else answer(res, def, def.status ?? 200, result, options);
    });
  }
}
