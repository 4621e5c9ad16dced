// Proofs from the store verify with the ledger; checkLog catches what an attacker with SQL access could do.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newEvent, uuidv7 } from '@concord/core';
import {
  CompactRange,
  formatCheckpoint,
  generateNoteKey,
  signNote,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@concord/ledger';
import { sql } from 'kysely';
import { storeDatabase } from '../create-store.ts';
import { loadScenario } from '../fixtures.ts';
import type { Store, StoredCheckpoint } from '../store.ts';
import { databaseTargets } from '../testing.ts';

/** Events in these tests carry a fixed time: commands take theirs from an injected clock. */
const TEST_AT = '2025-11-20T09:00:00.000Z';

const processEvent = (title: string) =>
  newEvent(
    'process.created',
    { id: uuidv7(), title, description: '', createdAt: '2025-11-20T09:00:00.000Z' },
    { actor: 'test', at: TEST_AT },
  );

/** Appends `sizes.length` transactions of the given sizes; returns the checkpoint after each. */
async function grow(store: Store, sizes: number[]): Promise<StoredCheckpoint[]> {
  const checkpoints = [await store.log.latestCheckpoint()];
  for (const n of sizes) {
    await store.transact(async (tx) => {
      for (let i = 0; i < n; i++) await tx.appendEvent(processEvent(`p${i}`));
    });
    checkpoints.push(await store.log.latestCheckpoint());
  }
  return checkpoints;
}

async function withStore(open: () => Promise<Store>, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

for (const target of databaseTargets()) {
  describe(`log on ${target.name}`, () => {
    test('inclusion and consistency proofs verify against signed checkpoints', async () => {
      await withStore(target.open, async (store) => {
        const checkpoints = await grow(store, [1, 2, 5, 1, 8, 3]);
        for (const c of checkpoints) {
          const parsed = verifyCheckpoint(c.note, store.log.verifierKey);
          assert.equal(parsed.size, c.size);
          assert.deepEqual(parsed.rootHash, c.rootHash);
          assert.equal(parsed.origin, store.log.origin);
        }
        const latest = checkpoints.at(-1) as StoredCheckpoint;
        assert.equal(latest.size, 20);
        const entries = await store.log.entries(0, 100);
        for (const c of checkpoints.slice(1)) {
          for (const e of entries.filter((x) => x.index < c.size)) {
            const proof = await store.log.inclusionProof(e.index, c.size);
            verifyInclusion({ index: e.index, size: c.size, leafHash: e.leafHash, proof, root: c.rootHash });
          }
        }
        for (const a of checkpoints)
          for (const b of checkpoints.filter((x) => x.size >= a.size)) {
            const proof = await store.log.consistencyProof(a.size, b.size);
            verifyConsistency({ size1: a.size, size2: b.size, proof, root1: a.rootHash, root2: b.rootHash });
          }
        // A proof for the wrong leaf does not verify.
        const proof = await store.log.inclusionProof(3, 20);
        assert.throws(() =>
          verifyInclusion({
            index: 3,
            size: 20,
            leafHash: entries[4]?.leafHash as Uint8Array,
            proof,
            root: latest.rootHash,
          }),
        );
        await assert.rejects(store.log.inclusionProof(20, 20), { code: 'OUT_OF_RANGE' });
        await assert.rejects(store.log.inclusionProof(0, 21), { code: 'OUT_OF_RANGE' });
        await assert.rejects(store.log.consistencyProof(5, 4), { code: 'OUT_OF_RANGE' });
        await assert.rejects(store.log.consistencyProof(0, 21), { code: 'OUT_OF_RANGE' });
        await assert.rejects(store.log.inclusionProof(Number.NaN, 3), { code: 'BAD_INPUT' });
      });
    });

    test('many appends in one transaction: bulk nodes, one checkpoint, log still checks', async () => {
      await withStore(target.open, async (store) => {
        const n = 1500;
        const started = performance.now();
        await store.transact(async (tx) => {
          for (let i = 0; i < n; i++) await tx.appendEvent(processEvent(`bulk ${i}`));
        });
        const seconds = (performance.now() - started) / 1000;
        assert.ok(seconds < 20, `1,500 appends took ${seconds.toFixed(1)} s`);
        const db = storeDatabase(store);
        const count = async (t: 'log_nodes' | 'log_checkpoints') =>
          Number(
            (
              await db
                .selectFrom(t)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
        let nodes = 0;
        for (let w = 1; w <= n; w *= 2) nodes += Math.floor(n / w);
        assert.equal(await count('log_nodes'), nodes);
        assert.equal(await count('log_checkpoints'), 2);
        assert.deepEqual(await store.checkLog(), { ok: true, size: n, checkpoints: 2 });
      });
    });

    test('checkLog names the entry whose event body was changed with SQL', async () => {
      await withStore(target.open, async (store) => {
        await loadScenario(store);
        const victim = await store.log.entry(5);
        assert.ok(victim);
        await sql`update log_entries set canonical = replace(canonical, 'Sovereignty of Ukraine', 'Sovereignty of Russia') where idx = 5`.execute(
          storeDatabase(store),
        );
        const result = await store.checkLog();
        assert.equal(result.ok, false);
        assert.ok(!result.ok);
        assert.equal(result.index, 5);
        assert.equal(result.eventId, victim.eventId);
        assert.match(result.reason, /leaf hash/);
      });
    });

    test('checkLog notices a changed salt, a changed tree node, and a non-canonical body', async () => {
      await withStore(target.open, async (store) => {
        await grow(store, [4, 4]);
        const db = storeDatabase(store);
        await sql`update log_nodes set hash = ${Buffer.alloc(32, 7)} where level = 2 and idx = 1`.execute(db);
        const node = await store.checkLog();
        assert.ok(!node.ok);
        assert.equal(node.index, 7);
        assert.match(node.reason, /tree node \(2, 1\) differs/);
        await sql`update log_nodes set hash = (select leaf_hash from log_entries where idx = 7) where level = 0 and idx = 7`.execute(
          db,
        );
      });
      await withStore(target.open, async (store) => {
        await grow(store, [3]);
        await sql`update log_entries set salt = ${Buffer.alloc(32, 1)} where idx = 1`.execute(
          storeDatabase(store),
        );
        const salt = await store.checkLog();
        assert.ok(!salt.ok);
        assert.equal(salt.index, 1);
      });
      await withStore(target.open, async (store) => {
        await grow(store, [3]);
        await sql`update log_entries set canonical = ' ' || canonical where idx = 2`.execute(
          storeDatabase(store),
        );
        const spaced = await store.checkLog();
        assert.ok(!spaced.ok);
        assert.equal(spaced.index, 2);
        assert.match(spaced.reason, /canonical/);
      });
    });

    test('checkLog detects a deleted last event and an entry appended without a checkpoint', async () => {
      await withStore(target.open, async (store) => {
        await grow(store, [2, 3]);
        await sql`delete from log_entries where idx = 4`.execute(storeDatabase(store));
        const result = await store.checkLog();
        assert.ok(!result.ok);
        assert.equal(result.index, 4);
        assert.match(result.reason, /size 5 but the log holds 4 entries/);
      });
      await withStore(target.open, async (store) => {
        await grow(store, [2]);
        // An attacker forges a whole valid-looking entry and its nodes, but cannot sign a checkpoint for it.
        const db = storeDatabase(store);
        const forged = await store.transact(async (tx) => tx.appendEvent(processEvent('forged')));
        await sql`delete from log_checkpoints where size = 3`.execute(db);
        const result = await store.checkLog();
        assert.ok(!result.ok);
        assert.equal(result.index, forged.index);
        assert.match(result.reason, /not covered by any signed checkpoint/);
      });
    });

    test('checkLog notices a swapped verifier key in the database and an extra stored node', async () => {
      await withStore(target.open, async (store) => {
        await grow(store, [3]);
        const db = storeDatabase(store);
        await db
          .insertInto('log_nodes')
          .values({ level: 5, idx: 9, hash: Buffer.alloc(32, 2) })
          .execute();
        const extra = await store.checkLog();
        assert.ok(!extra.ok);
        assert.match(extra.reason, /holds 5 tree nodes where the log has 4/);
        await sql`update log_meta set value = ${generateNoteKey(store.log.origin).verifierKey} where key = 'verifier_key'`.execute(
          db,
        );
        const swapped = await store.checkLog();
        assert.ok(!swapped.ok);
        assert.equal(swapped.index, 0);
        assert.match(swapped.reason, /verifier key recorded in the database/);
      });
    });

    test('checkLog rejects a checkpoint signed by another key, even with the right root', async () => {
      await withStore(target.open, async (store) => {
        await grow(store, [2, 3]);
        const entries = await store.log.entries(0, 10);
        const range = new CompactRange();
        for (const e of entries.slice(0, 4)) range.append(e.leafHash);
        const intruder = generateNoteKey(store.log.origin);
        const note = signNote(
          formatCheckpoint({ origin: store.log.origin, size: 4, rootHash: range.root() }),
          intruder.signerKey,
        );
        await storeDatabase(store)
          .insertInto('log_checkpoints')
          .values({ size: 4, root_hash: Buffer.from(range.root()), note })
          .execute();
        const result = await store.checkLog();
        assert.ok(!result.ok);
        assert.equal(result.index, 3);
        assert.match(
          result.reason,
          /checkpoint for size 4 is not signed by the log's key: .*\[CHECKPOINT_KEY_UNKNOWN\]/,
        );
      });
    });
  });
}
