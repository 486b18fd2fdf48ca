import { expect } from 'chai';
import Joi from 'joi';
import { readFileSync } from 'node:fs';
import { API_TYPES_FILE, renderApiTypes } from '../../scripts/api-types.js';
import { buildOpenApi } from '../../server/http/openapi.js';
import { responseMismatch, type RouteDef } from '../../server/http/route.js';
import { idString, instant, record, shape } from '../../server/http/common-schemas.js';

const route = (response: Joi.Schema): RouteDef => ({
  method: 'get', path: '/things/:id', summary: '一件东西', tag: '测试', access: 'authenticated', response, handler: () => null,
});
const thing = record({ name: Joi.string(), at: instant(), ownerId: idString().allow(null) });

describe('documented answers and the console types', () => {
  it('when the route table changes an answer, then the committed web/src/lib/api-types.d.ts has been regenerated (npm run api:types)', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    expect(committed === (await renderApiTypes()), 'web/src/lib/api-types.d.ts 已过期：请运行 npm run api:types').to.equal(true);
  });

  it('when a route declares its answer, then the OpenAPI document carries it under the success status', () => {
    const doc = buildOpenApi([{ ...route(thing), status: 201 }], '/api/v1') as { paths: Record<string, any> };
    const schema = doc.paths['/api/v1/things/{id}'].get.responses['201'].content['application/json'].schema;
    expect(schema.required).to.include.members(['_id', 'name', 'at', 'ownerId']);
    expect(schema.properties.ownerId.nullable).to.equal(true);
  });

  it('when an answer is checked, then it is checked as JSON carries it (ids and dates as strings)', () => {
    const body = { _id: '6560a0b1c2d3e4f5a6b7c8d9', name: '甲', at: new Date('2026-11-01T00:00:00Z'), ownerId: null, extra: 1 };
    expect(responseMismatch(route(thing), body)).to.equal(null);
  });

  it('when an answer lacks a declared field or has one of another type, then the mismatch names the route and the field', () => {
    const problem = responseMismatch(route(thing), { _id: '6560a0b1c2d3e4f5a6b7c8d9', name: 3, at: '2026-11-01T00:00:00.000Z' });
    expect(problem).to.contain('GET /things/:id').and.contain('name').and.contain('ownerId');
  });

  it('when a closed answer carries a field it does not declare, then that is a mismatch too', () => {
    expect(responseMismatch(route(shape({ ok: Joi.boolean() })), { ok: true, secret: 'x' })).to.contain('secret');
  });
});
