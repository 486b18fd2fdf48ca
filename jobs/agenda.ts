import { Agenda } from 'agenda';
import { MongoBackend } from '@agendajs/mongo-backend';
import type { Db } from 'mongodb';
import type { Logger } from '../server/lib/logger.js';
import type { SchedulerStatus } from '../server/deps.js';
import { pingWithin } from '../server/db/connect.js';

export const JOBS_COLLECTION = 'agenda_jobs';

export interface Scheduler extends SchedulerStatus {
  agenda: Agenda;
  isRunning(): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Agenda on the service's own database (mongoose's connection, so one driver and one pool).
 * It polls: change streams do not exist on FerretDB (shared/docs/mongo-subset.md).
 */
export function createScheduler(db: Db, logger: Logger, opts: { processEvery?: string | number; name?: string } = {}): Scheduler {
  const agenda = new Agenda({
    backend: new MongoBackend({ mongo: db, collection: JOBS_COLLECTION }),
    name: opts.name,
    processEvery: opts.processEvery ?? '30 seconds',
    maxConcurrency: 4,
    defaultConcurrency: 1,
  });
  agenda.on('error', (err: unknown) => logger.error({ err }, 'scheduler error'));
  let running = false;
  return {
    agenda,
    isRunning: () => running,
    // Agenda keeps polling through database errors and only logs them, so "started" is not "working":
    // ask the database it polls (a closed or unreachable one fails the ping).
    async problem() {
      if (!running) return '任务调度器未运行 (scheduler not running)';
      try {
        await pingWithin(db, 2000);
        return null;
      } catch (err) {
        return `任务调度器无法访问数据库 (scheduler cannot reach its database): ${(err as Error).message}`;
      }
    },
    async start() {
      await agenda.start();
      running = true;
    },
    async stop() {
      running = false;
      await agenda.stop(false);
    },
  };
}
