import mongoose, { type Model, type PipelineStage } from 'mongoose';

type Accumulator = { $sum: 1 | string };

/**
 * Whether the server computes every accumulator of a `$group`. Stock FerretDB 1.24.2 computes only
 * the first and returns 0 for the rest (seen with `$sum` and `$count`); MongoDB and our FerretDB
 * build compute them all. Asked once per connection, with a two-accumulator `$group` over one of
 * the points rules (seeded at start).
 */
let multiAccumulatorProbe: { db: unknown; answer: Promise<boolean> } | null = null;
function groupComputesEveryAccumulator(): Promise<boolean> {
  const db = mongoose.connection.db!;
  if (multiAccumulatorProbe?.db !== db) {
    const probe = db.collection('points_rules').aggregate<{ a: number; b: number }>([
      { $limit: 1 }, { $group: { _id: null, a: { $sum: 1 }, b: { $sum: 1 } } },
    ]).toArray().then(([row]) => {
      // No rule yet to group: nothing learned, so the portable way this time and ask again later.
      if (!row) multiAccumulatorProbe = null;
      return row?.a === 1 && row.b === 1;
    }, () => false);
    multiAccumulatorProbe = { db, answer: probe };
  }
  return multiAccumulatorProbe.answer;
}

/**
 * `$group` with several `$sum` accumulators: one aggregation where the server computes them all,
 * else one aggregation per accumulator merged by group key (stock FerretDB 1.24.2).
 */
export async function groupSums<K extends string>(
  model: Model<any>,
  match: Record<string, unknown>,
  groupId: string | Record<string, string>,
  accumulators: Record<K, Accumulator>,
): Promise<Array<{ _id: any } & Record<K, number>>> {
  const names = Object.keys(accumulators) as K[];
  if (await groupComputesEveryAccumulator()) {
    return model.aggregate([{ $match: match } as PipelineStage, { $group: { _id: groupId, ...accumulators } } as PipelineStage]);
  }
  const results = await Promise.all(
    names.map((name) =>
      model.aggregate<{ _id: unknown; v: number }>([
        { $match: match } as PipelineStage,
        { $group: { _id: groupId, v: accumulators[name] } } as PipelineStage,
      ]),
    ),
  );
  const merged = new Map<string, { _id: unknown } & Record<string, number>>();
  results.forEach((rows, i) => {
    for (const row of rows) {
      const key = JSON.stringify(row._id);
      const into = merged.get(key) ?? ({ _id: row._id, ...Object.fromEntries(names.map((n) => [n, 0])) } as { _id: unknown } & Record<string, number>);
      into[names[i]] = row.v;
      merged.set(key, into);
    }
  });
  return [...merged.values()] as Array<{ _id: any } & Record<K, number>>;
}
