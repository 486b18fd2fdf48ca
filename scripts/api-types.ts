// npm run api:types — writes web/src/lib/api-types.d.ts from the route table (no server, no database needed).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { API_PREFIX } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import type { Deps } from '../server/deps.js';
import { buildOpenApi } from '../server/http/openapi.js';
import { createLogger } from '../server/lib/logger.js';
import { noSmsSender } from '../server/lib/sms/log-sender.js';
import { systemClock } from '../server/lib/time.js';
import { allRoutes } from '../server/routes.js';

export const API_TYPES_FILE = fileURLToPath(new URL('../web/src/lib/api-types.d.ts', import.meta.url));

const HEADER = `// 由路由表生成，请勿手改：改了接口的 response 结构后运行 npm run api:types 重新生成（test/unit/api-types.test.ts 检查它是否最新）。
// Generated from the route table's OpenAPI document (server/http/openapi.ts) by openapi-typescript: do not edit, run npm run api:types.
`;

/** Route tables read settings only while being built; documenting them needs none of the real ones. */
function documentationDeps(): Deps {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  return {
    config: { ...config, jwtSecret: 'documentation-only', voterKeySalt: 'documentation-only' },
    clock: systemClock,
    logger: createLogger('silent'),
    scheduler: null,
    sms: noSmsSender,
  };
}

/** The text of api-types.d.ts for the route table as it is now. */
export async function renderApiTypes(): Promise<string> {
  const document = buildOpenApi(allRoutes(documentationDeps()), API_PREFIX);
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}

// Run as a script: no top-level await, so mocha can load this module (require() of a module with one fails).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  renderApiTypes().then(
    (text) => {
      writeFileSync(API_TYPES_FILE, text);
      console.log(`已写入 (written) ${path.relative(process.cwd(), API_TYPES_FILE)}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
