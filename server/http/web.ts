import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>大梁带小梁</title>
<body style="font-family:sans-serif;padding:2em"><h1>控制台尚未构建</h1>
<p>请先运行 <code>npm run build:web</code>（<code>npm start</code> 会自动构建）。接口文档见 <a href="/api/docs">/api/docs</a>。</p>
<p lang="en">The web console is not built yet: run <code>npm run build:web</code>.</p></body></html>`;

/**
 * Serves the Vue console (web/dist) at `/`: hashed assets cached for a year, and index.html for any
 * other GET that is not an API or docs path, so the client-side router owns deep links.
 */
export function mountWebConsole(app: Express, dist = WEB_DIST): void {
  const index = `${dist}/index.html`;
  app.use('/assets', express.static(`${dist}/assets`, { immutable: true, maxAge: '365d', fallthrough: true }));
  app.use(express.static(dist, { index: false }));
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/api/') || req.path === '/api' || req.path.startsWith('/assets/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(index)) return res.status(503).type('html').send(NOT_BUILT);
    res.sendFile(index);
  });
}
