// Spawns the real `concord plan parse`, as a user or a script would run it: no server, no store.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parsePlan } from '@concord/core';
import { type CliResult, childEnv, concordBin, repoRoot, runConcord } from '../test-support.ts';

const testdata = join(repoRoot, 'packages/core/src/plain-text/testdata');
const axios = join(testdata, 'axios.txt');
const pdf = join(testdata, 'pdf-paste.txt');
const dir = mkdtempSync(join(tmpdir(), 'concord-plan-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const oneLine = (stderr: string) => stderr.trim().split('\n').length === 1;

/** Runs `concord <args>` with `input` on its standard input. */
function runWithInput(args: string[], input: string | Buffer): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [concordBin, ...args], {
      cwd: repoRoot,
      env: childEnv(),
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdin.on('error', () => {}); // the command may stop reading early (too large)
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(input);
  });
}

const PARTIES = [
  { name: 'Ukraine', aliases: ['Kyiv'] },
  { name: 'Russia', aliases: ['Moscow'] },
  { name: 'United States', aliases: ['US', 'U.S.'] },
];

describe('concord plan parse', () => {
  test('--json prints exactly the parse: preamble, points with sub-points, quantities, parties, conditions, trailer, unparsed', async () => {
    const parties = file('parties.json', JSON.stringify(PARTIES));
    const r = await runConcord(['plan', 'parse', axios, '--json', '--parties', parties]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['preamble', 'points', 'trailer', 'unparsed']);
    assert.deepEqual(Object.keys(out.points[0]), [
      'number',
      'text',
      'subPoints',
      'quantities',
      'parties',
      'conditions',
    ]);
    assert.deepEqual(out, parsePlan(readFileSync(axios, 'utf8'), { parties: PARTIES }));
    assert.deepEqual(out.points[1]?.quantities, [{ value: 600000, unit: 'troops', text: '600,000 troops' }]);
    assert.deepEqual(out.points[3]?.subPoints[1]?.conditions, [
      { if: 'Ukraine invades Russia', then: 'it will lose the guarantee' },
    ]);
    assert.deepEqual(out.points[3]?.parties, ['United States']);
  });

  test('the outline: numbers, texts, quantities in brackets, and a count of what was not understood', async () => {
    const r = await runConcord(['plan', 'parse', pdf]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.includes('Preamble:'));
    assert.ok(
      lines.includes(
        '3. The armed forces of Ukraine will be limited to 600 000 personnel in peacetime. The limit will be reviewed after ten years. [600 000 personnel = 600000 personnel; ten years = 10 years]',
      ),
      r.stdout,
    );
    assert.ok(lines.some((l) => l.startsWith('5. ') && l.endsWith('[100 days]')));
    assert.equal(
      lines.at(-1),
      '6 points, 0 sub-points, 6 lines not understood (lines 1, 13, 15, 21, 23, 27)',
    );
    const listed = lines.indexOf('Not understood:');
    assert.ok(listed > 0, r.stdout);
    assert.deepEqual(lines.slice(listed + 1, listed + 3), [
      '  line 1: DRAFT – NOT FOR DISTRIBUTION',
      '  line 13: Page 1 of 3',
    ]);
    const nested = await runConcord(['plan', 'parse', axios]);
    assert.match(nested.stdout, /\n10\. The U\.S\. guarantee:\n {2}1\. The U\.S\. receives compensation/);
    assert.match(nested.stdout, /\n7 points, 8 sub-points, 0 lines not understood\n$/);
  });

  test('- reads standard input; Windows line endings and a BOM are fine', async () => {
    const r = await runWithInput(
      ['plan', 'parse', '-', '--json'],
      '\ufeffIntro\r\n1. One.\r\n2. Two within 72 hours.\r\n',
    );
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.preamble, ['Intro']);
    assert.deepEqual(
      out.points.map((p: { number: string; text: string }) => [p.number, p.text]),
      [
        ['1', 'One.'],
        ['2', 'Two within 72 hours.'],
      ],
    );
    assert.deepEqual(out.points[1]?.quantities, [{ value: 72, unit: 'hours', text: '72 hours' }]);
  });

  test('texts cannot act on the terminal: the outline shows hidden characters, the JSON escapes them', async () => {
    const hostile = file('hostile.txt', '1. Ukr\u202eaine \u001b[2J agrees.\n2. Two.\n');
    const outline = await runConcord(['plan', 'parse', hostile]);
    assert.equal(outline.code, 0, outline.stderr);
    assert.match(outline.stdout, /1\. Ukr⟦U\+202E⟧aine ⟦U\+001B⟧\[2J agrees\./);
    const json = await runConcord(['plan', 'parse', hostile, '--json']);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly what must not reach the terminal
    assert.ok(!/[\u001b\u202e]/.test(json.stdout));
    assert.equal(JSON.parse(json.stdout).points[0].text, 'Ukr\u202eaine \u001b[2J agrees.');
  });

  test('--help says how to call it', async () => {
    const r = await runConcord(['plan', 'parse', '--help']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('Usage: concord plan parse [options] <file>'), r.stdout);
    for (const flag of ['--json', '--parties']) assert.ok(r.stdout.includes(flag), flag);
  });

  test('errors are one line and a non-zero exit, and print nothing on stdout', async () => {
    const big = file('big.txt', `1. ${'x'.repeat(1_000_001)}`);
    const binary = file('binary.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const latin1 = file('latin1.txt', Buffer.from([0x31, 0x2e, 0x20, 0xe9, 0x74, 0xe9]));
    const utf16 = file('utf16.txt', Buffer.from('\ufeff1. One', 'utf16le'));
    const notJson = file('parties-bad.json', '[{name: Ukraine}]');
    const wrongShape = file('parties-shape.json', JSON.stringify([{ name: 'Ukraine', aliases: 'Kyiv' }]));
    const cases: [string[], RegExp][] = [
      [['plan', 'parse', join(dir, 'missing.txt')], /cannot read .*missing\.txt: no such file$/],
      [['plan', 'parse', dir], /cannot read .*: it is a folder, not a file$/],
      [['plan', 'parse', big], /big\.txt is larger than 1,000,000 bytes/],
      [['plan', 'parse', binary], /binary\.pdf is not a text file \(it holds a NUL byte at byte 5\)/],
      [['plan', 'parse', latin1], /latin1\.txt is not valid UTF-8 text/],
      [['plan', 'parse', utf16], /utf16\.txt is UTF-16 text; save it as UTF-8/],
      [['plan', 'parse', axios, '--parties', notJson], /--parties .*parties-bad\.json: not JSON/],
      [['plan', 'parse', axios, '--parties', wrongShape], /--parties .*parties-shape\.json at 0\.aliases: /],
      [['plan', 'parse'], /missing required argument 'file'/],
      [['plan'], /missing command for concord plan \(one of: parse\)/],
    ];
    for (const [args, message] of cases) {
      const r = await runConcord(args);
      assert.notEqual(r.code, 0, args.join(' '));
      assert.ok(oneLine(r.stderr), `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr.trim(), message, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
    const fromStdin = await runWithInput(['plan', 'parse', '-'], Buffer.alloc(1_000_001, 0x61));
    assert.notEqual(fromStdin.code, 0);
    assert.match(fromStdin.stderr, /standard input is larger than 1,000,000 bytes/);
  });
});
