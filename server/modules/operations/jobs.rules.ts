import { local } from '../../lib/time.js';

/**
 * The 定时任务 page in words: a cron schedule as staff say it, a run's result as labelled numbers.
 * Pure functions; jobs.routes.ts attaches their output to GET /jobs.
 */

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六', '日'];
const pad = (n: number) => String(n).padStart(2, '0');
const isNumber = (field: string) => /^\d+$/.test(field);
const clock = (minute: string, hour: string) => `${pad(Number(hour))}:${pad(Number(minute))}`;

/** A weekday field ("1", "1-5", "1,3,5") as 周一 / 周一至周五 / 周一、周三、周五; null if it is something else. */
function weekdays(field: string): string | null {
  const range = /^([0-7])-([0-7])$/.exec(field);
  if (range) return `周${WEEKDAYS[Number(range[1])]}至周${WEEKDAYS[Number(range[2])]}`;
  if (/^[0-7](,[0-7])*$/.test(field)) return field.split(',').map((d) => `周${WEEKDAYS[Number(d)]}`).join('、');
  return null;
}

/**
 * A 5-field cron expression (Asia/Shanghai) in words, for the shapes this service's schedules take:
 * every minute, every n minutes, a minute of every hour, a time of every day, of a day of the month or
 * year, or of some weekdays. Anything else reads as "按 cron 表达式 …" so it is never mis-described.
 */
export function cronInWords(cron: string): string {
  const fields = cron.trim().split(/\s+/);
  const fallback = `按 cron 表达式 ${cron.trim()}`;
  if (fields.length !== 5) return fallback;
  const [minute, hour, day, month, weekday] = fields;
  const everyDay = day === '*' && month === '*' && weekday === '*';
  if (everyDay && hour === '*') {
    if (minute === '*') return '每分钟';
    const every = /^\*\/(\d+)$/.exec(minute);
    if (every) return `每 ${Number(every[1])} 分钟`;
    if (isNumber(minute)) return Number(minute) === 0 ? '每小时整点' : `每小时第 ${Number(minute)} 分钟`;
    return fallback;
  }
  if (!isNumber(minute)) return fallback;
  const everyHours = /^\*\/(\d+)$/.exec(hour);
  if (everyDay && everyHours) return `每 ${Number(everyHours[1])} 小时（第 ${Number(minute)} 分钟）`;
  if (!isNumber(hour)) return fallback;
  const at = clock(minute, hour);
  if (everyDay) return `每天 ${at}`;
  if (weekday === '*' && isNumber(day) && month === '*') return `每月 ${Number(day)} 日 ${at}`;
  if (weekday === '*' && isNumber(day) && isNumber(month)) return `每年 ${Number(month)} 月 ${Number(day)} 日 ${at}`;
  const days = weekdays(weekday);
  if (days && day === '*' && month === '*') return `每${days} ${at}`;
  return fallback;
}

/** Words for what the jobs return (jobs/*.job.ts); a key path first, then its last key. Unknown keys show as they are. */
const RESULT_LABELS: Record<string, string> = {
  // points-rollup
  full: '全量重算', since: '上次汇总至', watermark: '本次汇总至', periods: '更新的月份与年度',
  // monthly-assessment
  month: '月份', pairs: '评估的结对', green: '绿灯', amber: '黄灯', red: '红灯', proposals: '晋级建议', reminders: '发出提醒',
  // whistle-watch
  overdue: '超期事项', newlyOverdue: '新增超期',
  // claims-sweep
  awardClaimsReleased: '释放的积分占位', revocationsFinished: '补完的撤销', pairClaimsReleased: '释放的结对名额', projectLocksReleased: '释放的项目占位',
  // claim-reminders
  pending: '待审核申请',
  // notification-delivery
  'fanout.notifications': '分发的提醒', 'fanout.deliveries': '新建的投递', 'fanout.digestItems': '转入每日汇总',
  'send.sent': '已发送', 'send.failed': '发送失败（将重试）', 'send.dead': '发送失败（不再重试）', 'send.deferred': '推迟（免打扰时段）',
  'send.claimed_elsewhere': '由其他进程发送',
  // notification-digest
  digests: '生成的每日汇总', items: '汇总的提醒',
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function valueInWords(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date || (typeof v === 'string' && ISO_TIME.test(v))) return local(v as Date | string).format('YYYY-MM-DD HH:mm');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export interface ResultLine { label: string; value: string }

/**
 * A stored run result (jobs/runner.ts keeps arrays as `{ count }`) as label–value lines: nested
 * counts are flattened ("send.sent" → 已发送), `{ count: n }` reads as n, times as Shanghai time.
 */
export function resultInWords(result: unknown): ResultLine[] {
  if (result === null || result === undefined) return [];
  if (typeof result !== 'object' || result instanceof Date) return [{ label: '结果', value: valueInWords(result) }];
  const lines: ResultLine[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [key, v] of Object.entries(obj)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const count = v && typeof v === 'object' && !(v instanceof Date) && Object.keys(v).length === 1 && 'count' in v ? (v as { count: unknown }).count : undefined;
      if (count === undefined && v && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v)) {
        walk(v as Record<string, unknown>, path);
        continue;
      }
      lines.push({ label: RESULT_LABELS[path] ?? RESULT_LABELS[key] ?? key, value: valueInWords(count ?? v) });
    }
  };
  walk(result as Record<string, unknown>, '');
  return lines;
}
