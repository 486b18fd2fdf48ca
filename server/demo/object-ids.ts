import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';

/**
 * ObjectIds stamped with a given time, as if minted when the document was written: the rollup finds
 * new ledger entries by an `_id` range, so backdated demo entries must not look freshly written.
 * Unique within the run (a counter) and across processes (random bytes per run), like the driver's.
 */
export function objectIdsAt(): (at: Date) => Types.ObjectId {
  const run = randomBytes(5);
  let counter = 0;
  return (at) => {
    const bytes = Buffer.alloc(12);
    bytes.writeUInt32BE(Math.floor(at.getTime() / 1000), 0);
    run.copy(bytes, 4);
    bytes.writeUIntBE(counter++ % 0x1000000, 9, 3);
    return new Types.ObjectId(bytes);
  };
}
