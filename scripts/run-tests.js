#!/usr/bin/env node
// Runs one test suite with node's test runner and prints a plain `N passed, N failed` line.
// Suites: unit (everything but the browser tests, on embedded PGlite), pg (database-backed suites against
// the PostgreSQL server in CONCORD_TEST_DATABASE_URL, plus `*.postgres.test.ts` files that only make sense
// there), browser (Playwright in Debian's Chromium).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const suite = process.argv[2] ?? 'unit';
const root = new URL('..', import.meta.url).pathname;

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const all = walk(join(root, 'packages')).sort();
const isBrowser = (f) => f.startsWith('packages/e2e/');
// `*.postgres.test.ts` files need a PostgreSQL server and run only in the pg suite.
const isPostgresOnly = (f) => f.endsWith('.postgres.test.ts');
// Files that talk to a database through the shared factory run again against PostgreSQL.
const usesDatabase = (f) => /\bdatabaseTargets\b|\btestStores\b/.test(readFileSync(join(root, f), 'utf8'));
const files =
  suite === 'browser'
    ? all.filter(isBrowser)
    : suite === 'pg'
      ? all.filter((f) => !isBrowser(f) && (isPostgresOnly(f) || usesDatabase(f)))
      : all.filter((f) => !isBrowser(f) && !isPostgresOnly(f));

if (suite === 'pg' && !process.env.CONCORD_TEST_DATABASE_URL) {
  console.error('test:pg needs CONCORD_TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
  process.exit(2);
}
if (files.length === 0) {
  console.error(`no test files for suite ${suite}`);
  process.exit(1);
}

// The CLI tests spawn `concord` as users run it, from its bundle: build it first so they never run old code.
const built = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/scripts/build.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) {
  console.error(`${suite}: 0 passed, 1 failed (the CLI bundle did not build)`);
  process.exit(1);
}

const tap = join(mkdtempSync(join(tmpdir(), 'concord-tests-')), 'report.tap');
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    // A test that hangs fails after ten minutes instead of holding the whole suite until CI's limit.
    '--test-timeout=600000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CONCORD_TEST_SUITE: suite } },
);
const report = readFileSync(tap, 'utf8');
const count = (key) => {
  const m = report.match(new RegExp(`^# ${key} (\\d+)$`, 'm'));
  return m ? Number(m[1]) : 0;
};
const passed = count('pass');
const failed = count('fail') + count('cancelled');
console.log(`${suite}: ${passed} passed, ${failed} failed`);
process.exit(result.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
