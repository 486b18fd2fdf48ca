import { Types } from 'mongoose';
import { Assessment, StageProposal, type AssessmentDoc } from '../../../models/assessment.model.js';
import { CoachingNote, Mentorship, type MentorshipDoc } from '../../../models/mentorship.model.js';
import { MilestoneDone, Project, ProjectProgress, type MilestoneDoneDoc, type ProgressDoc, type ProjectDoc } from '../../../models/project.model.js';
import { User, type Stage, type UserDoc } from '../../../models/user.model.js';
import { isClosedWhistleStatus, Whistle, type WhistleDoc } from '../../../models/whistle.model.js';
import { replaceAllById } from '../../db/bulk.js';
import { isDuplicateKeyError } from '../../lib/errors.js';
import { daysBetween, isPastDeadline, monthRange, previousMonth } from '../../lib/time.js';
import { groupBy } from '../../lib/group-by.js';
import { notify } from '../notifications/index.js';
import { monthTraining } from '../training/index.js';
import { heldAt, percentAt, whistleClosedAt, type Change } from './as-of.rules.js';
import { proposePromotion, rateMonth, type MonthMetrics, type Rating } from './assessment.rules.js';

const byKey = groupBy;

/** A project as it stood at the month's end: its status then (from its status history). */
type ProjectThen = ProjectDoc & { statusThen: string };

/**
 * Everything the month's ratings need, in a fixed number of queries (no per-pair round trips), as
 * it stood at `asOf`: pairs active at any time in the month, and only what was dated before `asOf`.
 */
async function loadMonth(month: string, asOf: Date) {
  const { start } = monthRange(month);
  const pairs = await Mentorship.find({ startDate: { $lt: asOf }, $or: [{ endedAt: null }, { endedAt: { $gte: start } }] })
    .sort({ _id: 1 }).lean<MentorshipDoc[]>();
  const menteeIds = [...new Set(pairs.map((p) => String(p.menteeId)))].map((id) => new Types.ObjectId(id));
  const [allProjects, mentees] = await Promise.all([
    Project.find({ ownerId: { $in: menteeIds }, startDate: { $lt: asOf } }).sort({ createdAt: -1, _id: -1 }).lean<ProjectDoc[]>(),
    User.find({ _id: { $in: menteeIds } }).lean<UserDoc[]>(),
  ]);
  const projects: ProjectThen[] = allProjects
    .map((p) => ({ ...p, statusThen: heldAt(p.statusHistory as Change<string>[], asOf, p.status) }))
    .filter((p) => p.statusThen !== 'cancelled');
  const projectIds = projects.map((p) => p._id);
  const [logs, done, notes, whistles, history, training] = await Promise.all([
    ProjectProgress.find({ projectId: { $in: projectIds }, date: { $lt: asOf } }).sort({ date: -1, _id: -1 }).lean<ProgressDoc[]>(),
    MilestoneDone.find({ projectId: { $in: projectIds }, doneAt: { $lt: asOf } }).lean<MilestoneDoneDoc[]>(),
    CoachingNote.find({ mentorshipId: { $in: pairs.map((p) => p._id) }, date: { $gte: start, $lt: asOf } }).lean<{ mentorshipId: Types.ObjectId }[]>(),
    Whistle.find({ projectId: { $in: projectIds }, createdAt: { $lt: asOf } }).lean<WhistleDoc[]>(),
    Assessment.find({ month: { $in: [previousMonth(month), previousMonth(previousMonth(month))] } }).lean<AssessmentDoc[]>(),
    monthTraining(month, asOf),
  ]);
  return {
    pairs,
    projectOf: new Map([...byKey(projects, (p) => String(p.ownerId))].map(([k, v]) => [k, v.find((p) => p.statusThen !== 'done') ?? v[0]])),
    mentee: new Map(mentees.map((m) => [String(m._id), m])),
    logsOf: byKey(logs, (l) => String(l.projectId)),
    doneOf: byKey(done, (d) => String(d.projectId)),
    notesOf: byKey(notes, (n) => String(n.mentorshipId)),
    whistlesOf: byKey(whistles, (w) => String(w.projectId)),
    training,
    pastRatings: byKey(history.sort((a, b) => b.month.localeCompare(a.month)), (a) => String(a.mentorshipId)),
  };
}

function metricsFor(pair: MentorshipDoc, data: Awaited<ReturnType<typeof loadMonth>>, start: Date, asOf: Date): MonthMetrics & { projectId: Types.ObjectId | null; totalLogs: number } {
  const project = data.projectOf.get(String(pair.menteeId));
  const logs = project ? (data.logsOf.get(String(project._id)) ?? []) : [];
  const done = new Set((project ? (data.doneOf.get(String(project._id)) ?? []) : []).map((d) => String(d.milestoneId)));
  const whistles = project ? (data.whistlesOf.get(String(project._id)) ?? []) : [];
  const trained = data.training.get(String(pair.menteeId));
  const open = whistles.filter((w) => !whistleClosedAt(w, asOf, isClosedWhistleStatus));
  return {
    hasProject: !!project,
    projectId: project?._id ?? null,
    progressLogs: logs.filter((l) => l.date >= start).length,
    totalLogs: logs.length,
    daysSinceLastLog: logs[0] ? daysBetween(logs[0].date, asOf) : null,
    overdueMilestones: project ? project.milestones.filter((m) => isPastDeadline(m.dueDate, asOf) && !done.has(String(m._id))).length : 0,
    coachingNotes: (data.notesOf.get(String(pair._id)) ?? []).length,
    openWhistles: open.length,
    overdueWhistles: open.filter((w) => isPastDeadline(w.dueDate, asOf)).length,
    percent: project ? percentAt(project, logs, asOf) : 0,
    trainingsInvited: trained?.invited ?? 0,
    trainingsAttended: trained?.attended ?? 0,
  };
}

/**
 * monthly-assessment for a month: a snapshot and rating per pair active during it (upserted by
 * "<month>:<mentorshipId>"), promotion proposals (inserted once, decisions kept), and reminders to
 * pairs still active (deterministic ids). A past month is read as it stood at its end, so running
 * it again later, or twice, leaves the same documents.
 */
export async function runMonthlyAssessment(month: string, now: Date) {
  const { start, end } = monthRange(month);
  const asOf = end < now ? end : now;
  const data = await loadMonth(month, asOf);
  const counts = { pairs: data.pairs.length, green: 0, amber: 0, red: 0, proposals: 0, reminders: 0 };
  const snapshots = [];
  for (const pair of data.pairs) {
    const m = metricsFor(pair, data, start, asOf);
    const { rating, reasons } = rateMonth(m);
    counts[rating]++;
    const _id = `${month}:${pair._id}`;
    const { projectId, totalLogs, hasProject: _h, ...metrics } = m;
    snapshots.push({
      _id, month, mentorshipId: pair._id, mentorId: pair.mentorId, menteeId: pair.menteeId, streetId: pair.streetId, projectId, metrics, rating, reasons,
    });
    const mentee = data.mentee.get(String(pair.menteeId));
    const stage = mentee ? (heldAt(mentee.stageHistory as Change<string | null>[], asOf, mentee.stage ?? null) as Stage | null) : null;
    const previousRatings = (data.pastRatings.get(String(pair._id)) ?? []).map((a) => a.rating as Rating);
    const mentoredUntil = pair.endedAt && pair.endedAt < asOf ? pair.endedAt : asOf;
    const monthsMentored = Math.floor(daysBetween(pair.startDate, mentoredUntil) / 30);
    const project = data.projectOf.get(String(pair.menteeId));
    const proposal = proposePromotion({
      stage, monthsMentored, totalLogs, percent: m.percent, projectDone: project?.statusThen === 'done', rating, previousRatings,
    });
    if (proposal && mentee && (await proposeOnce(month, mentee, stage, proposal))) counts.proposals++;
    if (pair.status === 'active') counts.reminders += await remind(month, pair, m, mentee);
  }
  await replaceAllById(Assessment, snapshots);
  return { month, ...counts };
}

/** `from` is the stage the mentee held at the month's end, which approving requires them to hold still. */
async function proposeOnce(month: string, mentee: UserDoc, from: Stage | null, p: { to: Stage; reasons: string[] }) {
  try {
    await StageProposal.create({ _id: `${month}:${mentee._id}`, month, menteeId: mentee._id, from: from ?? 'new', to: p.to, reasons: p.reasons });
    return true;
  } catch (err) {
    if (isDuplicateKeyError(err)) return false;
    throw err;
  }
}

async function remind(month: string, pair: MentorshipDoc, m: MonthMetrics, mentee?: UserDoc) {
  let sent = 0;
  if (m.progressLogs === 0) {
    sent += Number(await notify({
      id: `${month}:inactive-mentee:${pair.menteeId}`, userId: pair.menteeId, kind: 'inactive_mentee',
      title: `${month} 尚未记录“开门第一件事”进展`, body: '请在手机上花一分钟记录本月项目进展，大梁会及时给予指导。', link: '/mentee/project',
    }));
  }
  if (m.coachingNotes === 0) {
    sent += Number(await notify({
      id: `${month}:inactive-mentor:${pair.mentorId}:${pair.menteeId}`, userId: pair.mentorId, kind: 'inactive_mentor',
      title: `${month} 尚未记录对${mentee?.displayName ?? '小梁'}的带教`, body: '请记录本月的走访、电话或培训带教情况。', link: '/mentor/mentees',
    }));
  }
  return sent;
}
