// Durability on PostgreSQL (pg suite only): the kill scenario of kill-scenario.ts against a fresh schema of
// the server at CONCORD_TEST_DATABASE_URL, dropped afterwards.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { killDuringWrites } from './kill-scenario.ts';

const baseUrl = process.env.CONCORD_TEST_DATABASE_URL ?? '';
const schema = `cli_kill_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;

async function sql(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

describe('SIGKILL during a stream of writes (PostgreSQL)', { timeout: 600_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-kill-pg-'));
  after(async () => {
    if (baseUrl) await sql(`drop schema if exists ${schema} cascade`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('every acknowledged write is readable after restart and the log checks', async () => {
    assert.match(baseUrl, /^postgres(ql)?:\/\//, 'run through `npm run test:pg`');
    await sql(`create schema ${schema}`);
    const url = new URL(baseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    await killDuringWrites(['--data-dir', dataDir, '--database-url', url.toString()]);
  });
});
