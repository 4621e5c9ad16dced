import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import {
  describeStoreTarget,
  parseDatabaseUrl,
  parseHost,
  parseHours,
  parseOrigin,
  parsePort,
  parseRateLimits,
  portFromEnv,
  resolveStoreTarget,
} from './options.ts';

describe('options', () => {
  test('ports are integers 0..65535', () => {
    assert.equal(parsePort('0'), 0);
    assert.equal(parsePort('65535'), 65535);
    for (const bad of ['', '65536', '1.5', '1e3', ' 80', '0x50', '-1', '999999']) {
      assert.throws(() => parsePort(bad), /port number/, bad);
    }
  });

  test('$PORT is the default port, 4000 without it', () => {
    assert.equal(portFromEnv({}), 4000);
    assert.equal(portFromEnv({ PORT: '8080' }), 8080);
    assert.throws(() => portFromEnv({ PORT: 'x' }), /PORT environment variable/);
  });

  test('hosts', () => {
    assert.equal(parseHost('0.0.0.0'), '0.0.0.0');
    assert.equal(parseHost('::1'), '::1');
    assert.throws(() => parseHost('http://x'), /host/);
  });

  test('origins: http(s) scheme, host and port only', () => {
    assert.equal(parseOrigin('https://concord.example.org'), 'https://concord.example.org');
    assert.equal(parseOrigin('https://concord.example.org/'), 'https://concord.example.org');
    assert.equal(parseOrigin('http://localhost:4000'), 'http://localhost:4000');
    assert.equal(parseOrigin('HTTPS://Concord.Example.org:443'), 'https://concord.example.org');
    for (const bad of ['ftp://x.org', 'javascript:alert(1)', 'concord.example.org', '']) {
      assert.throws(() => parseOrigin(bad), /origin/, bad);
    }
    for (const bad of ['https://x.org/a', 'https://x.org?q=1', 'https://x.org/#f', 'https://u:p@x.org']) {
      assert.throws(() => parseOrigin(bad), /without a path or query/, bad);
    }
  });

  test('sign-in link hours: whole numbers 1..720', () => {
    assert.equal(parseHours('1'), 1);
    assert.equal(parseHours('720'), 720);
    for (const bad of ['0', '721', '1.5', '-1', '', ' 2', '1e2', '0x10']) {
      assert.throws(() => parseHours(bad), /1 to 720/, bad);
    }
  });

  test('database URLs must be postgres URLs', () => {
    assert.equal(parseDatabaseUrl('postgresql://u@h/db'), 'postgresql://u@h/db');
    assert.throws(() => parseDatabaseUrl('mysql://u@h/db'), /postgres/);
    assert.throws(() => parseDatabaseUrl('no url'), /URL/);
  });

  test('store target: explicit flags beat DATABASE_URL; data dir defaults to ./.concord', () => {
    const env = { DATABASE_URL: 'postgres://e@h/db' };
    assert.deepEqual(resolveStoreTarget({}, {}), { dataDir: resolve('./.concord') });
    assert.deepEqual(resolveStoreTarget({}, env), {
      dataDir: resolve('./.concord'),
      databaseUrl: env.DATABASE_URL,
    });
    assert.deepEqual(resolveStoreTarget({ dataDir: '/tmp/x' }, env), { dataDir: '/tmp/x' });
    assert.deepEqual(resolveStoreTarget({ databaseUrl: 'postgres://f@h/db' }, env), {
      dataDir: resolve('./.concord'),
      databaseUrl: 'postgres://f@h/db',
    });
  });

  test('store descriptions hide passwords', () => {
    const text = describeStoreTarget({ dataDir: '/d', databaseUrl: 'postgres://u:secret@h/db' });
    assert.ok(!text.includes('secret'), text);
  });
});

describe('--rate-limits', () => {
  test('named kinds with a rate and a burst; the others keep their defaults', () => {
    assert.deepEqual(
      parseRateLimits('{"write":{"perSecond":200,"burst":2000},"read":{"perSecond":0.5,"burst":1}}'),
      {
        write: { perSecond: 200, burst: 2000 },
        read: { perSecond: 0.5, burst: 1 },
      },
    );
    assert.deepEqual(parseRateLimits('{}'), {});
  });

  test('anything else is refused in one line naming what is wrong', () => {
    const cases: [string, RegExp][] = [
      ['not json', /expected JSON/],
      ['[1]', /JSON object/],
      ['null', /JSON object/],
      ['{"writes":{"perSecond":1,"burst":1}}', /unknown kind "writes"/],
      ['{"write":{"perSecond":0,"burst":1}}', /write: expected/],
      ['{"write":{"perSecond":1,"burst":1.5}}', /write: expected/],
      ['{"write":{"perSecond":1,"burst":1,"extra":1}}', /write: expected/],
      ['{"write":{"perSecond":"1","burst":1}}', /write: expected/],
      ['{"write":{"perSecond":1e12,"burst":1}}', /write: expected/],
      ['{"write":null}', /write: expected/],
    ];
    for (const [text, message] of cases) assert.throws(() => parseRateLimits(text), message, text);
  });

  test("the start command's help states the server's defaults", async () => {
    const { DEFAULT_RATE_LIMITS } = await import('@concord/server');
    const { startCommand } = await import('./commands/start.ts');
    const help = startCommand().helpInformation().replace(/\s+/g, ' ');
    for (const [kind, rate] of Object.entries(DEFAULT_RATE_LIMITS))
      assert.ok(help.includes(`${kind} ${rate.perSecond}/s burst ${rate.burst}`), `${kind} in: ${help}`);
  });
});
