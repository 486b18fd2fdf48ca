import j2sModule from 'joi-to-swagger';
import type Joi from 'joi';
import type { RouteDef } from './route.js';

type Json = Record<string, unknown>;

// joi-to-swagger is CommonJS typed as an ES default export: take whichever shape arrives.
const j2s = ((j2sModule as unknown as { default?: unknown }).default ?? j2sModule) as typeof j2sModule.default;

function parameters(where: 'path' | 'query' | 'header', schema: Joi.ObjectSchema | undefined): Json[] {
  if (!schema) return [];
  const { swagger } = j2s(schema) as { swagger: { properties?: Record<string, Json>; required?: string[] } };
  return Object.entries(swagger.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (swagger.required ?? []).includes(name),
    schema: s,
    ...(s.description ? { description: s.description } : {}),
  }));
}

/** The OpenAPI document, generated from the same route table and Joi schemas the server validates with. */
export function buildOpenApi(defs: RouteDef[], prefix: string): Json {
  const paths: Record<string, Json> = {};
  for (const def of defs) {
    const path = prefix + def.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const op: Json = {
      tags: [def.tag],
      summary: def.summary,
      operationId: `${def.method}${path.replace(/[^A-Za-z0-9]+/g, '_')}`,
      parameters: [
        ...parameters('path', def.schema?.params),
        ...parameters('query', def.schema?.query),
        ...parameters('header', def.schema?.headers),
      ],
      responses: {
        [String(def.status ?? 200)]: {
          description: 'OK',
          ...(def.produces ? { content: { [def.produces]: { schema: { type: 'string', format: 'binary' } } } } : {}),
          ...(def.response ? { content: { 'application/json': { schema: j2s(def.response).swagger } } } : {}),
        },
        default: { description: '错误', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
    if (def.access !== 'public') {
      op.security = [{ bearer: [] }];
      if (Array.isArray(def.access)) op.description = `角色 (roles): ${def.access.join(', ')}`;
    }
    if (def.consumes) {
      op.requestBody = {
        required: true,
        content: Object.fromEntries(def.consumes.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
      };
    }
    if (def.schema?.body) {
      op.requestBody = { required: true, content: { 'application/json': { schema: j2s(def.schema.body).swagger } } };
    }
    paths[path] = { ...(paths[path] ?? {}), [def.method]: op };
  }
  return {
    openapi: '3.0.3',
    info: { title: '大梁带小梁 · 小梁挑大梁 API', version: '1.0.0', description: '区级“大梁带小梁”书记培养服务接口' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'array', items: {} } },
            },
          },
        },
      },
    },
    paths,
  };
}
