import express from 'express';
import Joi from 'joi';
import type { RouteDef } from '../../http/route.js';
import { objectId } from '../../http/common-schemas.js';
import { invalid } from '../../lib/errors.js';
import type { Deps } from '../../deps.js';
import { importRoster } from './roster.service.js';

export const ROSTER_CONTENT_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

export function rosterRoutes(deps: Deps): RouteDef[] {
  return [
    {
      method: 'post', path: '/import/roster', tag: '名册导入', access: ['admin'],
      summary: '导入书记名册（CSV 或 XLSX）：先校验全部行，有错则不导入并返回逐行错误；重复导入不改变数据',
      consumes: ROSTER_CONTENT_TYPES,
      before: [express.raw({ type: ROSTER_CONTENT_TYPES, limit: '5mb' })],
      schema: {
        query: Joi.object({
          district: objectId().description('名册所属区（名册中无区编码且系统中有多个区时必填）'),
          dryRun: Joi.boolean().default(false).description('只校验，不导入'),
        }),
      },
      handler: ({ req, query, actor }) => {
        if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
          throw invalid('roster_missing', '请以 text/csv 或 XLSX 文件作为请求体上传名册 (send the file as the request body)');
        }
        return importRoster(req.body, { districtId: query.district, dryRun: query.dryRun }, actor, deps.clock());
      },
    },
  ];
}
