import { RollupState } from '../../../models/rollup.model.js';
import { readerById } from '../../db/reads-by-id.js';

export const ROLLUP_STATE_ID = 'points';

/** Ledger entries created before the watermark are reflected in the rollup documents; every run moves it. */
export async function rollupWatermark(): Promise<Date | null> {
  const state = await readerById<{ watermark: Date | null }>(RollupState)(ROLLUP_STATE_ID);
  return state?.watermark ?? null;
}
