import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
// The status words are the server's own table, so the console, the API's messages and the exports agree.
import {
  CLAIM_STATUS_LABELS, CYCLE_STATUS_LABELS, DELIVERY_STATUS_LABELS, MENTORSHIP_STATUS_LABELS, PROJECT_STATUS_LABELS,
  PROPOSAL_STATUS_LABELS, STAGE_LABELS, TRAINING_RECORD_STATUS_LABELS, WHISTLE_STATUS_LABELS,
} from '../../../server/lib/status-labels';

dayjs.extend(utc);
dayjs.extend(timezone);

export const TZ = 'Asia/Shanghai';

/** YYYY-MM-DD in Asia/Shanghai; '—' for nothing. */
export const fmtDate = (v: string | Date | null | undefined) => (v ? dayjs(v).tz(TZ).format('YYYY-MM-DD') : '—');
export const fmtDateTime = (v: string | Date | null | undefined) => (v ? dayjs(v).tz(TZ).format('YYYY-MM-DD HH:mm') : '—');
/** Today in Asia/Shanghai as YYYY-MM-DD (the API reads a bare day as that day). */
export const today = () => dayjs().tz(TZ).format('YYYY-MM-DD');
export const thisMonth = () => dayjs().tz(TZ).format('YYYY-MM');
export const daysFromToday = (n: number) => dayjs().tz(TZ).add(n, 'day').format('YYYY-MM-DD');

export const STAGES = STAGE_LABELS;
export const PROJECT_STATUS = PROJECT_STATUS_LABELS;
export const WHISTLE_STATUS = WHISTLE_STATUS_LABELS;
export const MENTORSHIP_STATUS = MENTORSHIP_STATUS_LABELS;
export const PROPOSAL_STATUS = PROPOSAL_STATUS_LABELS;
export const DELIVERY_STATUS = DELIVERY_STATUS_LABELS;
export const RATING: Record<string, { label: string; type: 'success' | 'warning' | 'danger' }> = {
  green: { label: '绿', type: 'success' },
  amber: { label: '黄', type: 'warning' },
  red: { label: '红', type: 'danger' },
};
/** Where a project may go from each status (server/modules/projects/projects.rules.ts); done and cancelled are final. */
export const PROJECT_NEXT_STATUS: Record<string, string[]> = { active: ['done', 'paused', 'cancelled'], paused: ['active', 'cancelled'], done: [], cancelled: [] };
export const CLAIM_STATUS = CLAIM_STATUS_LABELS;
/** Tag colours of a claim's status (the words come from CLAIM_STATUS). */
export const CLAIM_STATUS_TYPE: Record<string, 'warning' | 'success' | 'danger'> = { pending: 'warning', approved: 'success', rejected: 'danger' };
export const CYCLE_STATUS = CYCLE_STATUS_LABELS;
export const NOTE_KINDS: Record<string, string> = { visit: '实地走访', call: '电话沟通', training: '培训带教', other: '其他' };
export const PARTY_DAY: Record<string, string> = { lesson: '一课（微党课）', film: '一片（观看教育片）', practice: '一实践（志愿服务）' };
/** The header reads "name · role" (e.g. 罗凯琳 · 小梁 · 新任书记): joined with dots, never nested brackets. */
export const ROLE_NAMES: Record<string, string> = {
  admin: '区委组织部', mentee: '小梁 · 新任书记', mentor: '大梁 · 带教书记', evaluator: '评估专家', department: '街镇职能部门', member: '党员',
};
/** Roles as the accounts page names them (a secretary's beam is shown beside). */
export const ACCOUNT_ROLES: Record<string, string> = {
  admin: '区级管理员', secretary: '居村书记', evaluator: '评估专家', department: '街镇职能部门', member: '党员',
};
export const BEAMS: Record<string, string> = { mentor: '大梁', mentee: '小梁' };
/** Kinds of reminder (server/modules/notifications/delivery.rules.ts). */
export const REMINDER_KINDS: Record<string, string> = {
  inactive_mentee: '小梁本月未记录项目进展', inactive_mentor: '大梁本月未记录带教', whistle_overdue: '吹哨事项超期',
  points_claim_pending: '积分申请待审核', points_claim_approved: '积分申请已通过', points_claim_rejected: '积分申请未通过',
};

/** The 11 digits of a mainland mobile number typed with spaces, dashes or +86 (the server reads it the same way), else null. */
export const mobileOf = (v: string) => /^(?:\+?86|0086)?(1[3-9]\d{9})$/.exec(v.replace(/[\s\-().]/g, ''))?.[1] ?? null;

/** Years a case may belong to (the year its project was finished), newest first: this year and the five before. */
export const caseYears = () => Array.from({ length: 6 }, (_, i) => dayjs().tz(TZ).year() - i);

/** Training sessions (server/modules/training): 区级联训 · 街镇工作室 · 分组联学, and where a 小梁 stands with one. */
export const TRAINING_LEVELS: Record<string, string> = { district: '区级联训', 'street-studio': '街镇工作室', 'study-group': '分组联学' };
const TRAINING_TAG = { attended: 'success', upcoming: 'info', ongoing: 'warning', missed: 'danger' } as const;
export const TRAINING_STATUS: Record<string, { label: string; type: 'success' | 'info' | 'warning' | 'danger' }> = Object.fromEntries(
  Object.entries(TRAINING_TAG).map(([key, type]) => [key, { label: TRAINING_RECORD_STATUS_LABELS[key], type }]),
);
