// Spawns the real `concord analyze`, as a mediator or a script would run it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
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

const oneLine = (stderr: string) => stderr.trim().split('\n').length === 1;

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

  test('errors are one line and a non-zero exit', async () => {
    const cases: [string[], RegExp][] = [
      [['analyze', join(repoRoot, 'no/such/folder')], /cannot load the scenario: .*no such file or folder/],
      [['analyze', ceasefire, '--draft', '{not json'], /expected JSON/],
      [['analyze', ceasefire, '--draft', '{"Army": "No cap"}'], /no issue named "Army"/],
      [['analyze', ceasefire, '--disagreement', 'median'], /median/],
      [['analyze', ceasefire, '--time-limit', '0.001'], /time limit of 1 ms exceeded/],
      [['analyze', ceasefire, '--memory-limit', '1'], /memory limit of 1 MB exceeded/],
    ];
    for (const [args, message] of cases) {
      const r = await runConcord(args);
      assert.notEqual(r.code, 0, args.join(' '));
      assert.ok(oneLine(r.stderr), `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });
});
