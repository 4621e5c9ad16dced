// The CLI as a user meets it: --help on every command, and every mistake answered by one stderr line.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { childEnv, runConcord } from './test-support.ts';

describe('concord --help', () => {
  const cases: [string[], string][] = [
    [['--help'], 'Usage: concord <command> [options]'],
    [['help'], 'Usage: concord <command> [options]'],
    [['start', '--help'], 'Usage: concord start [options]'],
    [['help', 'start'], 'Usage: concord start [options]'],
    [['log', '--help'], 'Usage: concord log <command> [options]'],
    [['log', 'check', '--help'], 'Usage: concord log check [options]'],
    [['analyze', '--help'], 'Usage: concord analyze [options] <path...>'],
    [['access', '--help'], 'Usage: concord access <command> [options]'],
    [['access', 'grant', '--help'], 'Usage: concord access grant [options]'],
    [['access', 'revoke', '--help'], 'Usage: concord access revoke [options] <id>'],
    [['account', '--help'], 'Usage: concord account <command> [options]'],
    [['account', 'create', '--help'], 'Usage: concord account create [options]'],
    [['account', 'sign-in-link', '--help'], 'Usage: concord account sign-in-link [options]'],
    [['process', 'open', '--help'], 'Usage: concord process open [options]'],
    [['member', '--help'], 'Usage: concord member <command> [options]'],
    [['member', 'suspend', '--help'], 'Usage: concord member suspend [options] <id>'],
  ];
  for (const [args, usage] of cases) {
    test(args.join(' '), async () => {
      const r = await runConcord(args);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(r.stdout.startsWith(usage), r.stdout);
      assert.equal(r.stderr, '');
    });
  }

  test('start --help lists every documented option', async () => {
    const r = await runConcord(['start', '--help']);
    for (const flag of [
      '--port',
      '--host',
      '--origin',
      '--data-dir',
      '--database-url',
      '--no-demo',
      '--owner-name',
    ]) {
      assert.ok(r.stdout.includes(flag), `${flag} missing from: ${r.stdout}`);
    }
  });
});

describe('bad input gets one line on stderr and a non-zero exit', () => {
  const cases: [string, string[], RegExp, NodeJS.ProcessEnv?][] = [
    ['no command', [], /missing command/],
    ['unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['log without subcommand', ['log'], /missing command for concord log/],
    ['unknown log subcommand', ['log', 'rewrite'], /unknown command 'rewrite'/],
    ['unknown option', ['start', '--bogus'], /unknown option '--bogus'/],
    ['non-numeric port', ['start', '--port', 'abc'], /--port.*expected a port number/],
    ['port out of range', ['start', '--port', '70000'], /--port.*expected a port number/],
    ['negative port', ['start', '--port', '-1'], /--port/],
    ['host with a space', ['start', '--host', 'a b'], /--host.*expected a host/],
    ['missing option value', ['start', '--data-dir'], /argument missing/],
    ['non-postgres URL', ['log', 'check', '--database-url', 'http://x'], /postgres/],
    ['not a URL', ['start', '--database-url', 'nonsense'], /expected a URL/],
    ['extra argument', ['log', 'check', 'extra'], /too many arguments/],
    ['analyze without a path', ['analyze'], /missing required argument/],
    [
      'member without subcommand',
      ['member'],
      /missing command for concord member \(one of: grant, suspend, reinstate, end\)/,
    ],
    ['origin with a path', ['start', '--origin', 'https://x.org/a'], /--origin.*without a path/],
    [
      'hours out of range',
      ['account', 'sign-in-link', '--account', 'a', '--hours', '0'],
      /--hours.*1 to 720/,
    ],
    ['bad PORT env', ['start', '--no-demo'], /PORT environment variable/, childEnv({ PORT: 'eighty' })],
    [
      'bad DATABASE_URL env',
      ['log', 'check'],
      /DATABASE_URL environment variable/,
      childEnv({ DATABASE_URL: 'mysql://x' }),
    ],
  ];
  for (const [name, args, message, env] of cases) {
    test(name, async () => {
      const r = await runConcord(args, env);
      assert.notEqual(r.code, 0);
      assert.equal(r.stdout, '');
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      assert.equal(lines.length, 1, `expected one line, got: ${r.stderr}`);
      assert.match(lines[0] ?? '', /^concord: /);
      assert.match(lines[0] ?? '', message);
    });
  }
});
