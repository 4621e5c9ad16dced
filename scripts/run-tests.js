#!/usr/bin/env node
// Runs one test suite with node's test runner and prints a plain `N passed, N failed` line.
// Suites: unit (everything but the browser tests, on embedded PGlite), pg (database-backed suites against
// the PostgreSQL server in CONCORD_TEST_DATABASE_URL, plus `*.postgres.test.ts` files that only make sense
// there), browser (Playwright in Debian's Chromium).
//
// `--filter RE` runs only the suite's files whose path matches RE.
// `--queue DIR --lane NAME` shares one suite between several runners (CI runs the unit suite on both cores this
// way): the files are written once to DIR, heaviest first, and each runner claims batches of them until none is
// left, printing `NAME: N passed, N failed` for the files it ran. Every file runs exactly once, in its own process,
// as without a queue.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const suite = args[0] ?? 'unit';
const queue = option('--queue');
const lane = option('--lane') ?? suite;
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

const sources = new Map();
const source = (f) => {
  if (!sources.has(f)) sources.set(f, readFileSync(join(root, f), 'utf8'));
  return sources.get(f);
};
const all = walk(join(root, 'packages')).sort();
const isBrowser = (f) => f.startsWith('packages/e2e/');
// `*.postgres.test.ts` files need a PostgreSQL server and run only in the pg suite.
const isPostgresOnly = (f) => f.endsWith('.postgres.test.ts');
// Files that talk to a database through the shared factory run again against PostgreSQL.
const usesDatabase = (f) => /\bdatabaseTargets\b|\btestStores\b/.test(source(f));
const only = option('--filter');
const chosen =
  suite === 'browser'
    ? all.filter(isBrowser)
    : suite === 'pg'
      ? all.filter((f) => !isBrowser(f) && (isPostgresOnly(f) || usesDatabase(f)))
      : all.filter((f) => !isBrowser(f) && !isPostgresOnly(f));
// `--filter RE` keeps the files whose path matches, to run a part of a suite as the suite runs it.
const files = only === undefined ? chosen : chosen.filter((f) => new RegExp(only).test(f));

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
  console.error(`${lane}: 0 passed, 1 failed (the CLI bundle did not build)`);
  process.exit(1);
}

// Where this runner's next claim is looked for: every file before it has been claimed by some runner.
let cursor = 0;
const reports = mkdtempSync(join(tmpdir(), 'concord-tests-'));
let passed = 0;
let failed = 0;
let ok = true;
/** Runs files in one `node --test`, adding its counts to the totals. */
function run(batch, n) {
  const tap = join(reports, `report-${n}.tap`);
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
      ...batch,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, CONCORD_TEST_SUITE: suite } },
  );
  let report = '';
  try {
    report = readFileSync(tap, 'utf8');
  } catch {}
  const count = (key) => {
    const m = report.match(new RegExp(`^# ${key} (\\d+)$`, 'm'));
    return m ? Number(m[1]) : 0;
  };
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  if (result.status !== 0) ok = false;
}

if (queue === undefined) run(files, 0);
else {
  const order = sharedOrder(queue, files);
  for (let n = 0; ; n++) {
    const batch = claimBatch(queue, order);
    if (batch === null) break;
    run(batch, n);
  }
}
console.log(`${lane}: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 && (passed > 0 || queue !== undefined) ? 0 : 1);

/**
 * The queue's file order, written by whichever runner comes first (an atomic rename, so a runner never reads half
 * of it): heaviest first, so that the runners finish together. Weight is guessed from the source: a file that
 * starts `concord` processes costs seconds per test, one on a database a little less.
 */
function sharedOrder(dir, list) {
  mkdirSync(join(dir, 'claims'), { recursive: true });
  const path = join(dir, 'files.json');
  const weight = (f) => {
    const text = source(f);
    return (
      (isHeavy(f) ? 100 : 0) +
      (/\bdatabaseTargets\b|\btestStores\b/.test(text) ? 10 : 0) +
      text.length / 10_000
    );
  };
  const ordered = [...list].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
  const temp = join(dir, `files.${process.pid}.json`);
  writeFileSync(temp, JSON.stringify(ordered));
  try {
    // linking fails if another runner's list is there already; theirs is then the list
    linkSync(temp, path);
  } catch {}
  unlinkSync(temp);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * The next batch no runner has claimed (each claim a file created exclusively), or null when none is left. A heavy
 * file runs alone (they decide when the runners end); light ones go five to a runner process.
 */
function claimBatch(dir, order) {
  const batch = [];
  for (; cursor < order.length && batch.length < 5; cursor++) {
    const file = order[cursor];
    if (batch.length > 0 && isHeavy(file)) break;
    try {
      closeSync(openSync(join(dir, 'claims', String(cursor)), 'wx'));
    } catch {
      continue;
    }
    batch.push(file);
    if (isHeavy(file)) {
      cursor++;
      break;
    }
  }
  return batch.length === 0 ? null : batch;
}

function isHeavy(file) {
  return /\b(runConcord|startConcord|spawn|execFile)\b/.test(source(file));
}
