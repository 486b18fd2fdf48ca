import { recordTransition } from '../../db/transitions.js';
import { Types } from 'mongoose';
import { Assessment, StageProposal, type AssessmentDoc, type ProposalDoc } from '../../../models/assessment.model.js';
import { OrgUnit, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { User, type Stage, type UserDoc } from '../../../models/user.model.js';
import { conflict, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { skipFor } from '../../lib/paging.js';
import { changeStage } from '../mentorship/index.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';

/** Snapshots of a month for district staff, with names and a per-street green/amber/red summary. */
export function listAssessments(q: { month: string; street?: string; rating?: string; page: number; pageSize: number }) {
  const sources = ['assessments', 'users', 'org_units'].map(collectionKey);
  return cachedByVersion(sources, `assessments:${JSON.stringify(q)}`, () => readAssessments(q));
}

async function readAssessments(q: Parameters<typeof listAssessments>[0]) {
  const filter: Record<string, unknown> = { month: q.month };
  if (q.street) filter.streetId = new Types.ObjectId(q.street);
  const all = await Assessment.find(filter).sort({ _id: 1 }).lean<AssessmentDoc[]>();
  const streets = new Map((await OrgUnit.find({ level: 'street' }).lean<OrgUnitDoc[]>()).map((s) => [String(s._id), s.name]));
  const summary = new Map<string, { streetId: string; streetName: string | null; green: number; amber: number; red: number; total: number }>();
  for (const a of all) {
    const key = String(a.streetId);
    const row = summary.get(key) ?? { streetId: key, streetName: streets.get(key) ?? null, green: 0, amber: 0, red: 0, total: 0 };
    row[a.rating as 'green' | 'amber' | 'red']++;
    row.total++;
    summary.set(key, row);
  }
  const rated = q.rating ? all.filter((a) => a.rating === q.rating) : all;
  const page = rated.slice(skipFor(q.page, q.pageSize), skipFor(q.page, q.pageSize) + q.pageSize);
  const people = new Map(
    (await User.find({ _id: { $in: page.flatMap((a) => [a.mentorId, a.menteeId]) } }).lean<UserDoc[]>()).map((u) => [String(u._id), u.displayName]),
  );
  return {
    month: q.month,
    summary: [...summary.values()].sort((a, b) => (a.streetName ?? '').localeCompare(b.streetName ?? '', 'zh-Hans-CN')),
    items: page.map((a) => ({ ...a, mentorName: people.get(String(a.mentorId)) ?? null, menteeName: people.get(String(a.menteeId)) ?? null })),
    page: q.page,
    pageSize: q.pageSize,
    total: rated.length,
  };
}

export function listProposals(q: { status?: string; month?: string }) {
  const sources = ['stage_proposals', 'users'].map(collectionKey);
  return cachedByVersion(sources, `proposals:${JSON.stringify(q)}`, () => readProposals(q));
}

async function readProposals(q: { status?: string; month?: string }) {
  const filter: Record<string, unknown> = {};
  if (q.status) filter.status = q.status;
  if (q.month) filter.month = q.month;
  const items = await StageProposal.find(filter).sort({ _id: 1 }).lean<ProposalDoc[]>();
  const names = new Map((await User.find({ _id: { $in: items.map((p) => p.menteeId) } }).lean<UserDoc[]>()).map((u) => [String(u._id), u.displayName]));
  return { items: items.map((p) => ({ ...p, menteeName: names.get(String(p.menteeId)) ?? null })) };
}

async function pendingProposal(id: string) {
  const p = await StageProposal.findById(id).lean<ProposalDoc>();
  if (!p) throw notFound('晋级建议');
  if (p.status !== 'pending') throw conflict('proposal_decided', '该建议已处理 (proposal already decided)');
  return p;
}

type Decision = { status: 'approved' | 'rejected'; note: string | null; byId: string; at: Date };

/**
 * Approving or rejecting is decided by inserting "proposal:<id>:decided": of an approve racing a
 * reject exactly one wins, and the loser gets 409 after finishing the winner's decision (so a
 * decision cut off by a crash is completed by the next attempt).
 */
async function decide(id: string, decision: Decision, actor: Actor, now: Date) {
  const p = await pendingProposal(id);
  if (decision.status === 'approved') {
    const mentee = await User.findById(p.menteeId).lean<UserDoc>();
    if (!mentee || mentee.stage !== p.from) throw conflict('proposal_stale', '小梁的成长阶段已变化，该建议已过时 (stage changed since the proposal)');
  }
  const change = await recordTransition<Decision>(`proposal:${id}:decided`, decision);
  await applyDecision(p, change.transition.data, actor, now);
  if (!change.won) throw conflict('proposal_decided', '该建议已处理 (proposal already decided)');
  return StageProposal.findById(id).lean<ProposalDoc>();
}

/** Approving applies the stage change through the same rules (one step, history kept). Each step is idempotent. */
async function applyDecision(p: ProposalDoc, d: Decision, actor: Actor, now: Date) {
  if (d.status === 'approved') {
    const mentee = await User.findById(p.menteeId).lean<UserDoc>();
    if (mentee?.stage === p.from) {
      await changeStage(String(p.menteeId), { stage: p.to as Stage, reason: d.note || `月度评估建议（${p.month}）：${p.reasons.join('；')}` }, actor, now)
        .catch((err) => { if ((err as { code?: string }).code !== 'stage_changed') throw err; });
      // A racing roll-forward of this decision makes the same step; any other change that won leaves the proposal stale.
      if ((await User.findById(p.menteeId).lean<UserDoc>())?.stage !== p.to) {
        await StageProposal.updateOne(
          { _id: p._id, status: 'pending' },
          { $set: { status: 'superseded', decidedById: d.byId, decidedAt: d.at, decisionNote: '批准时小梁的成长阶段已被另行调整 (stage changed by another decision)' } },
        );
        throw conflict('proposal_stale', '小梁的成长阶段已变化，该建议已过时 (stage changed since the proposal)');
      }
    }
    // The same step proposed in other months is decided with this one.
    await StageProposal.updateMany(
      { menteeId: p.menteeId, from: p.from, to: p.to, status: 'pending', _id: { $ne: p._id } },
      { $set: { status: 'superseded', decidedById: d.byId, decidedAt: d.at, decisionNote: `已由 ${p.month} 的建议批准 (superseded by ${p._id})` } },
    );
  }
  await StageProposal.updateOne({ _id: p._id, status: 'pending' }, { $set: { status: d.status, decidedById: d.byId, decidedAt: d.at, decisionNote: d.note } });
}

export const approveProposal = (id: string, note: string | undefined, actor: Actor, now: Date) =>
  decide(id, { status: 'approved', note: note ?? null, byId: actor.id, at: now }, actor, now);

export const rejectProposal = (id: string, note: string, actor: Actor, now: Date) =>
  decide(id, { status: 'rejected', note, byId: actor.id, at: now }, actor, now);
