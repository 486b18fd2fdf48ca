import { Types } from 'mongoose';
import { OrgUnit, type OrgLevel, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { conflict, invalid, isDuplicateKeyError, notFound } from '../../lib/errors.js';
import { skipFor, type Page } from '../../lib/paging.js';
import { containsText } from '../../lib/regex.js';
import { ancestorsFor, PARENT_LEVEL } from './org.rules.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';

const codeTaken = (code: string) => conflict('code_taken', `编码已被使用：${code} (code already in use)`, [{ path: 'code', value: code }]);

export async function getOrgUnit(id: string): Promise<OrgUnitDoc> {
  const unit = await OrgUnit.findById(id).lean<OrgUnitDoc>();
  if (!unit) throw notFound('组织单位');
  return unit;
}

export async function createOrgUnit(input: { code: string; name: string; level: OrgLevel; parentId?: string; kind?: 'residential' | 'village' }) {
  const parentLevel = PARENT_LEVEL[input.level];
  let parent: OrgUnitDoc | null = null;
  if (parentLevel) {
    if (!input.parentId) throw invalid('parent_required', `${input.level} 须指定上级单位 (parentId required)`, [{ path: 'parentId' }]);
    parent = await OrgUnit.findById(input.parentId).lean<OrgUnitDoc>();
    if (!parent) throw invalid('parent_not_found', '上级单位不存在 (parent not found)', [{ path: 'parentId' }]);
    if (parent.level !== parentLevel) {
      throw invalid('parent_level', `上级单位须为 ${parentLevel} 级 (parent must be a ${parentLevel})`, [{ path: 'parentId' }]);
    }
  } else if (input.parentId) {
    throw invalid('parent_not_allowed', '区级单位没有上级 (a district has no parent)', [{ path: 'parentId' }]);
  }
  try {
    const unit = await OrgUnit.create({
      code: input.code,
      name: input.name,
      level: input.level,
      kind: input.level === 'community' ? (input.kind ?? 'residential') : null,
      parentId: parent?._id ?? null,
      ...ancestorsFor(input.level, parent),
    });
    return unit.toObject();
  } catch (err) {
    if (isDuplicateKeyError(err)) throw codeTaken(input.code);
    throw err;
  }
}

export async function updateOrgUnit(id: string, changes: { code?: string; name?: string; kind?: string; active?: boolean }) {
  const unit = await getOrgUnit(id);
  if (changes.kind && unit.level !== 'community') {
    throw invalid('kind_not_allowed', '只有居村有类型 (only communities have a kind)', [{ path: 'kind' }]);
  }
  try {
    const updated = await OrgUnit.findByIdAndUpdate(id, { $set: changes }, { returnDocument: 'after' }).lean<OrgUnitDoc>();
    if (!updated) throw notFound('组织单位');
    return updated;
  } catch (err) {
    if (isDuplicateKeyError(err)) throw codeTaken(changes.code ?? '');
    throw err;
  }
}

export async function listOrgUnits(q: {
  level?: string;
  parent?: string;
  street?: string;
  q?: string;
  page: number;
  pageSize: number;
}): Promise<Page<OrgUnitDoc>> {
  const filter: Record<string, unknown> = {};
  if (q.level) filter.level = q.level;
  if (q.parent) filter.parentId = new Types.ObjectId(q.parent);
  if (q.street) filter.streetId = new Types.ObjectId(q.street);
  if (q.q) filter.$or = [{ name: containsText(q.q) }, { code: containsText(q.q) }];
  // Every filter page opens with these lists: kept until an org unit is written.
  const [items, total] = await cachedByVersion(collectionKey('org_units'), `org-units:${JSON.stringify(q)}`, () => Promise.all([
    OrgUnit.find(filter).sort({ code: 1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<OrgUnitDoc[]>(),
    OrgUnit.countDocuments(filter),
  ]));
  return { items, page: q.page, pageSize: q.pageSize, total };
}

/** Names of org units by id, for labels on pages (public ones too: no personal data leaves through here). */
export async function unitNames(ids: Array<Types.ObjectId | string | null | undefined>): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean).map(String))];
  const units = await OrgUnit.find({ _id: { $in: unique } }, { name: 1 }).lean<Array<{ _id: Types.ObjectId; name: string }>>();
  return new Map(units.map((u) => [String(u._id), u.name]));
}
