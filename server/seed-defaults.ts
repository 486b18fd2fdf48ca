import { seedDefaultRules } from './modules/points/index.js';
import { seedDefaultCategories } from './modules/projects/index.js';

/**
 * Reference data every district needs (points rules, project categories): inserted when missing, never
 * overwriting what an admin has edited. Idempotent; safe for several processes at once.
 */
export async function seedReferenceData(): Promise<void> {
  await Promise.all([seedDefaultRules(), seedDefaultCategories()]);
}
