import { RollupState } from '../../../models/rollup.model.js';

export const ROLLUP_STATE_ID = 'points';

/** Ledger entries created before the watermark are reflected in the rollup documents; every run moves it. */
export async function rollupWatermark(): Promise<Date | null> {
  const state = await RollupState.findById(ROLLUP_STATE_ID).lean<{ watermark: Date | null }>();
  return state?.watermark ?? null;
}
