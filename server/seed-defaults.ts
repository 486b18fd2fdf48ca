/**
 * Reference data every district needs (project categories, points rules): inserted when missing,
 * never overwriting what an admin has edited. Idempotent; safe for several processes at once.
 */
export async function seedReferenceData(): Promise<void> {
  // Modules register their defaults here as they are added.
}
