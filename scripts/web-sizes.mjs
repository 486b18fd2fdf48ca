// What a browser downloads for a page of the built console (web/dist): the entry, the page's own
// chunk and everything they import, JS and CSS, raw and gzipped. Reads Vite's manifest (`npm run build:web` first).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../web/dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));

const PAGES = {
  '居民投票 /public/vote': 'src/pages/public/Vote.vue',
  '居民打分 /public/score': 'src/pages/public/ResidentScore.vue',
  '登录 /login': 'src/pages/Login.vue',
  '控制台 /admin/dashboard': ['src/components/ConsoleLayout.vue', 'src/pages/admin/Dashboard.vue'],
  '控制台 /admin/evaluation': ['src/components/ConsoleLayout.vue', 'src/pages/admin/Evaluation.vue'],
};

/** The files loaded for these manifest keys: their chunks, static imports and CSS, each once. */
function files(keys) {
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const css of chunk.css ?? []) seen.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const key of keys) visit(key);
  return [...seen];
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [['page', 'files', 'JS (gzip)', 'CSS (gzip)', 'total raw', 'total gzip']];
for (const [page, keys] of Object.entries(PAGES)) {
  const list = files(['index.html', ...[keys].flat()]);
  const size = { js: 0, css: 0, raw: 0 };
  for (const file of list) {
    const bytes = readFileSync(new URL(file, dist));
    const gz = gzipSync(bytes).length;
    size[file.endsWith('.css') ? 'css' : 'js'] += gz;
    size.raw += bytes.length;
  }
  rows.push([page, String(list.length), kb(size.js), kb(size.css), kb(size.raw), kb(size.js + size.css)]);
}
for (const row of rows) console.log(row.map((c, i) => (i ? c.padStart(11) : c.padEnd(24))).join(' '));
