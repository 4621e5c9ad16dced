// The tamper checks of log-check.test.ts against PostgreSQL: a store built by the server's commands in a
// fresh schema passes `concord log check --database-url`; a changed event body, a deleted last event or a
// checkpoint signed by another key fail with one line. Runs only in the pg suite (it needs a server at
// CONCORD_TEST_DATABASE_URL); each case uses its own schema, dropped afterwards.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { OPERATOR, uuidv7 } from '@concord/core';
import { openStore, type Store } from '@concord/db';
import { formatCheckpoint, generateNoteKey, signNote } from '@concord/ledger';
import { createProcess } from '@concord/server';
import pg from 'pg';
import { runConcord } from './test-support.ts';

const baseUrl = process.env.CONCORD_TEST_DATABASE_URL ?? '';
const origin = 'concord.local/log';
const root = mkdtempSync(join(tmpdir(), 'concord-tamper-pg-'));
const schemas: string[] = [];

async function sql<T extends pg.QueryResultRow>(
  text: string,
  params: unknown[] = [],
): Promise<pg.QueryResult<T>> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await client.query<T>(text, params);
  } finally {
    await client.end();
  }
}

const operator = (store: Store) => ({ store, principal: OPERATOR, clock: () => new Date() });

/** The account the operator opens the processes for (accounts are beside the log, not in it). */
async function ownerAccount(store: Store): Promise<string> {
  const account = await store.accounts.create(
    { name: 'Tamper test mediator', handle: 'tamper-test' },
    { id: uuidv7(), at: new Date().toISOString() },
  );
  return account.id;
}

/** A store in a fresh schema with 4 events; the URL pins search_path so the CLI sees that schema. */
async function buildStore(name: string): Promise<{ url: string; dataDir: string; schema: string }> {
  const schema = `cli_${name}_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await sql(`create schema ${schema}`);
  schemas.push(schema);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const dataDir = join(root, name);
  const store = await openStore({ dataDir, databaseUrl: url.toString() });
  try {
    // Each process: process.created, then membership.granted for its lead mediator; entry 2 is South's.
    const owner = await ownerAccount(store);
    for (const title of ['North talks', 'South talks'])
      await createProcess(operator(store), { title, description: `about ${title}`, ownerAccountId: owner });
    assert.equal(await store.log.size(), 4);
  } finally {
    await store.close();
  }
  return { url: url.toString(), dataDir, schema };
}

async function logCheck(store: { url: string; dataDir: string }) {
  const r = await runConcord(['log', 'check', '--data-dir', store.dataDir, '--database-url', store.url]);
  return { ...r, lines: r.stderr.split('\n').filter((l) => l !== '') };
}

function assertFailed(r: Awaited<ReturnType<typeof logCheck>>, pattern: RegExp) {
  assert.equal(r.code, 1, `stdout: ${r.stdout} stderr: ${r.stderr}`);
  assert.equal(r.lines.length, 1, r.stderr);
  assert.match(r.lines[0] ?? '', pattern);
}

describe('concord log check on PostgreSQL', { timeout: 240_000 }, () => {
  after(async () => {
    for (const schema of schemas) await sql(`drop schema if exists ${schema} cascade`);
    rmSync(root, { recursive: true, force: true });
  });

  test('CONCORD_TEST_DATABASE_URL names the PostgreSQL server', () => {
    assert.match(baseUrl, /^postgres(ql)?:\/\//, 'run through `npm run test:pg`');
  });

  test('an untouched store passes', async () => {
    const r = await logCheck(await buildStore('untouched'));
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^log ok: 4 entries, \d+ checkpoints verified, the read tables equal the log replayed\n$/,
    );
  });

  test('a changed event body fails naming that entry', async () => {
    const store = await buildStore('body');
    const res = await sql(
      `update ${store.schema}.log_entries set canonical = replace(canonical, 'South', 'Sooth') where idx = 2`,
    );
    assert.equal(res.rowCount, 1);
    assertFailed(await logCheck(store), /^concord: log check failed at entry 2\b/);
  });

  test('a deleted last event fails', async () => {
    const store = await buildStore('truncated');
    const res = await sql(`delete from ${store.schema}.log_entries where idx = 3`);
    assert.equal(res.rowCount, 1);
    assertFailed(await logCheck(store), /^concord: log check failed at entry \d+/);
  });

  test('a checkpoint re-signed by another key is rejected', async () => {
    const store = await buildStore('foreign');
    const latest = await sql<{ size: string; root_hash: Buffer }>(
      `select size, root_hash from ${store.schema}.log_checkpoints order by size desc limit 1`,
    );
    const row = latest.rows[0];
    assert.ok(row);
    const size = Number(row.size);
    const rootHash = new Uint8Array(row.root_hash);
    const note = signNote(formatCheckpoint({ origin, size, rootHash }), generateNoteKey(origin).signerKey);
    await sql(`update ${store.schema}.log_checkpoints set note = $1 where size = $2`, [note, size]);
    assertFailed(await logCheck(store), /^concord: log check failed at entry \d+.*checkpoint/i);
  });
});
