import { expect } from 'chai';
import mongoose from 'mongoose';
import { RateSlot } from '../../models/rate-limit.model.js';
import { rateLimiter } from '../../server/db/rate-limiter.js';
import { TEST_NOW, testClock } from '../support/clock.js';

const window = { name: 'test', limit: 5, windowMs: 60_000 };

describe('rate limits kept in the database', () => {
  it('when two limiter instances (two processes) share the database, then they share one budget', async () => {
    const first = rateLimiter(window, testClock);
    const second = rateLimiter(window, testClock);
    const taken = [await first.take('k'), await first.take('k'), await first.take('k'), await second.take('k'), await second.take('k')];
    expect(taken.every(Boolean)).to.equal(true);
    expect(await first.take('k')).to.equal(null);
    expect(await second.take('k')).to.equal(null);
    expect(await second.take('another-key')).not.to.equal(null);
  });

  it('when 30 hits from two instances race for a budget of 5, then exactly 5 get in', async () => {
    const instances = [rateLimiter(window, testClock), rateLimiter(window, testClock)];
    const hits = await Promise.all(Array.from({ length: 30 }, (_, i) => instances[i % 2].take('race')));
    expect(hits.filter(Boolean)).to.have.length(5);
    expect(await RateSlot.countDocuments({})).to.equal(5);
  });

  it('when 60 hits race in one instance for a budget of 50, then 50 get in with about one insert each', async () => {
    const limiter = rateLimiter({ ...window, limit: 50 }, testClock);
    let inserts = 0;
    mongoose.set('debug', (collection: string, method: string) => { if (collection === 'rate_slots' && method === 'insertOne') inserts++; });
    try {
      const hits = await Promise.all(Array.from({ length: 60 }, () => limiter.take('burst')));
      expect(hits.filter(Boolean)).to.have.length(50);
    } finally {
      mongoose.set('debug', false);
    }
    expect(inserts).to.be.at.most(60);
  });

  it('when a unit is given back, then exactly one more hit gets in, on any instance', async () => {
    const first = rateLimiter({ ...window, limit: 3, refunds: true }, testClock);
    const second = rateLimiter({ ...window, limit: 3, refunds: true }, testClock);
    const hits = [await first.take('k'), await first.take('k'), await first.take('k')];
    expect(await second.take('k')).to.equal(null);
    await first.giveBack(hits[1]!);
    expect(await second.take('k')).not.to.equal(null);
    expect(await second.take('k')).to.equal(null);
    expect(await first.take('k')).to.equal(null);
  });

  it('when the window has passed, then the budget is fresh and the old slots are deleted', async () => {
    let now = TEST_NOW;
    const limiter = rateLimiter(window, () => now);
    for (let i = 0; i < 5; i++) await limiter.take('k');
    expect(await limiter.take('k')).to.equal(null);
    expect(limiter.retryAfterSeconds()).to.be.within(1, 60);
    now = new Date(TEST_NOW.getTime() + 60_000);
    const hit = await limiter.take('k');
    expect(hit).not.to.equal(null);
    expect(await RateSlot.find({}, { _id: 1 }).lean()).to.deep.equal([{ _id: hit!.id }]);
  });
});
