// Spawns the real `concord analyze`, as a mediator or a script would run it.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type Scenario, writeConcordJson } from '@concord/engine';
import { repoRoot, runConcord } from '../test-support.ts';

const ceasefire = join(repoRoot, 'packages/engine/testdata/ceasefire/ceasefire.json');
const geniusFolder = join(repoRoot, 'packages/engine/testdata/ceasefire/genius');

/** The ceasefire scenario with North's reservation raised to 0.6, so a draft can be unacceptable. */
function demandingCeasefire(): string {
  const json = JSON.parse(readFileSync(ceasefire, 'utf8'));
  json.parties[0].reservation = 0.6;
  const file = join(mkdtempSync(join(tmpdir(), 'concord-analyze-')), 'demanding.json');
  writeFileSync(file, JSON.stringify(json));
  return file;
}

/**
 * The Genius ceasefire folder as Genius's editor writes files: the objective named "root", North's weights summing
 * a hair above 1 and a discount factor.
 */
function editorCeasefire(): string {
  const dir = mkdtempSync(join(tmpdir(), 'concord-analyze-'));
  const domain = readFileSync(join(geniusFolder, 'ceasefire-domain.xml'), 'utf8');
  writeFileSync(join(dir, 'ceasefire-domain.xml'), domain.replace('name="ceasefire"', 'name="root"'));
  const north = readFileSync(join(geniusFolder, 'north.xml'), 'utf8')
    .replace('<weight index="3" value="0.125"/>', '<weight index="3" value="0.12505"/>')
    .replace('<reservation value="0"/>', '<reservation value="0"/><discount_factor value="0.5"/>');
  writeFileSync(join(dir, 'north.xml'), north);
  copyFileSync(join(geniusFolder, 'south.xml'), join(dir, 'south.xml'));
  return dir;
}

/** The Genius ceasefire folder with one of South's evaluations negative (-3). */
function negativeCeasefire(): string {
  const dir = mkdtempSync(join(tmpdir(), 'concord-analyze-'));
  copyFileSync(join(geniusFolder, 'ceasefire-domain.xml'), join(dir, 'ceasefire-domain.xml'));
  copyFileSync(join(geniusFolder, 'north.xml'), join(dir, 'north.xml'));
  const south = readFileSync(join(geniusFolder, 'south.xml'), 'utf8');
  writeFileSync(
    join(dir, 'south.xml'),
    south.replace('value="600,000" evaluation="2"', 'value="600,000" evaluation="-3"'),
  );
  return dir;
}

const oneLine = (stderr: string) => stderr.trim().split('\n').length === 1;

/** The ceasefire scenario with a right-to-left override in a party's name and a terminal escape in a wording. */
function hostileCeasefire(): string {
  const text = readFileSync(ceasefire, 'utf8')
    .replaceAll('"North"', '"No\\u202erth"')
    .replaceAll('"UN mission"', '"UN\\u001b[2J mission"');
  const file = join(mkdtempSync(join(tmpdir(), 'concord-analyze-')), 'hostile.json');
  writeFileSync(file, text);
  return file;
}

// Anything that makes a terminal act or reorders a line: C0 and C1 controls (but the report's own line breaks),
// bidi embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters the test looks for
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('concord analyze', () => {
  test('--json prints one object with the results fields, parties in order, timings per phase', async () => {
    const r = await runConcord(['analyze', ceasefire, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.outcomes, 12);
    assert.deepEqual(out.parties, ['North', 'South']);
    assert.equal(out.acceptableToAll.kind, 'exact');
    assert.ok(Array.isArray(out.frontier) && out.frontier.length > 0);
    for (const name of ['nash', 'kalaiSmorodinsky', 'egalitarian', 'maxWelfare']) {
      assert.equal(out[name].utilities.length, 2, name);
      assert.ok(out[name].outcomes.length >= 1, name);
    }
    assert.ok(out.timings.total >= 0 && 'frontier' in out.timings);
    assert.equal(out.smallestChange, undefined);
  });

  test('--draft adds the smallest change every party accepts', async () => {
    const draft = {
      'Army cap': 'No cap',
      'Ceasefire monitoring': 'Joint commission',
      'Sanctions relief': 'Immediate',
    };
    const r = await runConcord(['analyze', demandingCeasefire(), '--json', '--draft', JSON.stringify(draft)]);
    assert.equal(r.code, 0, r.stderr);
    const change = JSON.parse(r.stdout).smallestChange;
    // North (reservation 0.6) gets 0 from the draft; only the army cap at 600,000 (0.625) lifts it alone.
    assert.equal(change.status, 'found');
    assert.equal(change.changed, 1);
    assert.deepEqual(change.candidates[0].changes, [{ issue: 'Army cap', from: 'No cap', to: '600,000' }]);
    assert.equal(change.candidates.length, 1);
  });

  test('the report for a Genius folder names results and timings', async () => {
    const r = await runConcord(['analyze', geniusFolder, '--disagreement', 'negmas']);
    assert.equal(r.code, 0, r.stderr);
    for (const word of [
      'Packages:',
      'Pareto frontier',
      'Nash:',
      'Kalai–Smorodinsky:',
      'Egalitarian:',
      'Timings:',
    ]) {
      assert.ok(r.stdout.includes(word), word);
    }
    assert.ok(!r.stderr.includes('analysing'), 'no progress bar when stderr is not a terminal');
  });

  test('names from the scenario files cannot act on the terminal or reorder a line', async () => {
    const file = hostileCeasefire();
    const report = await runConcord(['analyze', file]);
    assert.equal(report.code, 0, report.stderr);
    assert.ok(!HIDDEN.test(report.stdout), report.stdout);
    assert.match(report.stdout, /parties in order: No⟦U\+202E⟧rth, South/);
    const json = await runConcord(['analyze', file, '--json']);
    assert.equal(json.code, 0, json.stderr);
    assert.ok(!HIDDEN.test(json.stdout.replaceAll('\n', '')), 'the JSON escapes them');
    assert.deepEqual(JSON.parse(json.stdout).parties, ['No\u202Erth', 'South'], 'and still says the same');
  });

  test('errors are one line and a non-zero exit', async () => {
    const cases: [string[], RegExp][] = [
      [['analyze', join(repoRoot, 'no/such/folder')], /cannot load the scenario: .*no such file or folder/],
      [['analyze', ceasefire, '--draft', '{not json'], /expected JSON/],
      [['analyze', ceasefire, '--draft', '{"Army": "No cap"}'], /no issue named "Army"/],
      [['analyze', ceasefire, '--disagreement', 'median'], /median/],
      [['analyze', ceasefire, '--time-limit', '0.001'], /time limit of 1 ms exceeded/],
      [['analyze', ceasefire, '--memory-limit', '1'], /memory limit of 1 MB exceeded/],
      // A negative evaluation is refused with its file and value, never used (issue 11 item 6).
      [
        ['analyze', negativeCeasefire()],
        /south\.xml: issue "[^"]+", item "600,000": evaluation -3 is negative/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await runConcord(args);
      assert.notEqual(r.code, 0, args.join(' '));
      assert.ok(oneLine(r.stderr), `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });

  test('--frontier none and sample: the answers without the whole frontier, and the output says which', async () => {
    const none = await runConcord(['analyze', ceasefire, '--json', '--frontier', 'none']);
    assert.equal(none.code, 0, none.stderr);
    const n = JSON.parse(none.stdout);
    assert.deepEqual(n.frontier, []);
    assert.equal(n.frontierStatus.status, 'skipped');
    assert.ok(n.nash.utilities.length === 2 && n.egalitarian && n.maxWelfare);
    assert.equal(n.kalaiSmorodinsky, null);
    const sample = await runConcord(['analyze', ceasefire, '--json', '--frontier', 'sample']);
    assert.equal(sample.code, 0, sample.stderr);
    const s = JSON.parse(sample.stdout);
    assert.equal(s.frontierStatus.status, 'sample');
    assert.ok(s.frontier.length >= 1);
    const text = await runConcord(['analyze', ceasefire, '--frontier', 'sample']);
    assert.match(
      text.stdout,
      /Pareto frontier: a sample of \d+ exact frontier points .*not the whole frontier/,
    );
    const full = await runConcord(['analyze', ceasefire]);
    assert.match(
      full.stdout,
      /Pareto frontier of acceptable packages: 6 points \(exact, /,
      'two parties: full by default',
    );
    const bad = await runConcord(['analyze', ceasefire, '--frontier', 'most']);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /most/);
  });

  test("the report gives the answers before the frontier, and with --draft the draft's own utilities", async () => {
    const draft = {
      'Army cap': 'No cap',
      'Ceasefire monitoring': 'Joint commission',
      'Sanctions relief': 'Immediate',
    };
    const r = await runConcord(['analyze', demandingCeasefire(), '--draft', JSON.stringify(draft)]);
    assert.equal(r.code, 0, r.stderr);
    const at = (re: RegExp) => r.stdout.search(re);
    for (const re of [/^Nash:/m, /^Egalitarian:/m, /^Max welfare:/m, /^Smallest change:/m])
      assert.ok(at(re) >= 0 && at(re) < at(/^Pareto frontier/m), String(re));
    // North (reservation 0.6) gets 0 from this draft, South all of it.
    assert.match(r.stdout, /^Draft: utilities \(0, 1\); below the reservation of North$/m);
    const json = JSON.parse(
      (await runConcord(['analyze', demandingCeasefire(), '--json', '--draft', JSON.stringify(draft)]))
        .stdout,
    );
    assert.deepEqual(json.draft, { utilities: [0, 1], accepts: [false, true] });
  });

  test('a file from Genius\'s editor: named by its file, not "root"; discount factor and weights above 1 said', async () => {
    const r = await runConcord(['analyze', editorCeasefire()]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Scenario ceasefire-domain;/m);
    assert.ok(!/\broot\b/.test(r.stdout), r.stdout);
    assert.match(r.stdout, /^Note: north\.xml: discount factor 0\.5 ignored/m);
    assert.match(r.stdout, /^Note: north\.xml: weights sum to 1\.00005, above 1/m);
  });

  test('a memory limit ends the analysis with one line, however the frontier grows; the process exits cleanly', async () => {
    // 14 issues × 10 options, four parties, no reservations: the exact frontier needs more than 40 MB.
    const file = join(mkdtempSync(join(tmpdir(), 'concord-analyze-')), 'wide.json');
    let seed = 3;
    const next = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const issues = Array.from({ length: 14 }, (_, i) => ({
      name: `point ${i + 1}`,
      options: Array.from({ length: 10 }, (_, j) => `wording ${j + 1}`),
    }));
    const s: Scenario = {
      name: 'wide',
      issues,
      parties: ['A', 'B', 'C', 'D'].map((name) => ({
        name,
        weights: issues.map(() => 0.1),
        values: issues.map((i) => i.options.map(() => next())),
        reservation: null,
      })),
    };
    writeFileSync(file, writeConcordJson(s));
    for (const json of [true, false]) {
      const args = [
        'analyze',
        file,
        '--frontier',
        'full',
        '--memory-limit',
        '40',
        ...(json ? ['--json'] : []),
      ];
      const r = await runConcord(args);
      assert.equal(r.signal, null, 'not killed');
      assert.equal(r.code, 1, r.stderr);
      assert.ok(oneLine(r.stderr), r.stderr);
      // The engine's own budget (its arrays are outside V8's heap limit) says what the frontier would need; when the
      // heap gives out first (a loaded machine collects later) the worker's limit says it: either way one line.
      assert.match(
        r.stderr,
        /^concord: analysis stopped: memory limit of 40 MB exceeded( \(the frontier would hold \d+ MB .*\))?$/m,
      );
      if (json) assert.equal(r.stdout, '');
      else assert.match(r.stdout, /^Nash: /m, 'the answers came before the frontier ran out');
    }
  });
});
