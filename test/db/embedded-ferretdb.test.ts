import { expect } from 'chai';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { MongoClient } from 'mongodb';
import { DataDirInUseError, runningEmbedded, secureDataDir, sqliteDir, startEmbeddedFerretDB } from '../../server/db/embedded.js';
import { PortTakenError, startFerretDB, type RunningFerretDB } from '../../server/db/ferretdb.js';
import { call, loginAdmin, startService } from '../support/service.js';

const mode = (file: string) => statSync(file).mode & 0o777;
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'bigbeam-embedded-'));

async function databaseNames(port: number): Promise<string[]> {
  const client = new MongoClient(`mongodb://127.0.0.1:${port}/admin`, { serverSelectionTimeoutMS: 2000 });
  try {
    return (await client.db('admin').admin().listDatabases()).databases.map((d) => d.name);
  } finally {
    await client.close();
  }
}

describe('the embedded FerretDB', function () {
  this.timeout(60_000);
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const clean of cleanups.splice(0).reverse()) await clean();
  });

  describe('whose server answers', () => {
    let foreign: RunningFerretDB;
    let foreignDir: string;
    beforeEach(async () => {
      foreignDir = tempDir();
      foreign = await startFerretDB({ backend: { kind: 'sqlite', dir: foreignDir } });
      cleanups.push(async () => {
        await foreign.stop();
        rmSync(foreignDir, { recursive: true, force: true });
      });
    });

    it('when the port is answered by a server we did not start, then starting fails with PortTakenError and our child is stopped', async () => {
      const dir = tempDir();
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      let error: unknown;
      await startFerretDB({ backend: { kind: 'sqlite', dir }, port: foreign.port }).catch((err) => (error = err));
      expect(error).to.be.instanceOf(PortTakenError);
      expect((await databaseNames(foreign.port)).filter((n) => n !== 'admin')).to.deep.equal([]);
    });

    it('when FERRETDB_PORT names a port another server holds, then the service refuses to start and writes nothing there', async () => {
      const service = await startService({ FERRETDB_PORT: String(foreign.port) }, { waitReady: false });
      cleanups.push(() => service.stop());
      const code = await Promise.race([service.exited, new Promise((r) => setTimeout(() => r('still running'), 20_000))]);
      expect(code, service.logs()).to.not.equal('still running');
      expect(code).to.not.equal(0);
      expect(service.logs()).to.match(/another server/);
      expect(await databaseNames(foreign.port)).to.not.include('bigbeam');
    });
  });

  it('when two services start on one machine with default settings, then each gets its own database and neither sees the other\'s data', async () => {
    const started = await Promise.allSettled([startService(), startService()]);
    for (const s of started) if (s.status === 'fulfilled') cleanups.push(() => s.value.stop());
    const [first, second] = started.map((s) => {
      if (s.status === 'rejected') throw s.reason;
      return s.value;
    });
    expect(first.ferret().port).to.not.equal(second.ferret().port);

    // Each bootstrap admin exists in its own database only: the other's password does not log in.
    const [firstToken, secondToken] = [await loginAdmin(first), await loginAdmin(second)];
    const created = await call(first.url, 'POST', '/api/v1/org-units', { token: firstToken, body: { code: 'ONLY-FIRST', name: '第一区', level: 'district' } });
    expect(created.status).to.equal(201);
    const seenBySecond = await call(second.url, 'GET', '/api/v1/org-units?q=ONLY-FIRST', { token: secondToken });
    expect(seenBySecond.status).to.equal(200);
    expect(seenBySecond.body.items).to.deep.equal([]);
    const seenByFirst = await call(first.url, 'GET', '/api/v1/org-units?q=ONLY-FIRST', { token: firstToken });
    expect(seenByFirst.body.items.map((u: { code: string }) => u.code)).to.deep.equal(['ONLY-FIRST']);
    for (const s of [first, second]) {
      expect(readdirSync(path.join(s.dir, 'data/ferretdb'))).to.include('bigbeam.sqlite');
    }
  });

  it('when the FerretDB child is killed under load, then requests in the gap get 503 fast and everything works again within seconds, with no acknowledged write lost', async () => {
    const service = await startService();
    cleanups.push(() => service.stop());
    const token = await loginAdmin(service);
    const killedChild = service.ferret();

    // Four clients write until the service has answered every request for 1.5 s after the kill
    // (or 15 s have passed). Times are a stopwatch (performance.now), not the date.
    const answers: Array<{ status: number; ms: number; at: number; code?: string }> = [];
    const acknowledged: string[] = [];
    let killedAt = 0;
    let lastFailureAt = 0;
    let n = 0;
    const settled = () => killedAt > 0 && performance.now() - Math.max(killedAt, lastFailureAt) > 1500;
    const client = async (c: number) => {
      while (!settled() && !(killedAt && performance.now() - killedAt > 15_000)) {
        const res = await call(service.url, 'POST', '/api/v1/org-units', { token, body: { code: `W${c}-${n++}`, name: '负载区', level: 'district' } });
        answers.push({ status: res.status, ms: res.ms, at: performance.now(), code: res.body?.error?.code });
        if (res.status === 201) acknowledged.push(res.body._id);
        else {
          lastFailureAt = performance.now();
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const load = Promise.all([1, 2, 3, 4].map(client));
    await new Promise((r) => setTimeout(r, 700));
    killedAt = performance.now();
    process.kill(killedChild.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 50));
    const liveness = await call(service.url, 'GET', '/healthz');
    const readiness = await call(service.url, 'GET', '/readyz');
    await load;

    expect(liveness.status).to.equal(200);
    expect(readiness.status).to.equal(503);
    const failures = answers.filter((a) => a.status !== 201);
    expect(failures.length, 'requests during the gap').to.be.greaterThan(0);
    for (const f of failures) {
      expect(f, JSON.stringify(failures)).to.include({ status: 503, code: 'database_unavailable' });
      expect(f.ms, 'a 503 answers at once').to.be.below(2000);
    }
    expect(settled(), service.logs().slice(-3000)).to.equal(true);
    expect(lastFailureAt - killedAt, 'time to recover').to.be.below(5000);
    expect(answers.filter((a) => a.at > lastFailureAt).length, 'writes after the recovery').to.be.greaterThan(4);
    expect(service.logs()).to.match(/"signal":"SIGKILL"[^\n]*embedded FerretDB exited/);
    expect(service.ferret().pid).to.not.equal(killedChild.pid);

    const ready = await call(service.url, 'GET', '/readyz');
    expect(ready.status).to.equal(200);
    expect(ready.body.checks).to.deep.equal({ database: 'ok', scheduler: 'ok' });
    for (const id of acknowledged) {
      expect((await call(service.url, 'GET', `/api/v1/org-units/${id}`, { token })).status, `acknowledged ${id}`).to.equal(200);
    }
  });

  it('when the service creates its data, then DATA_DIR is 0700 and the secrets and SQLite files 0600, and files an older version left readable are closed', async () => {
    const dataDir = tempDir();
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    chmodSync(dataDir, 0o755);
    writeFileSync(path.join(dataDir, 'jwt-secret'), 'old-secret\n', { mode: 0o644 });
    const sqliteModes = () => Object.fromEntries(readdirSync(sqliteDir(dataDir)).map((f) => [f, mode(path.join(sqliteDir(dataDir), f))]));

    secureDataDir(dataDir);
    const ferret = await startEmbeddedFerretDB(dataDir);
    const client = new MongoClient(ferret.uri('bigbeam'));
    await client.db().collection('users').insertOne({ username: 'a', passwordHash: 'secret' });
    await client.close();
    expect(mode(dataDir)).to.equal(0o700);
    expect(mode(sqliteDir(dataDir))).to.equal(0o700);
    expect(mode(path.join(dataDir, 'jwt-secret'))).to.equal(0o600);
    expect(mode(path.join(dataDir, 'ferretdb.json'))).to.equal(0o600);
    expect(sqliteModes()).to.have.property('bigbeam.sqlite');
    expect(Object.values(sqliteModes())).to.satisfy((modes: number[]) => modes.every((m) => m === 0o600), JSON.stringify(sqliteModes()));
    await ferret.stop();

    for (const [target, m] of [[dataDir, 0o755], [sqliteDir(dataDir), 0o755], [path.join(sqliteDir(dataDir), 'bigbeam.sqlite'), 0o644]] as const) chmodSync(target, m);
    secureDataDir(dataDir);
    expect(mode(dataDir)).to.equal(0o700);
    expect(mode(sqliteDir(dataDir))).to.equal(0o700);
    expect(mode(path.join(sqliteDir(dataDir), 'bigbeam.sqlite'))).to.equal(0o600);
  });

  it('when a FerretDB already serves the data directory, then a second one is refused and tools find the running one', async () => {
    const dataDir = tempDir();
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const ferret = await startEmbeddedFerretDB(dataDir);
    cleanups.push(() => ferret.stop());
    expect(await runningEmbedded(dataDir)).to.deep.equal({ port: ferret.port, pid: ferret.pid, ownerPid: process.pid });
    let error: unknown;
    await startEmbeddedFerretDB(dataDir).catch((err) => (error = err));
    expect(error).to.be.instanceOf(DataDirInUseError);
    await ferret.stop();
    expect(await runningEmbedded(dataDir)).to.equal(null);
  });

  it('when a process died and left its FerretDB running on the data directory, then the next start stops that one and starts its own', async () => {
    const dataDir = tempDir();
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const orphan = await startFerretDB({ backend: { kind: 'sqlite', dir: sqliteDir(dataDir) } });
    cleanups.push(() => orphan.stop());
    const deadOwner = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => deadOwner.once('exit', r));
    writeFileSync(path.join(dataDir, 'ferretdb.json'), JSON.stringify({ port: orphan.port, pid: orphan.pid, ownerPid: deadOwner.pid }));

    const ferret = await startEmbeddedFerretDB(dataDir);
    cleanups.push(() => ferret.stop());
    await orphan.exited;
    expect(await runningEmbedded(dataDir)).to.deep.equal({ port: ferret.port, pid: ferret.pid, ownerPid: process.pid });
  });
});
