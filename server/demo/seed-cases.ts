import { Project, type ProjectDoc } from '../../models/project.model.js';
import type { Actor } from '../lib/actor.js';
import { yearKey } from '../lib/time.js';
import { markCase, setBestCases } from '../modules/cases/index.js';
import type { DemoOrg } from './seed-org.js';

/** A handful: enough for the case pages and a 最妥一件事 list, cheap at any scale. */
const CASES = 4;

const REVIEWS = [
  { reviewerName: '周建明', reviewerTitle: '区委党校教授（演示）', text: '从群众最急的一件事切入，议事规则和进度公开做得扎实，值得同类社区借鉴。' },
  { reviewerName: '陈慧', reviewerTitle: '街道党工委原书记、“大梁”（演示）', text: '前期意见征询花的功夫没有白费，后面推进才顺。建议把楼组长队伍固定下来。' },
];

/**
 * Marks the demo's first finished projects as cases through the service (the last one staff-only),
 * reviews the first two, and puts the public ones of the current year on that year's 最妥一件事.
 */
export async function seedCases(org: DemoOrg, now: Date) {
  const admin: Actor = { id: String(org.admin._id), role: 'admin', username: org.admin.displayName };
  const done = await Project.find({ status: 'done' }).sort({ _id: 1 }).limit(CASES).lean<ProjectDoc[]>();
  const cases = [];
  for (const [i, p] of done.entries()) {
    cases.push(await markCase({
      projectId: String(p._id),
      summary: `${p.title}：聚焦居民反映最集中的问题，通过意见征询、方案公示、落地验收三个节点推进，按期完成。`,
      whatWorked: '书记带头上门听意见；楼组长和党员骨干分片包干；每个节点在公告栏和居民群公开进度。',
      problemsMet: '部分居民意见不一致，方案两次调整；涉及的职能部门多，通过“吹哨报到”协调解决。',
      visibility: i === done.length - 1 && done.length > 1 ? 'staff' : 'public',
      photos: [],
      review: REVIEWS[i],
    }, admin, now));
  }
  const year = yearKey(now);
  const best = cases.filter((c) => c.visibility === 'public' && c.year === year).map((c) => String(c._id));
  if (best.length) await setBestCases(year, best, admin);
  return { cases: cases.length, bestCases: best.length };
}
