import mongoose, { Schema } from 'mongoose';

/**
 * A one-time state change, decided by inserting it: `_id` names the change, e.g.
 * "cycle:<id>:closed", "proposal:<id>:decided", "mentorship:<id>:ended", "stage:<userId>#<n>".
 * FerretDB's conditional updates are read-modify-write, so two racing changes could both "match";
 * the unique `_id` insert lets exactly one win. The state field on the document is written after,
 * and a change whose state write was cut off is rolled forward by the next attempt.
 */
const transitionSchema = new Schema(
  {
    _id: { type: String, required: true },
    data: { type: Schema.Types.Mixed, default: {} },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false, minimize: false },
);
export interface TransitionDoc<D = Record<string, unknown>> {
  _id: string;
  data: D;
  createdAt: Date;
}
export const Transition = mongoose.model('Transition', transitionSchema, 'state_transitions');

/**
 * A score write in progress for an evaluation cycle: inserted before the write checks that the
 * cycle is open, deleted after. Closing waits until the writes that began before it are done, so the
 * frozen results contain every score that was accepted. `_id` "<cycleId>:<random>".
 */
const scoreWriteSchema = new Schema(
  { _id: { type: String, required: true }, cycleId: { type: String, required: true } },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
scoreWriteSchema.index({ cycleId: 1 });
export const ScoreWriteInFlight = mongoose.model('ScoreWriteInFlight', scoreWriteSchema, 'evaluation_writes_in_flight');

/**
 * "This claim is being released by me": `_id` names the claim and its holder. FerretDB deletes by
 * reading the matching documents and then deleting their `_id`s, so a conditional delete racing a
 * release and a new claim of the same place could remove the new claim; inserting this first lets
 * exactly one caller delete a given holder's claim (server/db/release-once.ts).
 */
const claimReleaseSchema = new Schema(
  { _id: { type: String, required: true } },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
export const ClaimRelease = mongoose.model('ClaimRelease', claimReleaseSchema, 'claim_releases');
