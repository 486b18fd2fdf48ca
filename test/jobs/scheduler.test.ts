import { expect } from 'chai';
import mongoose from 'mongoose';
import { MongoClient } from 'mongodb';
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

  it('when the database connection is closed, then API requests answer 503 database_unavailable at once instead of waiting', async () => {
    const app = testApp();
    await mongoose.disconnect();
    try {
      const started = performance.now();
      const res = await request(app).get('/api/v1/project-categories');
      expect(res.status).to.equal(503);
      expect(res.body.error).to.include({ code: 'database_unavailable' });
      expect(res.body.error.message).to.match(/^数据库暂时不可用.*\(database unavailable/);
      expect(res.headers['retry-after']).to.equal('2');
      expect(performance.now() - started).to.be.below(1000);
    } finally {
      await mongoose.connect(testDatabase().uri, { autoIndex: false });
    }
  });

  it('when the scheduler\'s own connection is gone, then /readyz is 503 naming the scheduler, though the API\'s database answers', async () => {
    const client = await new MongoClient(testDatabase().uri).connect();
    const scheduler = createScheduler(client.db(), createLogger('silent'), { processEvery: 100 });
    await scheduler.start();
    try {
      expect((await request(testApp({ scheduler })).get('/readyz')).status).to.equal(200);
      await client.close();
      const res = await request(testApp({ scheduler })).get('/readyz');
      expect(res.status).to.equal(503);
      expect(res.body.checks.database).to.equal('ok');
      expect(res.body.checks.scheduler).to.match(/cannot reach its database/);
    } finally {
      await scheduler.stop().catch(() => {});
    }
  });
});
