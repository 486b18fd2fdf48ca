import type { Component } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import {
  Avatar, Bell, Calendar, ChatDotRound, Checked, Coin, Collection, Connection, DataAnalysis, DocumentAdd, DocumentChecked, EditPen, Flag, Medal, OfficeBuilding, Reading, Tickets, Timer, TrendCharts, Trophy, Upload, User, UserFilled,
} from '@element-plus/icons-vue';
import { consoleRole, restoreSession, session, type ConsoleRole } from './lib/session';

export interface MenuItem { path: string; title: string; icon: Component }

/** The console's pages per role: the menu and the router both come from this table. */
export const MENUS: Record<ConsoleRole, MenuItem[]> = {
  admin: [
    { path: '/admin/dashboard', title: '全区概览', icon: DataAnalysis },
    { path: '/admin/org', title: '组织架构', icon: OfficeBuilding },
    { path: '/admin/accounts', title: '账号管理', icon: Avatar },
    { path: '/admin/secretaries', title: '书记档案', icon: User },
    { path: '/admin/pairing', title: '师徒结对', icon: Connection },
    { path: '/admin/projects', title: '项目台账', icon: Tickets },
    { path: '/admin/offline-votes', title: '纸质投票录入', icon: DocumentAdd },
    { path: '/admin/assessments', title: '月度评估', icon: TrendCharts },
    { path: '/admin/whistles', title: '吹哨报到', icon: Bell },
    { path: '/admin/evaluation', title: '组织力评估', icon: Trophy },
    { path: '/points/entry', title: '登记积分', icon: EditPen },
    { path: '/points/claims', title: '积分审核', icon: DocumentChecked },
    { path: '/activities', title: '活动签到', icon: Calendar },
    { path: '/training', title: '培训联训', icon: Reading },
    { path: '/admin/points-rules', title: '积分规则', icon: Coin },
    { path: '/admin/jobs', title: '定时任务', icon: Timer },
    { path: '/admin/notifications', title: '提醒渠道', icon: ChatDotRound },
    { path: '/admin/import', title: '名册导入', icon: Upload },
    { path: '/cases', title: '案例库', icon: Collection },
  ],
  mentee: [
    { path: '/mentee/project', title: '我的项目', icon: Flag },
    { path: '/mentee/mentor', title: '我的大梁', icon: UserFilled },
    { path: '/mentee/evaluation', title: '我的评估结果', icon: Medal },
    { path: '/cases', title: '案例库', icon: Collection },
    { path: '/mentee/training', title: '我的培训', icon: Reading },
    { path: '/points/entry', title: '登记积分', icon: Coin },
    { path: '/points/claims', title: '积分审核', icon: DocumentChecked },
    { path: '/activities', title: '活动签到', icon: Calendar },
  ],
  mentor: [
    { path: '/mentor/mentees', title: '我带的小梁', icon: Connection },
    { path: '/cases', title: '案例库', icon: Collection },
    { path: '/points/entry', title: '登记积分', icon: Coin },
    { path: '/points/claims', title: '积分审核', icon: DocumentChecked },
    { path: '/activities', title: '活动签到', icon: Calendar },
    { path: '/training', title: '培训联训', icon: Reading },
  ],
  evaluator: [{ path: '/scoring', title: '我的评分任务', icon: EditPen }],
  department: [
    { path: '/scoring', title: '我的评分任务', icon: EditPen },
    { path: '/department/whistles', title: '吹哨待办', icon: Bell },
    { path: '/training', title: '培训联训', icon: Reading },
  ],
  member: [
    { path: '/member/points', title: '我的积分', icon: Coin },
    { path: '/member/sign-in', title: '活动签到', icon: Checked },
  ],
};

const page = (roles: ConsoleRole[], component: RouteRecordRaw['component']): Partial<RouteRecordRaw> => ({ meta: { roles }, component } as any);

const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('./pages/Login.vue'), meta: { public: true } },
  { path: '/public/vote', component: () => import('./pages/public/Vote.vue'), meta: { public: true } },
  { path: '/public/score', component: () => import('./pages/public/ResidentScore.vue'), meta: { public: true } },
  { path: '/public/award-notice', component: () => import('./pages/public/AwardNotice.vue'), meta: { public: true } },
  { path: '/public/cases', component: () => import('./pages/public/PublicCases.vue'), meta: { public: true } },
  { path: '/public/cases/:id', component: () => import('./pages/public/PublicCase.vue'), meta: { public: true } },
  { path: '/public/best', component: () => import('./pages/public/BestCases.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./components/ConsoleLayout.vue'),
    children: [
      { path: '', component: { render: () => null }, meta: { home: true } },
      { path: 'admin/dashboard', ...page(['admin'], () => import('./pages/admin/Dashboard.vue')) },
      { path: 'admin/org', ...page(['admin'], () => import('./pages/admin/OrgTree.vue')) },
      { path: 'admin/accounts', ...page(['admin'], () => import('./pages/admin/Accounts.vue')) },
      { path: 'admin/secretaries', ...page(['admin'], () => import('./pages/admin/Secretaries.vue')) },
      { path: 'admin/pairing', ...page(['admin'], () => import('./pages/admin/Pairing.vue')) },
      { path: 'admin/projects', ...page(['admin'], () => import('./pages/admin/Projects.vue')) },
      { path: 'admin/offline-votes', ...page(['admin'], () => import('./pages/admin/OfflineVotes.vue')) },
      { path: 'admin/assessments', ...page(['admin'], () => import('./pages/admin/Assessments.vue')) },
      { path: 'admin/whistles', ...page(['admin'], () => import('./pages/Whistles.vue')) },
      { path: 'admin/evaluation', ...page(['admin'], () => import('./pages/admin/Evaluation.vue')) },
      { path: 'points/entry', ...page(['admin', 'mentee', 'mentor'], () => import('./pages/PointsEntry.vue')) },
      { path: 'points/claims', ...page(['admin', 'mentee', 'mentor'], () => import('./pages/ClaimsReview.vue')) },
      { path: 'activities', ...page(['admin', 'mentee', 'mentor'], () => import('./pages/Activities.vue')) },
      { path: 'training', ...page(['admin', 'mentor', 'department'], () => import('./pages/Training.vue')) },
      { path: 'admin/points-rules', ...page(['admin'], () => import('./pages/admin/PointsRules.vue')) },
      { path: 'admin/jobs', ...page(['admin'], () => import('./pages/admin/Jobs.vue')) },
      { path: 'admin/notifications', ...page(['admin'], () => import('./pages/admin/Notifications.vue')) },
      { path: 'admin/import', ...page(['admin'], () => import('./pages/admin/Import.vue')) },
      { path: 'mentee/project', ...page(['mentee'], () => import('./pages/mentee/MyProject.vue')) },
      { path: 'mentee/mentor', ...page(['mentee'], () => import('./pages/mentee/MyMentor.vue')) },
      { path: 'mentee/evaluation', ...page(['mentee'], () => import('./pages/mentee/MyEvaluation.vue')) },
      { path: 'mentee/training', ...page(['mentee'], () => import('./pages/mentee/MyTraining.vue')) },
      { path: 'mentor/mentees', ...page(['mentor'], () => import('./pages/mentor/MyMentees.vue')) },
      { path: 'scoring', ...page(['evaluator', 'department'], () => import('./pages/evaluator/Scoring.vue')) },
      { path: 'department/whistles', ...page(['department'], () => import('./pages/Whistles.vue')) },
      { path: 'member/points', ...page(['member'], () => import('./pages/member/MyPoints.vue')) },
      { path: 'member/sign-in', ...page(['member'], () => import('./pages/member/SignIn.vue')) },
      { path: 'cases', ...page(['admin', 'mentee', 'mentor'], () => import('./pages/cases/CaseLibrary.vue')) },
      { path: 'cases/:id', ...page(['admin', 'mentee', 'mentor'], () => import('./pages/cases/CaseDetail.vue')) },
    ] as RouteRecordRaw[],
  },
  { path: '/:rest(.*)*', component: () => import('./pages/NotFound.vue'), meta: { public: true } },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  await restoreSession();
  if (to.meta.public) return true;
  const role = consoleRole(session.user);
  if (!role) return { path: '/login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  if (to.meta.home) return MENUS[role][0].path;
  const allowed = to.meta.roles as ConsoleRole[] | undefined;
  if (allowed && !allowed.includes(role)) return MENUS[role][0].path;
  return true;
});
