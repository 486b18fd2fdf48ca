import { Types } from 'mongoose';
import { Mentorship, type MentorshipDoc } from '../../../models/mentorship.model.js';
import { User, type Stage, type UserDoc } from '../../../models/user.model.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { toPublicUser } from '../accounts/index.js';
import { recordTransition } from '../../db/transitions.js';
import { canMentor, capacityOf, checkStageChange, STAGE_NAMES } from './mentorship.rules.js';
import { withPeople } from './mentorship.service.js';

async function loadSecretary(id: string): Promise<UserDoc> {
  const user = await User.findById(id).lean<UserDoc>();
  if (!user || user.role !== 'secretary') throw notFound('书记');
  return user;
}

/** Profile with growth history and current pairs; visible to admins, the person, and their active partners. */
export async function getSecretary(id: string, actor: Actor) {
  const user = await loadSecretary(id);
  const me = new Types.ObjectId(id);
  // Two indexed equalities rather than one $or, which no backend of FerretDB pushes down (every active pair decoded).
  const [asMentor, asMentee] = await Promise.all([
    Mentorship.find({ mentorId: me, status: 'active' }).lean<MentorshipDoc[]>(),
    Mentorship.find({ menteeId: me, status: 'active' }).lean<MentorshipDoc[]>(),
  ]);
  const active = [...asMentor, ...asMentee]; // no pair has one secretary on both sides
  const isPartner = active.some((m) => sameId(m.mentorId, actor.id) || sameId(m.menteeId, actor.id));
  if (!(isAdmin(actor) || sameId(user._id, actor.id) || isPartner)) throw notFound('书记');
  const pairs = await withPeople(active);
  return {
    ...toPublicUser(user),
    stageName: user.stage ? STAGE_NAMES[user.stage as Stage] : null,
    canMentor: canMentor(user),
    capacity: canMentor(user) ? capacityOf(user) : null,
    mentor: pairs.find((p) => sameId(p.menteeId, id))?.mentor ?? null,
    mentees: pairs.filter((p) => sameId(p.mentorId, id)).map((p) => ({ mentorshipId: p.id, ...p.mentee })),
  };
}

export async function changeStage(
  id: string,
  input: { stage: Stage; reason: string; override?: boolean },
  actor: Actor,
  now: Date,
) {
  const user = await loadSecretary(id);
  if (user.beam !== 'mentee' && !user.stage) {
    throw invalid('not_a_mentee', '只有小梁有成长阶段 (only mentees have a growth stage)');
  }
  const from = (user.stage ?? null) as Stage | null;
  const check = checkStageChange(from, input.stage, input.override ?? false, input.reason);
  if (!check.ok) throw (check.code === 'stage_unchanged' ? conflict : invalid)(check.code, check.message);
  const entry = { from, to: input.stage, reason: input.reason, override: !!input.override, byId: actor.id, at: now };
  // Decided by inserting the step's transition: of two racing changes from the same stage one wins.
  const history = (user.stageHistory ?? []) as unknown as StageEntry[];
  const change = await recordTransition<StageEntry>(`stage:${id}#${history.length + 1}:${from}`, entry);
  await applyStageStep(user, history, change.transition.data);
  if (!change.won) throw conflict('stage_changed', '成长阶段刚被他人修改，请刷新后重试 (stage changed concurrently)');
  return getSecretary(id, actor);
}

type StageEntry = { from: Stage | null; to: Stage; reason: string; override: boolean; byId: string; at: Date };

/** Writes the step on top of the history it was decided on (a no-op once written, so a loser may roll it forward). */
async function applyStageStep(user: UserDoc, history: StageEntry[], entry: StageEntry) {
  await User.updateOne(
    { _id: user._id, stage: entry.from, stageHistory: { $size: history.length } },
    { $set: { stage: entry.to, stageHistory: [...history, entry] } },
  );
}
