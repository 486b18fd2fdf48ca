import { Transition, type TransitionDoc } from '../../models/transition.model.js';
import { isDuplicateKeyError } from '../lib/errors.js';
import { releaseOnce } from './release-once.js';

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

/**
 * Withdraws a transition that could not be carried out (e.g. an approval the ledger refused), so the
 * change may be decided again. Only the transition made under `attempt` is removed, and only by the
 * first caller to take its release ticket: a later transition of the same `_id` is never touched.
 */
export const withdrawTransition = (_id: string, attempt: string) =>
  releaseOnce(`transition:${_id}:${attempt}`, () => Transition.deleteOne({ _id, 'data.attempt': attempt }));
