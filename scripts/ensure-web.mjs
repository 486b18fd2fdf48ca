// Builds the web console before `npm start` when web/dist is missing or older than any web source,
// so a fresh clone's `npm install && npm start` serves the console without a separate step.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../web/', import.meta.url).pathname;
const built = join(root, 'dist/index.html');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// The console also imports a few import-free server files: the status words (web/src/lib/format.ts)
// and the import pages' column lists (pages/admin/Import.vue, components/ResidentScoresImport.vue).
const shared = ['../server/lib/status-labels.ts', '../server/modules/roster/roster.columns.ts', '../server/modules/evaluation/resident-import.columns.ts']
  .map((f) => new URL(f, import.meta.url).pathname);
const newest = Math.max(newestSource(root), ...shared.map((f) => statSync(f).mtimeMs));

if (!existsSync(built) || statSync(built).mtimeMs < newest) {
  console.log('ensure-web: 正在构建网页控制台 (building the web console)…');
  execSync('npm run build:web', { stdio: 'inherit' });
} else {
  console.log('ensure-web: 网页控制台已是最新 (web console up to date)');
}
