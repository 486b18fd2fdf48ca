import Joi from 'joi';
import { sweepAwardClaims, sweepRevocations } from '../server/modules/points/index.js';
import { sweepPairClaims } from '../server/modules/mentorship/index.js';
import { sweepProjectLocks } from '../server/modules/projects/index.js';
import type { JobModule } from './job.js';

/**
 * Releases what a crash left claimed (server/lib/claims.ts): Idempotency-Keys and cap links of awards
 * never written, mentor places and mentee locks of pairings never written or ended, project locks of
 * projects never written or finished; finishes
 * revocations cut off between their marker and their entry. Every step is idempotent.
 */
export const claimsSweepJob: JobModule<Record<string, never>> = {
  name: 'claims-sweep',
  title: '释放中断操作遗留的占位',
  dataSchema: Joi.object({}),
  schedules: (deps) => [{ agendaName: 'claims-sweep', cron: deps.config.schedules.claimsSweep, data: {} }],
  run: async () => ({
    awardClaimsReleased: await sweepAwardClaims(),
    revocationsFinished: await sweepRevocations(),
    pairClaimsReleased: await sweepPairClaims(),
    projectLocksReleased: await sweepProjectLocks(),
  }),
};
