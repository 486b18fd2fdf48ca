import { clearCollections, startTestDatabase, testDatabase } from './support/database.js';
import { seedReferenceData } from '../server/seed-defaults.js';

// Root hooks: one database server per run, every test starts from empty collections + reference data.
export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(120_000);
    const db = await startTestDatabase();
    console.log(`  test database: ${db.backend} ${db.uri}`);
  },
  async beforeEach() {
    await clearCollections();
    await seedReferenceData();
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(30_000);
    await testDatabase().cleanup();
  },
};
