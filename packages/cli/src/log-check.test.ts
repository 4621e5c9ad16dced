// Tamper evidence through the CLI: a store built by the server's own commands passes `concord log check`;
// the same store with one event body changed by SQL, with its last event deleted, or with a checkpoint
// signed by another key, fails with one line naming what is wrong. Each case tampers a fresh copy.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OPERATOR, uuidv7 } from '@concord/core';
import { openStore, type Store } from '@concord/db';
import { emptyRoot, formatCheckpoint, generateNoteKey, signNote } from '@concord/ledger';
import { createProcess } from '@concord/server';
import { PGlite } from '@electric-sql/pglite';
import { childEnv, exited, runConcord, startConcord } from './test-support.ts';

const origin = 'concord.local/log';
const root = mkdtempSync(join(tmpdir(), 'concord-tamper-'));
const pristine = join(root, 'pristine');
let entries = 0;

const operator = (store: Store) => ({ store, principal: OPERATOR, clock: () => new Date() });

/** The account the operator opens the processes for (accounts are beside the log, not in it). */
async function ownerAccount(store: Store): Promise<string> {
  const account = await store.accounts.create(
    { name: 'Tamper test mediator', handle: 'tamper-test' },
    { id: uuidv7(), at: new Date().toISOString() },
  );
  return account.id;
}

/** A copy of the pristine store that one case may tamper with. */
function copyStore(name: string): string {
  const dir = join(root, name);
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

async function withSql(dir: string, fn: (db: PGlite) => Promise<void>): Promise<void> {
  const db = await PGlite.create(join(dir, 'db'));
  try {
    await fn(db);
  } finally {
    await db.close();
  }
}

async function logCheck(dir: string) {
  const r = await runConcord(['log', 'check', '--data-dir', dir]);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  return { ...r, lines };
}

function assertFailedAt(r: Awaited<ReturnType<typeof logCheck>>, pattern: RegExp) {
  assert.equal(r.code, 1, `exit code; stdout: ${r.stdout} stderr: ${r.stderr}`);
  assert.equal(r.lines.length, 1, `one line: ${r.stderr}`);
  assert.match(r.lines[0] ?? '', pattern);
  assert.doesNotMatch(r.stdout, /log ok/);
}

describe('concord log check detects tampering', { timeout: 240_000 }, () => {
  before(async () => {
    const store = await openStore({ dataDir: pristine });
    try {
      // Each process is opened by the operator for one account: two entries each (process.created, then
      // membership.granted for its lead mediator), so entry 2 holds the second process.
      const owner = await ownerAccount(store);
      for (const title of ['Alpha talks', 'Beta talks', 'Gamma talks'])
        await createProcess(operator(store), { title, description: `about ${title}`, ownerAccountId: owner });
      entries = await store.log.size();
    } finally {
      await store.close();
    }
    assert.equal(entries, 6);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('an untouched store passes', async () => {
    const r = await logCheck(copyStore('untouched'));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(
      r.stdout,
      new RegExp(
        `^log ok: ${entries} entries, \\d+ checkpoints verified, the read tables equal the log replayed\\n$`,
      ),
    );
    const checkpoints = Number(r.stdout.match(/(\d+) checkpoints/)?.[1]);
    assert.ok(checkpoints >= 1, 'at least the latest checkpoint was verified');
  });

  test('an event body changed with SQL fails naming that entry', async () => {
    const dir = copyStore('body');
    let eventId = '';
    await withSql(dir, async (db) => {
      const row = await db.query<{ event_id: string }>(
        `update log_entries set canonical = replace(canonical, 'Beta talks', 'Beta talkz')
         where idx = 2 returning event_id`,
      );
      assert.equal(row.rows.length, 1, 'entry 2 holds the second process');
      eventId = row.rows[0]?.event_id ?? '';
    });
    const r = await logCheck(dir);
    assertFailedAt(r, /^concord: log check failed at entry 2\b/);
    assert.ok(r.lines[0]?.includes(eventId), `names the event ${eventId}: ${r.lines[0]}`);
  });

  test('a changed salt fails naming that entry', async () => {
    const dir = copyStore('salt');
    await withSql(dir, async (db) => {
      await db.query(`update log_entries set salt = decode(repeat('00', 32), 'hex') where idx = 4`);
    });
    assertFailedAt(await logCheck(dir), /^concord: log check failed at entry 4\b/);
  });

  test('a deleted last event fails', async () => {
    const dir = copyStore('truncated');
    await withSql(dir, async (db) => {
      const res = await db.query(`delete from log_entries where idx = $1`, [entries - 1]);
      assert.equal(res.affectedRows, 1);
    });
    // The missing entry is the one named: the latest checkpoint still commits to it.
    assertFailedAt(await logCheck(dir), new RegExp(`^concord: log check failed at entry ${entries - 1}\\b`));
  });

  test('a read table changed by SQL fails, though the log itself still checks', async () => {
    const dir = copyStore('read-table');
    await withSql(dir, async (db) => {
      const res = await db.query(
        `update processes set title = 'Alpha talks (edited)' where title = 'Alpha talks'`,
      );
      assert.equal(res.affectedRows, 1);
    });
    const r = await logCheck(dir);
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.lines.length, 1, r.stderr);
    assert.match(
      r.lines[0] ?? '',
      /^concord: log check failed: the read tables differ from the log replayed: .*processes/,
    );
  });

  test("while concord start holds the directory, log check checks its log over HTTP with the directory's key", async () => {
    const dir = copyStore('served');
    const running = await startConcord(['--no-demo', '--port', '0', '--data-dir', dir]);
    try {
      const env = childEnv({ CONCORD_KNOWN_LOGS: join(dir, 'known-logs.json') });
      const r = await runConcord(['log', 'check', '--data-dir', dir], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(
        r.stdout,
        /^The store is in use by concord start \(process \d+\): checking its log over HTTP at http/,
      );
      assert.match(r.stdout, new RegExp(`\nlog ok: ${entries} entries`));
    } finally {
      running.child.kill('SIGTERM');
      await exited(running.child);
    }
    assert.equal(
      existsSync(join(dir, 'concord.url')),
      false,
      'the address is forgotten when the server stops',
    );
  });

  test('concord start on a store whose last entry was deleted raises an alarm and refuses writes', async () => {
    const dir = copyStore('start-truncated');
    await withSql(dir, async (db) => {
      await db.query(`delete from log_entries where idx = $1`, [entries - 1]);
    });
    const running = await startConcord(['--no-demo', '--port', '0', '--data-dir', dir]);
    try {
      assert.match(
        running.output(),
        /ALARM: the log failed its start-up check: .*signed for size 6 but the log holds 5/,
      );
      const read = await fetch(`${running.url}/api/processes`);
      assert.equal(read.status, 200, 'reads are still served');
      const write = await fetch(`${running.url}/api/processes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: running.url },
        body: JSON.stringify({ title: 'Signed over a cut log' }),
      });
      assert.equal(write.status, 503);
      assert.equal(
        ((await write.json()) as { type: string }).type,
        'https://concord.dev/problems/log-integrity',
      );
    } finally {
      running.child.kill('SIGTERM');
      await exited(running.child);
    }
    const store = await openStore({ dataDir: dir });
    try {
      assert.equal(await store.log.size(), entries - 1, 'nothing was appended');
    } finally {
      await store.close();
    }
  });

  test('a checkpoint signed by another key is rejected', async () => {
    const dir = copyStore('foreign-checkpoint');
    const intruder = generateNoteKey(origin);
    await withSql(dir, async (db) => {
      // The size-0 tree has a well-known root, so the only thing wrong with this checkpoint is its signer.
      const note = signNote(formatCheckpoint({ origin, size: 0, rootHash: emptyRoot() }), intruder.signerKey);
      await db.query(`delete from log_checkpoints where size = 0`);
      await db.query(`insert into log_checkpoints (size, root_hash, note) values (0, $1, $2)`, [
        emptyRoot(),
        note,
      ]);
    });
    assertFailedAt(await logCheck(dir), /^concord: log check failed at entry \d+.*checkpoint/i);
  });

  test('the latest checkpoint re-signed by another key is rejected', async () => {
    const dir = copyStore('resigned-checkpoint');
    const intruder = generateNoteKey(origin);
    await withSql(dir, async (db) => {
      const latest = await db.query<{ size: number; root_hash: Uint8Array }>(
        `select size, root_hash from log_checkpoints order by size desc limit 1`,
      );
      const row = latest.rows[0];
      assert.ok(row);
      const size = Number(row.size);
      const note = signNote(formatCheckpoint({ origin, size, rootHash: row.root_hash }), intruder.signerKey);
      await db.query(`update log_checkpoints set note = $1 where size = $2`, [note, size]);
    });
    assertFailedAt(await logCheck(dir), /^concord: log check failed at entry \d+.*checkpoint/i);
  });

  test('a data directory that holds no store is refused, not created', async () => {
    const missing = join(root, 'no-such-store');
    const r = await logCheck(missing);
    assertFailedAt(r, /^concord: no Concord store in /);
    assert.equal(existsSync(missing), false, 'log check must not create a store');
  });

  test('an unreachable database is one line and a non-zero exit', async () => {
    const r = await runConcord([
      'log',
      'check',
      '--data-dir',
      join(root, 'pg-key'),
      '--database-url',
      'postgres://nobody@127.0.0.1:1/none',
    ]);
    assert.notEqual(r.code, 0);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0] ?? '', /^concord: cannot open the store/);
  });
});
