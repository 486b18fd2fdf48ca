import type { Clock } from '../../server/lib/time.js';

/**
 * The instant every test lives at unless it picks another: tests never read the real clock, so they
 * pass on any date (fixtures and the app agree on "this month").
 */
export const TEST_NOW = new Date('2026-11-20T10:00:00+08:00');
export const testClock: Clock = () => TEST_NOW;
