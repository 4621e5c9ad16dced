// Spawns the real `concord rules simulate`, as a user would: no server, no store.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { evaluateRules, readRulesFile, readTimelineFile } from '@concord/core/guarantees';
import { repoRoot, runConcord } from '../test-support.ts';

const examples = join(repoRoot, 'examples/rules');
const rules2231 = join(examples, 'unscr-2231.rules.json');
const events2025 = join(examples, 'unscr-2231-2025.events.json');
const dir = mkdtempSync(join(tmpdir(), 'concord-rules-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('concord rules simulate', () => {
  test('the 2025 snapback: each step with its date, and the sanctions back at 2025-09-28T00:00Z', async () => {
    const r = await runConcord(['rules', 'simulate', rules2231, events2025]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const lines = r.stdout.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 2), [
      'UNSCR-2231-snapback#1  Resolution 2231 snapback: sanctions return unless the Council continues the relief',
      '  2025-08-28T00:00:00.000Z  opened: notification by France, Germany and United Kingdom against Iran [e3-notification]',
    ]);
    for (const line of [
      '  2025-09-19T00:00:00.000Z  decided at council-vote: not-adopted [continuation-vote]',
      '  2025-09-26T00:00:00.000Z  recorded at reimposition-pending: delay-not-adopted (no change) [delay-draft-vote]',
      '  2025-09-28T00:00:00.000Z  closed: sanctions-reimposed',
      '  outcome: sanctions-reimposed (2025-09-28T00:00:00.000Z)',
    ])
      assert.ok(lines.includes(line), `${line}\n${r.stdout}`);
    assert.equal(lines.at(-1), '1 case (1 closed, 0 open), with every deadline run to its end');
  });

  test('--json prints exactly the evaluation', async () => {
    const r = await runConcord(['rules', 'simulate', rules2231, events2025, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const rules = readRulesFile(JSON.parse(readFileSync(rules2231, 'utf8')));
    assert.ok(rules.ok);
    const timeline = readTimelineFile(JSON.parse(readFileSync(events2025, 'utf8')), rules.value);
    assert.ok(timeline.ok);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out, evaluateRules(rules.value, timeline.value));
    assert.equal(out.cases[0]?.changes.at(-1)?.at, '2025-09-28T00:00:00.000Z');
  });

  test('--at evaluates as of a moment: on 20 September the case is open, its deadline named', async () => {
    const r = await runConcord(['rules', 'simulate', rules2231, events2025, '--at', '2025-09-20']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(
      lines.includes(
        '  outcome: none yet (open at step reimposition-pending; its deadline is 2025-09-28T00:00:00.000Z)',
      ),
      r.stdout,
    );
    assert.ok(!r.stdout.includes('delay-not-adopted'), 'an event after the clock has not happened yet');
    assert.equal(lines.at(-1), '1 case (0 closed, 1 open), as of 2025-09-20T00:00:00.000Z');
  });

  test('what applies nowhere is listed with the reason', async () => {
    const us2020 = file(
      'us-2020.events.json',
      JSON.stringify({
        format: 'concord.timeline/1',
        events: [{ id: 'us-letter', type: 'notification', at: '2020-08-20', by: ['United States'] }],
      }),
    );
    const r = await runConcord(['rules', 'simulate', rules2231, us2020]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^Not applied:\n {2}2020-08-20T00:00:00\.000Z {2}us-letter: United States is not among those who may notify/m,
    );
    assert.match(r.stdout, /\n0 cases \(0 closed, 0 open\), with every deadline run to its end\n$/);
  });

  test('--help says how to call it', async () => {
    const r = await runConcord(['rules', 'simulate', '--help']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('Usage: concord rules simulate [options] <rules> <events>'), r.stdout);
    for (const flag of ['--json', '--at']) assert.ok(r.stdout.includes(flag), flag);
  });

  test('errors are one line naming the file and the place in it, a non-zero exit and nothing on stdout', async () => {
    const rulesJson = JSON.parse(readFileSync(rules2231, 'utf8'));
    rulesJson.rules[0].steps[1].days = -1;
    const badRules = file('bad.rules.json', JSON.stringify(rulesJson));
    const eventsJson = JSON.parse(readFileSync(events2025, 'utf8'));
    eventsJson.events[1].outcome = 'vetoed';
    const badEvents = file('bad.events.json', JSON.stringify(eventsJson));
    const notJson = file('not.json', '{ "format": "concord.rules/1", rules: [] }');
    const latin1 = file('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    const big = file('big.json', `"${'x'.repeat(4_000_001)}"`);
    const cases: [string[], RegExp][] = [
      [[join(dir, 'missing.json'), events2025], /cannot read .*missing\.json: no such file$/],
      [[dir, events2025], /cannot read .*: it is a folder, not a file$/],
      [[notJson, events2025], /not\.json: not JSON \(/],
      [[latin1, events2025], /latin1\.json is not valid UTF-8 text$/],
      [[big, events2025], /big\.json is larger than 4,000,000 bytes$/],
      [[badRules, events2025], /bad\.rules\.json: rules\[0\]\.steps\[1\]\.days: /],
      [[events2025, events2025], /unscr-2231-2025\.events\.json: format: /],
      [
        [rules2231, badEvents],
        /bad\.events\.json: events\[1\]\.outcome: step 'council-vote' of 'UNSCR-2231-snapback' has no outcome 'vetoed'/,
      ],
      [[rules2231, events2025, '--at', '2025-09-31'], /--at 2025-09-31: must be a UTC date/],
      [[rules2231], /missing required argument 'events'/],
    ];
    for (const [args, message] of cases) {
      const r = await runConcord(['rules', 'simulate', ...args]);
      const label = args.join(' ');
      assert.notEqual(r.code, 0, label);
      assert.equal(r.stderr.trim().split('\n').length, 1, `${label}: ${r.stderr}`);
      assert.match(r.stderr.trim(), message, label);
      assert.equal(r.stdout, '', label);
    }
    const group = await runConcord(['rules']);
    assert.notEqual(group.code, 0);
    assert.match(group.stderr, /missing command for concord rules \(one of: simulate\)/);
  });
});
