import ExcelJS from 'exceljs';
import { OrgUnit, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { Project, type ProjectDoc } from '../../../models/project.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { PROJECT_STATUS_LABELS, labelOf } from '../../lib/status-labels.js';
import { dayKey } from '../../lib/time.js';
import { categoryNames } from './categories.service.js';
import { projectFilter, type ProjectQuery } from './projects.service.js';

/** The project board as an XLSX workbook with Chinese headers (same filters as the list). */
export async function exportProjects(q: Omit<ProjectQuery, 'sort' | 'page' | 'pageSize'>): Promise<Buffer> {
  const projects = await Project.find(projectFilter(q)).sort({ streetId: 1, communityId: 1, _id: 1 }).lean<ProjectDoc[]>();
  const unitIds = [...new Set(projects.flatMap((p) => [String(p.streetId), String(p.communityId)]))];
  const [units, owners, categories] = await Promise.all([
    OrgUnit.find({ _id: { $in: unitIds } }).lean<OrgUnitDoc[]>(),
    User.find({ _id: { $in: projects.map((p) => p.ownerId) } }).lean<UserDoc[]>(),
    categoryNames(),
  ]);
  const unitName = new Map(units.map((u) => [String(u._id), u.name]));
  const ownerName = new Map(owners.map((u) => [String(u._id), u.displayName]));

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('开门第一件事');
  sheet.columns = [
    { header: '项目名称', key: 'title', width: 30 },
    { header: '类别', key: 'category', width: 12 },
    { header: '街镇', key: 'street', width: 16 },
    { header: '居村', key: 'community', width: 16 },
    { header: '负责书记', key: 'owner', width: 10 },
    { header: '状态', key: 'status', width: 8 },
    { header: '进度(%)', key: 'percent', width: 8 },
    { header: '开始日期', key: 'startDate', width: 12 },
    { header: '最近进展', key: 'lastProgressAt', width: 12 },
    { header: '节点数', key: 'milestones', width: 8 },
    { header: '项目目标', key: 'goal', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const p of projects) {
    sheet.addRow({
      title: p.title,
      category: categories.get(p.categoryKey) ?? p.categoryKey,
      street: unitName.get(String(p.streetId)) ?? '',
      community: unitName.get(String(p.communityId)) ?? '',
      owner: ownerName.get(String(p.ownerId)) ?? '',
      status: labelOf(PROJECT_STATUS_LABELS, p.status),
      percent: p.percent,
      startDate: dayKey(p.startDate),
      lastProgressAt: p.lastProgressAt ? dayKey(p.lastProgressAt) : '',
      milestones: p.milestones.length,
      goal: p.goal,
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
