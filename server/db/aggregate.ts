import type { Model, PipelineStage } from 'mongoose';

type Accumulator = { $sum: 1 | string };

/**
 * `$group` with several `$sum` accumulators, as one aggregation per accumulator merged by group key.
 * FerretDB 1.24.2 computes only the first accumulator of a `$group` and returns 0 for the rest
 * (seen with `$sum` and `$count`), so a single multi-accumulator `$group` is not portable.
 */
export async function groupSums<K extends string>(
  model: Model<any>,
  match: Record<string, unknown>,
  groupId: string | Record<string, string>,
  accumulators: Record<K, Accumulator>,
): Promise<Array<{ _id: any } & Record<K, number>>> {
  const names = Object.keys(accumulators) as K[];
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
