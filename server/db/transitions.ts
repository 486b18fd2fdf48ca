import { Transition, type TransitionDoc } from '../../models/transition.model.js';
import { isDuplicateKeyError } from '../lib/errors.js';

/**
 * Records the one-time change `_id`. Returns { won: true } for the caller that made it, or the
 * stored change for everyone else (so they can roll it forward and answer 409).
 */
export async function recordTransition<D extends Record<string, unknown>>(
  _id: string,
  data: D,
): Promise<{ won: true; transition: TransitionDoc<D> } | { won: false; transition: TransitionDoc<D> }> {
  try {
    const created = await Transition.create({ _id, data });
    return { won: true, transition: created.toObject() as unknown as TransitionDoc<D> };
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  const stored = await Transition.findById(_id).lean<TransitionDoc<D>>();
  if (!stored) throw new Error(`transition ${_id}: duplicate key but no document`);
  return { won: false, transition: stored };
}

export const findTransition = <D = Record<string, unknown>>(_id: string) => Transition.findById(_id).lean<TransitionDoc<D>>();
