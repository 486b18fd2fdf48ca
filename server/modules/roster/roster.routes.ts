import Joi from 'joi';
import type { RouteDef } from '../../http/route.js';
import { objectId } from '../../http/common-schemas.js';
import { sendXlsx, XLSX_TYPE } from '../../http/download.js';
import { rawSpreadsheet, SPREADSHEET_CONTENT_TYPES, uploadedFile } from '../../http/upload.js';
import type { Deps } from '../../deps.js';
import { rosterTemplate } from './roster.parse.js';
import { importRoster } from './roster.service.js';

export function rosterRoutes(deps: Deps): RouteDef[] {
  return [
    {
      method: 'post', path: '/import/roster', tag: '名册导入', access: ['admin'],
      summary: '导入书记名册（CSV 或 XLSX）：先校验全部行（字段与数据库中的账号、名额一并校验），有错则不导入并返回逐行错误；试导入（dryRun）返回将新建、更新、不变的数量；重复导入不改变数据',
      consumes: SPREADSHEET_CONTENT_TYPES,
      before: [rawSpreadsheet()],
      schema: {
        query: Joi.object({
          district: objectId().description('名册所属区（名册中无区编码且系统中有多个区时必填）'),
          dryRun: Joi.boolean().default(false).description('只校验并统计，不导入'),
        }),
      },
      handler: ({ req, query, actor }) =>
        importRoster(uploadedFile(req.body, 'roster_missing', '名册'), { districtId: query.district, dryRun: query.dryRun }, actor, deps.clock()),
    },
    {
      method: 'get', path: '/import/roster/template', tag: '名册导入', access: ['admin'], raw: true, produces: XLSX_TYPE,
      summary: '下载名册导入模板（XLSX：表头与两行示例，“说明”页列出每列是否必填与示例）',
      handler: async ({ res }) => sendXlsx(res, '书记名册导入模板.xlsx', await rosterTemplate()),
    },
  ];
}
