import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import swaggerUi from 'swagger-ui-express';
import type { Deps } from './deps.js';
import { authenticateWith } from './http/auth.js';
import { errorHandler, notFoundHandler, requireDatabase } from './http/errors.js';
import { buildOpenApi } from './http/openapi.js';
import { mountRoutes } from './http/route.js';
import { rejectHostileInput } from './http/sanitize.js';
import { mountWebConsole } from './http/web.js';
import { loadActor } from './modules/accounts/index.js';
import { healthRouter } from './modules/health/health.routes.js';
import { allRoutes } from './routes.js';

export const API_PREFIX = '/api/v1';

/** Builds the Express app; main.ts listens, tests use supertest on it directly. */
export function createApp(deps: Deps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(helmet({ contentSecurityPolicy: false }));
  if (deps.config.corsOrigin) {
    const origin = deps.config.corsOrigin;
    app.use((req, res, next) => {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Idempotency-Key');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
      if (req.method === 'OPTIONS') return res.status(204).end();
      next();
    });
  }
  const routes = allRoutes(deps);
  // Routes with a body limit of their own parse first; the general parser then skips a parsed body.
  for (const r of routes.filter((route) => route.bodyLimit)) app[r.method](`${API_PREFIX}${r.path}`, express.json({ limit: r.bodyLimit }));
  app.use(express.json({ limit: deps.config.bodyLimit }));
  app.use(rejectHostileInput);

  app.use(healthRouter(deps));

  // Built on first use: with every answer's schema the document takes ~30 ms, paid by each app a test builds otherwise.
  let docs: { openapi: object; ui: RequestHandler } | null = null;
  const docsOf = () => {
    if (!docs) {
      const openapi = buildOpenApi(routes, API_PREFIX);
      docs = { openapi, ui: swaggerUi.setup(openapi, { customSiteTitle: '大梁带小梁 API 文档' }) };
    }
    return docs;
  };
  app.get('/api/openapi.json', (_req, res) => res.json(docsOf().openapi));
  const docsUi: RequestHandler = (req, res, next) => docsOf().ui(req, res, next);
  app.use('/api/docs', swaggerUi.serve, docsUi);

  const api = express.Router();
  api.use(requireDatabase);
  mountRoutes(api, routes, authenticateWith({ secret: deps.config.jwtSecret, expiresIn: deps.config.jwtExpiresIn }, loadActor), {
    checkResponses: deps.config.env === 'test',
  });
  app.use(API_PREFIX, api);
  mountWebConsole(app);

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
