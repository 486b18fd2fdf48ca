import { Router } from 'express';
import type { Deps } from '../../deps.js';
import { pingDatabase } from '../../db/connect.js';

export function healthRouter(deps: Deps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, string> = {};
    let ready = true;
    try {
      await pingDatabase();
      checks.database = 'ok';
    } catch (err) {
      ready = false;
      checks.database = `不可用 (unavailable): ${(err as Error).message}`;
    }
    const schedulerProblem = deps.scheduler === null ? null : await deps.scheduler.problem();
    if (deps.scheduler === null) {
      checks.scheduler = 'not in this process (ROLE=api)';
    } else if (schedulerProblem === null) {
      checks.scheduler = 'ok';
    } else {
      ready = false;
      checks.scheduler = schedulerProblem;
    }
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks });
  });
  return router;
}
