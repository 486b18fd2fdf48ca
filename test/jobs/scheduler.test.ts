import { expect } from 'chai';
import mongoose from 'mongoose';
import { createScheduler } from '../../jobs/agenda.js';
import { createLogger } from '../../server/lib/logger.js';
import { request, testApp } from '../support/app.js';
import { testDatabase } from '../support/database.js';

describe('Agenda 6 on the test database', () => {
  it('when a job is queued now, then a started scheduler runs it (polling, shared connection)', async () => {
    const scheduler = createScheduler(mongoose.connection.db!, createLogger('silent'), { processEvery: 100 });
    const ran: unknown[] = [];
    scheduler.agenda.define('compat-check', async (job) => {
      ran.push(job.attrs.data);
    });
    await scheduler.start();
    try {
      await scheduler.agenda.now('compat-check', { month: '2026-11' });
      for (let i = 0; ran.length === 0 && i < 200; i++) await new Promise((r) => setTimeout(r, 50));
      expect(ran).to.deep.equal([{ month: '2026-11' }]);
      expect(scheduler.isRunning()).to.equal(true);
    } finally {
      await scheduler.stop();
    }
    expect(scheduler.isRunning()).to.equal(false);
  });
});

describe('readiness when the database is gone', () => {
  it('when the connection is closed, then /readyz is 503 naming the database', async () => {
    const app = testApp();
    await mongoose.disconnect();
    try {
      const res = await request(app).get('/readyz');
      expect(res.status).to.equal(503);
      expect(res.body.checks.database).to.match(/unavailable/);
    } finally {
      await mongoose.connect(testDatabase().uri, { autoIndex: false });
    }
  });
});
