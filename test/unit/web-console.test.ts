import { expect } from 'chai';
import express from 'express';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { mountWebConsole } from '../../server/http/web.js';

describe('web console serving', () => {
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'bigbeam-web-'));
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  const appWith = (dir: string) => {
    const app = express();
    mountWebConsole(app, dir);
    app.use((_req, res) => res.status(404).json({ error: { code: 'route_not_found' } }));
    return app;
  };

  it('serves index.html for client-side routes, assets as files, and leaves /api paths to the API', async () => {
    writeFileSync(path.join(dist, 'index.html'), '<html>控制台</html>');
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'assets', 'app-123.js'), 'console.log(1)');
    const app = appWith(dist);
    const deep = await request(app).get('/admin/dashboard');
    expect(deep.status).to.equal(200);
    expect(deep.text).to.contain('控制台');
    expect(deep.headers['cache-control']).to.equal('no-cache');
    const asset = await request(app).get('/assets/app-123.js');
    expect(asset.status).to.equal(200);
    expect(asset.headers['cache-control']).to.contain('immutable');
    expect((await request(app).get('/assets/missing.js')).status).to.equal(404);
    expect((await request(app).get('/api/v1/unknown')).body.error.code).to.equal('route_not_found');
    expect((await request(app).post('/admin/dashboard')).status).to.equal(404);
  });

  it('says in Chinese how to build the console when it is not built', async () => {
    const res = await request(appWith(path.join(dist, 'none'))).get('/');
    expect(res.status).to.equal(503);
    expect(res.text).to.contain('控制台尚未构建').and.to.contain('npm run build:web');
  });
});
