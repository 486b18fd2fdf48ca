import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';

// Tests live at TEST_NOW (test/support/clock.ts) so they pass on any date. The browser tests are
// the exception: they drive a live server at the real date, as a user would.
const TEST_ROOT = path.resolve(import.meta.dirname, '..');
const LIVE_SERVER_TESTS = path.join(TEST_ROOT, 'e2e');
const REAL_CLOCK = /new Date\(\s*\)|Date\.now\(\s*\)/;

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === LIVE_SERVER_TESTS ? [] : testSources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('tests and the clock', () => {
  it('when a test or fixture needs a time, then it takes the injected one, never the real clock', () => {
    const offenders = testSources(TEST_ROOT).flatMap((file) =>
      readFileSync(file, 'utf8').split('\n')
        .map((line, i) => ({ line, at: `${path.relative(TEST_ROOT, file)}:${i + 1}` }))
        .filter(({ line }) => REAL_CLOCK.test(line.replace(/\/\/.*$/, '')))
        .map(({ at, line }) => `${at}: ${line.trim()}`));
    expect(offenders).to.deep.equal([]);
  });
});
