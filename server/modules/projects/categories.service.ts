import { ProjectCategory, type ProjectCategoryDoc } from '../../../models/project.model.js';
import { isDuplicateKeyError, notFound } from '../../lib/errors.js';
import { DEFAULT_CATEGORIES } from './projects.rules.js';

export async function seedDefaultCategories(): Promise<void> {
  for (const c of DEFAULT_CATEGORIES) {
    try {
      await ProjectCategory.updateOne({ _id: c._id }, { $setOnInsert: { ...c, active: true } }, { upsert: true });
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
  }
}

const toCategory = ({ _id, __v: _v, ...rest }: ProjectCategoryDoc & { __v?: number }) => ({ key: _id, ...rest });

export async function listCategories() {
  const items = await ProjectCategory.find({}).sort({ order: 1, _id: 1 }).lean<ProjectCategoryDoc[]>();
  return { items: items.map(toCategory) };
}

export async function updateCategory(key: string, changes: { name?: string; order?: number; active?: boolean }) {
  const c = await ProjectCategory.findOneAndUpdate({ _id: key }, { $set: changes }, { returnDocument: 'after' }).lean<ProjectCategoryDoc>();
  if (!c) throw notFound('项目类别');
  return toCategory(c);
}

export async function categoryNames(): Promise<Map<string, string>> {
  return new Map((await ProjectCategory.find({}).lean<ProjectCategoryDoc[]>()).map((c) => [c._id, c.name]));
}
