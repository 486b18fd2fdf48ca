import { seedDefaultRules } from './modules/points/index.js';

/**
 * Reference data every district needs (points rules, …): inserted when missing, never
 * overwriting what an admin has edited. Idempotent; safe for several processes at once.
 */
export async function seedReferenceData(): Promise<void> {
  await seedDefaultRules();
}
