import type { Stage } from '../../../models/user.model.js';

export interface MonthMetrics {
  hasProject: boolean;
  progressLogs: number;
  daysSinceLastLog: number | null;
  overdueMilestones: number;
  coachingNotes: number;
  openWhistles: number;
  overdueWhistles: number;
  percent: number;
  /** Training sessions of the month the mentee was invited to, and of those attended (server/modules/training). */
  trainingsInvited: number;
  trainingsAttended: number;
}

export type Rating = 'green' | 'amber' | 'red';

/**
 * Monthly rating of a pair (documented rules, first match wins):
 * red   — no first-thing project; or no progress log this month and none for 60+ days (or ever);
 *         or 2+ overdue milestones; or 2+ overdue whistles.
 * amber — no progress log this month; or 1 overdue milestone; or 1 overdue whistle;
 *         or no coaching note from the mentor this month;
 *         or invited to training this month and attended none of it.
 * green — everything else.
 */
export function rateMonth(m: MonthMetrics): { rating: Rating; reasons: string[] } {
  const red: string[] = [];
  if (!m.hasProject) red.push('尚未建立“开门第一件事”项目');
  if (m.hasProject && m.progressLogs === 0 && (m.daysSinceLastLog === null || m.daysSinceLastLog >= 60)) {
    red.push(m.daysSinceLastLog === null ? '从未记录项目进展' : `已 ${m.daysSinceLastLog} 天未记录项目进展`);
  }
  if (m.overdueMilestones >= 2) red.push(`${m.overdueMilestones} 个项目节点已逾期`);
  if (m.overdueWhistles >= 2) red.push(`${m.overdueWhistles} 件吹哨事项超期未办结`);
  if (red.length) return { rating: 'red', reasons: red };

  const amber: string[] = [];
  if (m.progressLogs === 0) amber.push('本月没有项目进展记录');
  if (m.overdueMilestones === 1) amber.push('1 个项目节点已逾期');
  if (m.overdueWhistles === 1) amber.push('1 件吹哨事项超期未办结');
  if (m.coachingNotes === 0) amber.push('大梁本月没有带教记录');
  if (m.trainingsInvited > 0 && m.trainingsAttended === 0) amber.push(`本月受邀参加 ${m.trainingsInvited} 次培训，均未出席`);
  if (amber.length) return { rating: 'amber', reasons: amber };
  const training = m.trainingsInvited > 0 ? `，培训出席 ${m.trainingsAttended}/${m.trainingsInvited} 次` : '';
  return { rating: 'green', reasons: [`本月进展 ${m.progressLogs} 次、带教 ${m.coachingNotes} 次，项目进度 ${m.percent}%${training}`] };
}

export interface PromotionInput {
  stage: Stage | null;
  monthsMentored: number;
  totalLogs: number;
  percent: number;
  projectDone: boolean;
  rating: Rating;
  /** Ratings of the two months before this one, newest first (missing months absent). */
  previousRatings: Rating[];
}

/**
 * Promotion proposals (an admin approves each):
 * new → empowered       after 3+ months mentored and 3+ progress logs in all;
 * empowered → excellent when the project is at least 60% and this month is green;
 * excellent → graduated when the project is done and this month is green;
 * graduated → reserve   after three green months in a row.
 */
export function proposePromotion(p: PromotionInput): { to: Stage; reasons: string[] } | null {
  switch (p.stage) {
    case 'new':
      return p.monthsMentored >= 3 && p.totalLogs >= 3
        ? { to: 'empowered', reasons: [`已带教 ${p.monthsMentored} 个月`, `累计记录进展 ${p.totalLogs} 次`] }
        : null;
    case 'empowered':
      return p.percent >= 60 && p.rating === 'green' ? { to: 'excellent', reasons: [`项目进度 ${p.percent}%`, '本月评估为绿色'] } : null;
    case 'excellent':
      return p.projectDone && p.rating === 'green' ? { to: 'graduated', reasons: ['“开门第一件事”已完成', '本月评估为绿色'] } : null;
    case 'graduated':
      return p.rating === 'green' && p.previousRatings.length >= 2 && p.previousRatings.slice(0, 2).every((r) => r === 'green')
        ? { to: 'reserve', reasons: ['连续三个月评估为绿色'] }
        : null;
    default:
      return null;
  }
}
