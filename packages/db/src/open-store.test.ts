// The embedded store on disk: key file, reopening, and refusing a key or origin that does not match.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { newEvent, uuidv7 } from '@concord/core';
import { generateNoteKey, verifyCheckpoint } from '@concord/ledger';
import { sql } from 'kysely';
import { storeDatabase, storeOpening } from './create-store.ts';
import { MIGRATION_NAMES } from './migrations/index.ts';
import { openStore } from './open-store.ts';
import type { Store } from './store.ts';

/** Events in these tests carry a fixed time: commands take theirs from an injected clock. */
const TEST_AT = '2025-11-20T09:00:00.000Z';

// Set by initdb and kept in the cluster's control file: a new initdb would give a new one.
async function systemIdentifier(store: Store): Promise<string> {
  const { rows } = await sql<{
    id: string;
  }>`select system_identifier::text as id from pg_control_system()`.execute(storeDatabase(store));
  return rows[0]?.id ?? '';
}

// Kysely's bookkeeping: one row per migration, stamped when it ran.
async function migrationRows(store: Store): Promise<string[]> {
  const { rows } = await sql<{ name: string; timestamp: string }>`
    select name, timestamp from kysely_migration order by name`.execute(storeDatabase(store));
  return rows.map((r) => `${r.name}@${r.timestamp}`);
}

describe('openStore on a PGlite data directory', () => {
  let dataDir: string;
  let verifierKey: string;
  let firstOpen: { seconds: number; migrated: string[]; cluster: string; migrations: string[] };
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concord-open-'));
    const started = performance.now();
    const store = await openStore({ dataDir });
    firstOpen = {
      seconds: (performance.now() - started) / 1000,
      migrated: storeOpening(store).migrated,
      cluster: await systemIdentifier(store),
      migrations: await migrationRows(store),
    };
    verifierKey = store.log.verifierKey;
    await store.transact((tx) =>
      tx.appendEvent(
        newEvent(
          'process.created',
          { id: uuidv7(), title: 'Kept on disk', description: '', createdAt: '2025-11-20T09:00:00.000Z' },
          { actor: 'test', at: TEST_AT },
        ),
      ),
    );
    await store.close();
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  test('creates the signing key with mode 0600 and records its verifier key', async () => {
    const info = await stat(join(dataDir, 'log-signer.key'));
    assert.equal(info.mode & 0o777, 0o600);
    assert.match(
      await readFile(join(dataDir, 'log-signer.key'), 'utf8'),
      /^PRIVATE\+KEY\+concord\.local\/log\+/,
    );
    assert.match(verifierKey, /^concord\.local\/log\+[0-9a-f]{8}\+/);
  });

  test('the first open runs initdb and every migration', () => {
    assert.deepEqual(firstOpen.migrated, MIGRATION_NAMES);
    assert.deepEqual(
      firstOpen.migrations.map((m) => m.split('@')[0]),
      MIGRATION_NAMES,
    );
    assert.deepEqual(MIGRATION_NAMES.slice(0, 4), [
      '0001-log',
      '0002-read-tables',
      '0003-access',
      '0004-people',
    ]);
    assert.match(firstOpen.cluster, /^[1-9][0-9]*$/);
  });

  test('reopens fast: no initdb, no migration, everything kept, and the log checks', async (t) => {
    const started = performance.now();
    const store = await openStore({ dataDir });
    const seconds = (performance.now() - started) / 1000;
    t.diagnostic(`first open ${firstOpen.seconds.toFixed(2)} s, reopen ${seconds.toFixed(2)} s`);
    try {
      // What makes a reopen fast, checked directly rather than by the clock: the same cluster (no initdb) and
      // no migration run or recorded again.
      assert.deepEqual(storeOpening(store).migrated, []);
      assert.deepEqual(await migrationRows(store), firstOpen.migrations);
      assert.equal(await systemIdentifier(store), firstOpen.cluster);
      // Only a backstop (idle: about 0.3 s; a loaded machine can take seconds): a reopen that hangs or
      // rebuilds something big.
      assert.ok(seconds < 10, `reopen took ${seconds.toFixed(2)} s`);
      assert.equal(store.log.verifierKey, verifierKey);
      assert.deepEqual(
        (await store.processes.list()).map((p) => p.title),
        ['Kept on disk'],
      );
      assert.deepEqual(await store.checkLog(), { ok: true, size: 1, checkpoints: 2 });
      const checkpoint = await store.log.latestCheckpoint();
      assert.equal(verifyCheckpoint(checkpoint.note, verifierKey).size, 1);
    } finally {
      await store.close();
    }
  });

  test('refuses another origin and another signing key, changing nothing', async () => {
    await assert.rejects(openStore({ dataDir, origin: 'example.org/log' }), { code: 'KEY_MISMATCH' });
    const keyFile = join(dataDir, 'log-signer.key');
    const original = await readFile(keyFile, 'utf8');
    await writeFile(keyFile, `${generateNoteKey('concord.local/log').signerKey}\n`);
    try {
      await assert.rejects(openStore({ dataDir }), {
        code: 'KEY_MISMATCH',
        message: /does not match the verifier key recorded in the database/,
      });
      await writeFile(keyFile, 'not a key\n');
      await assert.rejects(openStore({ dataDir }), { code: 'KEY_MISMATCH', message: /valid signer key/ });
    } finally {
      await writeFile(keyFile, original);
    }
    const store = await openStore({ dataDir });
    try {
      assert.equal((await store.checkLog()).ok, true);
    } finally {
      await store.close();
    }
  });

  test('a closed store refuses work with a coded error', async () => {
    const store = await openStore({ dataDir });
    await store.close();
    await assert.rejects(
      store.transact(async () => {}),
      { code: 'CLOSED' },
    );
    await store.close();
  });
});
