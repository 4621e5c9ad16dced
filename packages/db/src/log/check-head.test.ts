// Start-up's check of the log's end: each way an attacker with SQL access could change the end of the log is
// caught in O(log n) reads, on both stores; a healthy log passes. A clean cut of the tail together with its
// checkpoints leaves a consistent shorter log, which no check of the store alone can see: the witnesses' state
// (packages/cli/src/witness, "a shrunk log is an alarm") and a returning reader's remembered checkpoint catch it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newEvent, uuidv7 } from '@concord/core';
import { generateNoteKey } from '@concord/ledger';
import { sql } from 'kysely';
import { storeDatabase } from '../create-store.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

const event = (title: string) =>
  newEvent(
    'process.created',
    { id: uuidv7(), title, description: '', createdAt: '2025-11-20T09:00:00.000Z' },
    { actor: 'test', at: '2025-11-20T09:00:00.000Z' },
  );

async function grown(open: () => Promise<Store>, sizes: number[]): Promise<Store> {
  const store = await open();
  for (const n of sizes)
    await store.transact(async (tx) => {
      for (let i = 0; i < n; i++) await tx.appendEvent(event(`p${i}`));
    });
  return store;
}

async function headAfter(
  open: () => Promise<Store>,
  tamper: (db: ReturnType<typeof storeDatabase>, store: Store) => Promise<unknown>,
) {
  const store = await grown(open, [3, 4]);
  try {
    await tamper(storeDatabase(store), store);
    return await store.checkHead();
  } finally {
    await store.close();
  }
}

for (const target of databaseTargets()) {
  describe(`the log's head at start-up (${target.name})`, () => {
    test('a healthy log passes, empty or grown', async () => {
      const empty = await target.open();
      assert.deepEqual(await empty.checkHead(), { ok: true, size: 0 });
      await empty.close();
      const store = await grown(target.open, [1, 5, 2]);
      assert.deepEqual(await store.checkHead(), { ok: true, size: 8 });
      await store.close();
    });

    const cases: [
      string,
      RegExp,
      (db: ReturnType<typeof storeDatabase>, store: Store) => Promise<unknown>,
    ][] = [
      [
        'a deleted last row',
        /signed for size 7 but the log holds 6 entries/,
        (db) => sql`delete from log_entries where idx = 6`.execute(db),
      ],
      [
        'an edited last entry',
        /last entry \(6\) does not hash/,
        (db) =>
          sql`update log_entries set canonical = replace(canonical, 'p3', 'px') where idx = 6`.execute(db),
      ],
      [
        'a changed node on the edge',
        /root its signed checkpoint holds|missing/,
        (db) =>
          sql`update log_nodes set hash = ${Buffer.alloc(32, 9)} where level = 2 and idx = 0`.execute(db),
      ],
      [
        'a last leaf swapped with another entry',
        /not the leaf the tree holds|root/,
        (db) =>
          sql`update log_nodes set hash = (select leaf_hash from log_entries where idx = 5) where level = 0 and idx = 6`.execute(
            db,
          ),
      ],
      [
        'an entry added without a checkpoint',
        /not covered by any signed checkpoint/,
        (_db, store) =>
          store
            .transact(async (tx) => tx.appendEvent(event('forged')))
            .then(() => sql`delete from log_checkpoints where size = 8`.execute(storeDatabase(store))),
      ],
      [
        'a checkpoint re-signed with another key',
        /not signed by the log's key|verifier key recorded/,
        async (db, store) => {
          const other = generateNoteKey(store.log.origin);
          await sql`update log_meta set value = ${other.verifierKey} where key = 'verifier_key'`.execute(db);
        },
      ],
    ];
    for (const [name, reason, tamper] of cases)
      test(`${name} is caught`, async () => {
        const result = await headAfter(target.open, tamper);
        assert.equal(result.ok, false, name);
        if (!result.ok) assert.match(result.reason, reason);
      });
  });
}
