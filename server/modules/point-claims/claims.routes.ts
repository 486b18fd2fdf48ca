import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import type { Deps } from '../../deps.js';
import { claimDetail, claimPhoto, listClaims, submitClaim } from './claims.service.js';
import { decideClaim } from './decide.service.js';
import { claimPhotos } from './photos.js';
import { sendStoredPhoto } from '../../http/photos.js';
import { claimAnswer, claimBody, claimListQuery, claimsAnswer, photoParams, rejectBody } from './claims.schemas.js';
import { CLAIM_BODY_LIMIT } from './claims.rules.js';

const tag = '积分申请';
const deciders = ['admin', 'secretary'] as const;
const readers = ['admin', 'secretary', 'member'] as const;

export function pointClaimRoutes(deps: Deps): RouteDef[] {
  const now = () => deps.clock();
  return [
    { method: 'post', path: '/points/claims', tag, summary: '党员申请积分（附最多 3 张 JPEG/PNG 照片，base64，每张 ≤ 2 MB）', access: ['member'], status: 201,
      bodyLimit: CLAIM_BODY_LIMIT, schema: { body: claimBody }, response: claimAnswer, handler: ({ body, actor }) => submitClaim(body, actor, now()) },
    { method: 'get', path: '/points/claims', tag, summary: '积分申请列表（党员看自己的，书记看本居村的，管理员看全部或某居村的）', access: readers,
      schema: { query: claimListQuery }, response: claimsAnswer, handler: ({ query, actor }) => listClaims(query, actor) },
    { method: 'get', path: '/points/claims/:id', tag, summary: '积分申请详情', access: readers,
      schema: { params: idParams }, response: claimAnswer, handler: ({ params, actor }) => claimDetail(params.id, actor) },
    { method: 'get', path: '/points/claims/:id/photos/:n', tag, summary: '申请照片（仅申请人、本居村书记和管理员）', access: readers,
      produces: 'image/jpeg', raw: true, schema: { params: photoParams },
      handler: async ({ params, actor, res }) => {
        await sendStoredPhoto(res, claimPhotos, await claimPhoto(params.id, params.n, actor), `claim-${params.id}-${params.n}`);
      } },
    { method: 'post', path: '/points/claims/:id/approve', tag, summary: '批准积分申请（记入积分；并发批准只记一次；已驳回的 409）', access: deciders,
      schema: { params: idParams }, response: claimAnswer, handler: ({ params, actor }) => decideClaim(params.id, 'approved', null, actor, now()) },
    { method: 'post', path: '/points/claims/:id/reject', tag, summary: '驳回积分申请（须填理由；已批准的 409）', access: deciders,
      schema: { params: idParams, body: rejectBody }, response: claimAnswer, handler: ({ params, body, actor }) => decideClaim(params.id, 'rejected', body.reason, actor, now()) },
  ];
}
