// The requests the web console's pages make (web/src/pages), per demo role, with the ids a user
// would click through to, found through the API as the pages find them.
import { monthKey, previousMonth } from '../server/lib/time.js';

export interface TimedRequest {
  role: string;
  page: string;
  path: string;
  headers: Record<string, string>;
  /** An answer the page expects besides 200, e.g. 404 for results not yet published. */
  expected?: number;
}
type Session = { token: string; user: { id: string } };
type Sessions = Record<'admin' | 'mentee' | 'mentor' | 'evaluator' | 'department' | 'member', Session>;

const V1 = '/api/v1';
const query = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  return q.size ? `?${q}` : '';
};

export async function consoleRequests(baseUrl: string, s: Sessions, now: Date): Promise<TimedRequest[]> {
  const get = async (session: Session, p: string) => {
    const res = await fetch(`${baseUrl}${V1}${p}`, { headers: { authorization: `Bearer ${session.token}` } });
    if (!res.ok) throw new Error(`GET ${p}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const out: TimedRequest[] = [];
  const add = (role: keyof Sessions | 'public', page: string, p: string, expected?: number) =>
    out.push({ role, page, path: `${V1}${p}`, headers: role === 'public' ? {} : { authorization: `Bearer ${s[role].token}` }, expected });
  const common = (role: keyof Sessions) => {
    add(role, '登录后', '/me');
    add(role, '提醒', `/me/notifications${query({ pageSize: 20 })}`);
  };
  const month = monthKey(now);

  // 区委组织部 (admin)
  common('admin');
  add('admin', '全区概览', '/dashboard');
  const streets = (await get(s.admin, `/org-units${query({ level: 'street', pageSize: 200 })}`)).items;
  add('admin', '组织架构', `/org-units${query({ level: 'street', pageSize: 200 })}`);
  add('admin', '组织架构', `/org-units${query({ parent: streets[0].id ?? streets[0]._id, pageSize: 200 })}`);
  const secretaries = (await get(s.admin, `/users${query({ role: 'secretary', page: 1, pageSize: 20 })}`)).items;
  add('admin', '书记档案', `/users${query({ role: 'secretary', page: 1, pageSize: 20 })}`);
  add('admin', '书记档案', `/secretaries/${secretaries[0].id}`);
  add('admin', '师徒结对', `/users${query({ role: 'secretary', beam: 'mentee', paired: 'false', pageSize: 200 })}`);
  const mentees = (await get(s.admin, `/users${query({ role: 'secretary', beam: 'mentee', pageSize: 20 })}`)).items;
  add('admin', '师徒结对', `/mentorships/suggestions${query({ menteeId: mentees[0].id, limit: 5 })}`);
  const projects = (await get(s.admin, `/projects${query({ page: 1, pageSize: 20 })}`)).items;
  add('admin', '项目台账', `/projects${query({ page: 1, pageSize: 20 })}`);
  add('admin', '项目台账', '/project-categories');
  add('admin', '项目台账', `/projects/${projects[0]._id}`);
  add('admin', '吹哨报到', `/whistles${query({ page: 1, pageSize: 20 })}`);
  add('admin', '月度评估', `/assessments${query({ month: previousMonth(month), page: 1, pageSize: 20 })}`);
  add('admin', '月度评估', `/assessments/proposals${query({ status: 'pending' })}`);
  const cycles = (await get(s.admin, '/evaluation-cycles')).items;
  add('admin', '组织力评估', '/evaluation-cycles');
  add('admin', '组织力评估', `/evaluation-cycles/${cycles[0]._id}/assignments`);
  add('admin', '组织力评估', `/evaluation-cycles/${cycles[0]._id}/results`);
  add('admin', '组织力评估', `/evaluation-cycles/${cycles[0]._id}/awards${query({ top: 53 })}`);
  add('admin', '积分规则', '/points/rules');
  add('admin', '积分排行', `/points/leaderboard${query({ period: month })}`);
  add('admin', '定时任务', '/jobs');

  // 小梁 (mentee)
  common('mentee');
  const own = (await get(s.mentee, `/projects${query({ owner: s.mentee.user.id, sort: '-startDate', pageSize: 5 })}`)).items;
  add('mentee', '我的项目', `/projects${query({ owner: s.mentee.user.id, sort: '-startDate', pageSize: 5 })}`);
  if (own[0]) add('mentee', '我的项目', `/projects/${own[0]._id}`);
  add('mentee', '我的项目', '/departments');
  const pairs = (await get(s.mentee, `/mentorships${query({ mentee: s.mentee.user.id, status: 'active' })}`)).items;
  add('mentee', '我的大梁', `/mentorships${query({ mentee: s.mentee.user.id, status: 'active' })}`);
  if (pairs[0]) add('mentee', '我的大梁', `/mentorships/${pairs[0].id}/notes`);
  add('mentee', '我的评估结果', '/me/evaluation', 404); // the demo cycle is open, not yet published

  // 大梁 (mentor)
  common('mentor');
  const mine = (await get(s.mentor, '/me/mentees')).items;
  add('mentor', '我带的小梁', '/me/mentees');
  const withProject = mine.find((m: { project?: { id: string } }) => m.project);
  if (withProject) add('mentor', '我带的小梁', `/projects/${withProject.project.id}`);
  if (mine[0]) add('mentor', '我带的小梁', `/mentorships/${mine[0].mentorshipId}/notes`);

  // 评估专家 and 部门
  common('evaluator');
  add('evaluator', '我的评分任务', '/evaluation-cycles');
  add('evaluator', '我的评分任务', `/evaluation-cycles/${cycles[0]._id}/assignments${query({ evaluator: s.evaluator.user.id })}`);
  common('department');
  add('department', '吹哨待办', `/whistles${query({ page: 1, pageSize: 20 })}`);

  // 党员 (member)
  common('member');
  add('member', '我的积分', `/me/points${query({ page: 1 })}`);
  add('member', '我的积分', `/me/points${query({ page: 2 })}`);

  // 群众 (no login)
  add('public', '项目投票', `/public/projects${query({ page: 1, pageSize: 10 })}`);
  add('public', '项目投票', `/projects/popular${query({ top: 18 })}`);
  add('public', '书记线上打分', '/public/evaluation');
  return out;
}
