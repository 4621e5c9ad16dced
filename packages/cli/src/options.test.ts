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
