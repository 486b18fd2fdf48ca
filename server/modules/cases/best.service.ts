import { Types } from 'mongoose';
import { BestCases, Case, type BestCasesDoc, type CaseDoc } from '../../../models/case.model.js';
import { conflict, invalid, isDuplicateKeyError } from '../../lib/errors.js';
import { isAdmin, type Actor } from '../../lib/actor.js';
import { bestListProblems } from './cases.rules.js';
import { toCases } from './cases.service.js';

/**
 * A year's 最妥一件事 in its order, as the reader may see it. Only public cases can be put on the
 * list and a listed case cannot be made staff-only, but the public read filters again: a case made
 * staff-only by an edit racing the list's save never shows on the public page.
 */
export async function bestCases(year: number, actor: Actor | null) {
  const list = await BestCases.findById(year).lean<BestCasesDoc>();
  const ids = (list?.caseIds ?? []).map(String);
  const cases = ids.length ? await Case.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }).lean<CaseDoc[]>() : [];
  const byId = new Map(cases.map((c) => [String(c._id), c]));
  // Admins see a listed case that is no longer public, to take it off; everyone else only public ones.
  const ordered = ids.map((id) => byId.get(id)).filter((c): c is CaseDoc => !!c && (c.visibility === 'public' || (!!actor && isAdmin(actor))));
  const items = (await toCases(ordered)).map((c, i) => ({ place: i + 1, ...c }));
  return { year, items, updatedAt: list?.updatedAt ?? null };
}

/** Replaces a year's list (admin): every id a public case of that year, in the order given. */
export async function setBestCases(year: number, caseIds: string[], actor: Actor) {
  const cases = await Case.find({ _id: { $in: caseIds.map((id) => new Types.ObjectId(id)) } }, { title: 1, visibility: 1, year: 1 }).lean<CaseDoc[]>();
  const problems = bestListProblems(year, caseIds, cases);
  if (problems.length) {
    const details = problems.map((p) => ({ path: `caseIds.${p.index}`, code: p.code, message: p.message }));
    const first = problems[0];
    throw first.code === 'case_not_public' ? conflict(first.code, first.message, details) : invalid(first.code, first.message, details);
  }
  const write = () => BestCases.updateOne({ _id: year }, { $set: { caseIds: caseIds.map((id) => new Types.ObjectId(id)), updatedById: actor.id } }, { upsert: true });
  try {
    await write();
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    await write(); // two first saves of a year raced to insert: the other one's document exists now
  }
  return bestCases(year, actor);
}
