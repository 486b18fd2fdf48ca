import { expect } from 'chai';
import Joi from 'joi';
import { JobLock, JobRun } from '../../models/assessment.model.js';
import { acquireRunLock, newRunOwner, recordSkippedRun, releaseRunLock, runHeld } from '../../jobs/runner.js';
import type { JobModule } from '../../jobs/job.js';
import { testDeps } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';

const deps = testDeps({ clock: () => TEST_NOW });
/** A heartbeat this old is stale whatever today's date is. */
const LONG_AGO = new Date('2026-01-01T00:00:00Z');

const failingJob: JobModule<Record<string, never>> = {
  name: 'test-failing',
  title: '测试：必然失败',
  dataSchema: Joi.object({}),
  schedules: () => [],
  run: async () => {
    throw new Error('boom');
  },
};

describe('job run lock', () => {
  it('when a run throws, then its failure is recorded and its lock is released', async () => {
    const owner = newRunOwner('test');
    expect(await acquireRunLock(failingJob.name, owner)).to.equal(true);
    let thrown: unknown;
    await runHeld(failingJob, {}, deps, owner).catch((err) => (thrown = err));
    expect((thrown as Error).message).to.equal('boom');
    expect(await JobLock.exists({ _id: failingJob.name })).to.equal(null);
    expect(await JobRun.findById(failingJob.name).lean()).to.include({ lastError: 'boom', failCount: 1 });
  });

  it('when a dead run’s lock is taken over and the dead run then finishes, then it does not remove the new run’s lock', async () => {
    const first = newRunOwner('worker');
    const second = newRunOwner('worker');
    expect(first).to.not.equal(second);
    await JobLock.collection.insertOne({ _id: 'points-rollup', owner: first, startedAt: LONG_AGO, heartbeatAt: LONG_AGO } as never);
    expect(await acquireRunLock('points-rollup', second)).to.equal(true);
    await releaseRunLock('points-rollup', first);
    expect((await JobLock.findById('points-rollup').lean())?.owner).to.equal(second);
  });

  it('when a long run keeps its heartbeat fresh, then its lock is not taken over however long ago it started', async () => {
    expect(await acquireRunLock('points-rollup', 'worker:alive')).to.equal(true); // heartbeat: just now
    await JobLock.updateOne({ _id: 'points-rollup' }, { $set: { startedAt: LONG_AGO } });
    expect(await acquireRunLock('points-rollup', newRunOwner('worker'))).to.equal(false);
    expect((await JobLock.findById('points-rollup').lean())?.owner).to.equal('worker:alive');
  });

  it('when a scheduled run finds the job already running, then it is recorded as skipped and fails, never as a success', async () => {
    let thrown: unknown;
    await recordSkippedRun('whistle-watch', deps).catch((err) => (thrown = err));
    expect(thrown).to.be.instanceOf(Error);
    const run = await JobRun.findById('whistle-watch').lean<{ lastSkipReason: string; lastFinishedAt: Date | null; lastResult: unknown }>();
    expect(run?.lastSkipReason).to.equal('already_running');
    expect(run?.lastFinishedAt ?? null).to.equal(null);
    expect(run?.lastResult ?? null).to.equal(null);
  });
});
