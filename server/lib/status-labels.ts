/**
 * The one table of the Chinese words for every status people see: API messages, reminders, Excel
 * exports and the console (web/src/lib/format.ts imports this file by relative path, so it must stay
 * free of imports and of anything Node-only). test/unit/status-labels.test.ts checks that every value
 * of every status enum in models/ has a word here, so a raw "in_progress" never reaches a reader.
 */
type Labels = Readonly<Record<string, string>>;

/** Project (开门第一件事) — models/project.model.ts PROJECT_STATUSES. */
export const PROJECT_STATUS_LABELS: Labels = { active: '进行中', done: '已完成', paused: '已暂停', cancelled: '已取消' };

/** Whistle (吹哨报到) and a department's response to it — models/whistle.model.ts. */
export const WHISTLE_STATUS_LABELS: Labels = { open: '待受理', accepted: '已受理', in_progress: '办理中', resolved: '已办结', rejected: '已退回' };

/** Mentor pairing (师徒结对) — models/mentorship.model.ts. */
export const MENTORSHIP_STATUS_LABELS: Labels = { active: '在带', ended: '已结束' };

/** A mentee's growth stage (新任 → 赋能 → 培优 → 毕业 → 预备大梁) — models/user.model.ts STAGES. */
export const STAGE_LABELS: Labels = { new: '新任', empowered: '赋能', excellent: '培优', graduated: '毕业', reserve: '预备大梁' };

/** A proposed stage promotion decided by district staff — models/assessment.model.ts StageProposal. */
export const PROPOSAL_STATUS_LABELS: Labels = { pending: '待审批', approved: '已批准', rejected: '未批准', superseded: '已失效' };

/** Evaluation cycle (组织力评估) — models/evaluation.model.ts CYCLE_STATUSES. */
export const CYCLE_STATUS_LABELS: Labels = { draft: '草稿', open: '评分中', closed: '已结束评分', published: '已公布' };

/** A member's points claim (积分申请) — models/points-claim.model.ts. */
export const CLAIM_STATUS_LABELS: Labels = { pending: '待审核', approved: '已通过', rejected: '未通过' };

/** A community activity members sign in to — models/activity.model.ts. */
export const ACTIVITY_STATUS_LABELS: Labels = { open: '进行中', closed: '已结算' };

/** A reminder's delivery through a channel — models/notification-delivery.model.ts. */
export const DELIVERY_STATUS_LABELS: Labels = { pending: '待发送', sent: '已发送', dead: '发送失败' };

/** A reminder waiting for the recipient's daily SMS digest — models/notification-delivery.model.ts DigestItem. */
export const DIGEST_STATUS_LABELS: Labels = { waiting: '待汇总', digested: '已汇总' };

/** Where a mentee stands with a training session (computed: server/modules/training/training.rules.ts). */
export const TRAINING_RECORD_STATUS_LABELS: Labels = { attended: '已出席', upcoming: '未开始', ongoing: '进行中', missed: '缺席' };

/** The word for `value` in `labels`; a value the table lacks reads as "未知状态", never as the raw code. */
export const labelOf = (labels: Labels, value: string | null | undefined): string => (value ? (labels[value] ?? '未知状态') : '—');
