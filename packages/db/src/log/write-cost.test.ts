// A one-event transaction (every API write) is bounded by its round trips, not by its rows. Counts the statements
// a one-event `transact` sends through Kysely (BEGIN and COMMIT go through the driver and are not seen): the last
// entry (size and leaf hash, to confirm the log ends where this store's last commit left it), then read-table row
// + entry + nodes + checkpoint together; on PostgreSQL the writer lock first. An update of a read-table row goes
// alone (its row count is checked), one statement more. When the log ends elsewhere
// (another writer appended, or the history was replaced behind the store's back) the right edge is read from the
// stored nodes, one statement more; the appends still land at the right index and the tree still checks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newEvent, uuidv7 } from '@concord/core';
import { MemoryTree, verifyCheckpoint } from '@concord/ledger';
import type { KyselyPlugin } from 'kysely';
import { storeDatabase } from '../create-store.ts';
import { StoreError } from '../errors.ts';
import type { Store } from '../store.ts';
import { databaseTargets, openSibling } from '../testing.ts';

/** Events in these tests carry a fixed time: commands take theirs from an injected clock. */
const TEST_AT = '2025-11-20T09:00:00.000Z';

class QueryCounter implements KyselyPlugin {
  queries = 0;
  transformQuery: KyselyPlugin['transformQuery'] = (args) => args.node;
  transformResult: KyselyPlugin['transformResult'] = async (args) => {
    this.queries += 1;
    return args.result;
  };
  async measure<T>(work: () => Promise<T>): Promise<{ value: T; queries: number }> {
    const before = this.queries;
    const value = await work();
    return { value, queries: this.queries - before };
  }
}

const processEvent = (title: string) =>
  newEvent(
    'process.created',
    { id: uuidv7(), title, description: '', createdAt: '2025-11-20T09:00:00.000Z' },
    { actor: 'test', at: TEST_AT },
  );

const appendOne = (store: Store, title: string) =>
  store.transact((tx) => tx.appendEvent(processEvent(title)));

/** The root over every stored leaf, recomputed in memory, must be the root the last checkpoint signed. */
async function assertTreeMatchesCheckpoint(store: Store): Promise<number> {
  const tree = new MemoryTree();
  for (let from = 0; ; from += 1000) {
    const page = await store.log.entries(from, 1000);
    for (const entry of page) tree.append(entry.leafHash);
    if (page.length < 1000) break;
  }
  const checkpoint = verifyCheckpoint((await store.log.latestCheckpoint()).note, store.log.verifierKey);
  assert.equal(checkpoint.size, tree.size);
  assert.deepEqual(checkpoint.rootHash, tree.root(tree.size));
  return tree.size;
}

async function rowCount(store: Store, table: 'log_entries' | 'log_nodes' | 'log_checkpoints' | 'processes') {
  const db = storeDatabase(store);
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const target of databaseTargets()) {
  describe(`write cost on ${target.name}`, () => {
    const base = target.name === 'postgres' ? 3 : 2;

    test(`a one-event write takes ${base} statements, one more after another writer appended`, async () => {
      const counter = new QueryCounter();
      const store = await target.open({ plugins: [counter] });
      const sibling = await openSibling(store);
      try {
        for (let i = 0; i < 5; i++) {
          const { value: entry, queries } = await counter.measure(() => appendOne(store, `own ${i}`));
          assert.equal(entry.index, i);
          assert.equal(queries, base, `write ${i} took ${queries} statements`);
        }
        await sibling.transact(async (tx) => {
          for (let i = 0; i < 3; i++) await tx.appendEvent(processEvent(`other ${i}`));
        });
        const after = await counter.measure(() => appendOne(store, 'after the other writer'));
        assert.equal(after.value.index, 8, 'appended after the other writer, not over it');
        assert.equal(after.queries, base + 1, 'the right edge is read again at the real size');
        const next = await counter.measure(() => appendOne(store, 'then as usual'));
        assert.equal(next.value.index, 9);
        assert.equal(next.queries, base);
        const renamed = newEvent(
          'process.updated',
          { id: (next.value.event.data as { id: string }).id, changes: { title: 'renamed' } },
          { actor: 'test', at: TEST_AT },
        );
        const update = await counter.measure(() => store.transact((tx) => tx.appendEvent(renamed)));
        assert.equal(update.value.index, 10);
        assert.equal(update.queries, base + 1, 'an update is its own statement');
        assert.equal((await store.processes.get(renamed.data.id))?.title, 'renamed');
        await appendOne(sibling, 'the other writer again');
        assert.equal((await appendOne(store, 'last')).index, 12);
        assert.equal(await assertTreeMatchesCheckpoint(store), 13);
        assert.deepEqual(await store.checkLog(), { ok: true, size: 13, checkpoints: 12 });
        assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
      } finally {
        await sibling.close();
        await store.close();
      }
    });

    test('a process and its party in one write: one statement, the foreign key checked at its end', async () => {
      const counter = new QueryCounter();
      const store = await target.open({ plugins: [counter] });
      try {
        await appendOne(store, 'warm-up');
        const process = processEvent('with a party');
        const party = (processId: string) =>
          newEvent(
            'party.created',
            { id: uuidv7(), processId, name: 'Party A', kind: 'party', aliases: [] },
            { actor: 'test', at: TEST_AT },
          );
        const both = await counter.measure(() =>
          store.transact(async (tx) => {
            await tx.appendEvent(process);
            return tx.appendEvent(party(process.data.id));
          }),
        );
        assert.equal(both.value.index, 2);
        assert.equal(both.queries, base);
        assert.deepEqual(
          (await store.parties.listByProcess(process.data.id)).map((p) => p.name),
          ['Party A'],
        );
        // A party of a process that does not exist is still the event's conflict, and nothing is kept.
        await assert.rejects(
          store.transact(async (tx) => {
            await tx.appendEvent(processEvent('kept only with a valid party'));
            await tx.appendEvent(party(uuidv7()));
          }),
          { name: 'StoreError', code: 'CONFLICT' },
        );
        assert.equal(await store.log.size(), 3);
        assert.equal(await rowCount(store, 'processes'), 2);
        assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
      } finally {
        await store.close();
      }
    });

    test('a log that ends elsewhere at the same size is read again, not resumed', async () => {
      const counter = new QueryCounter();
      const store = await target.open({ plugins: [counter] });
      const sibling = await openSibling(store);
      try {
        for (let i = 0; i < 3; i++) await appendOne(store, `own ${i}`);
        // Entry 2 vanishes (as in a restore from an older backup) and another writer appends a different one.
        const db = storeDatabase(store);
        const gone = await store.log.entry(2);
        assert.ok(gone);
        await db.deleteFrom('log_checkpoints').where('size', '=', 3).execute();
        await db.deleteFrom('log_nodes').where('level', '=', 0).where('idx', '=', 2).execute();
        await db.deleteFrom('log_entries').where('idx', '=', 2).execute();
        await db
          .deleteFrom('processes')
          .where('id', '=', (gone.event.data as { id: string }).id)
          .execute();
        assert.equal((await appendOne(sibling, 'the replacement')).index, 2);
        const next = await counter.measure(() => appendOne(store, 'after the replacement'));
        assert.equal(next.value.index, 3);
        assert.equal(
          next.queries,
          base + 1,
          'the right edge is read again: the last leaf is not the one left',
        );
        assert.equal(await assertTreeMatchesCheckpoint(store), 4);
        assert.deepEqual(
          await store.checkLog(),
          { ok: true, size: 4, checkpoints: 5 },
          'sizes 0, 1, 2, 3, 4',
        );
      } finally {
        await sibling.close();
        await store.close();
      }
    });

    test("a clash on a stored node or checkpoint is the database's error, not the event's conflict", async () => {
      const store = await target.open();
      try {
        await appendOne(store, 'first');
        const db = storeDatabase(store);
        const counts = async () =>
          Promise.all(
            (['log_entries', 'log_nodes', 'log_checkpoints', 'processes'] as const).map((t) =>
              rowCount(store, t),
            ),
          );
        // As if the next checkpoint, then the next leaf node, had been written behind the store's back.
        await db
          .insertInto('log_checkpoints')
          .values({ size: 2, root_hash: new Uint8Array(32), note: 'planted' })
          .execute();
        const planted = await counts();
        const isDatabaseError = (error: unknown) =>
          !(error instanceof StoreError) && (error as { code?: unknown }).code === '23505';
        await assert.rejects(appendOne(store, 'second'), isDatabaseError);
        assert.deepEqual(await counts(), planted, 'nothing of the refused write is kept');
        await db.deleteFrom('log_checkpoints').where('size', '=', 2).execute();
        await db
          .insertInto('log_nodes')
          .values({ level: 0, idx: 1, hash: new Uint8Array(32) })
          .execute();
        await assert.rejects(appendOne(store, 'second'), isDatabaseError);
        await db.deleteFrom('log_nodes').where('level', '=', 0).where('idx', '=', 1).execute();
        assert.equal((await appendOne(store, 'second')).index, 1);
        assert.deepEqual(await store.checkLog(), { ok: true, size: 2, checkpoints: 3 });
      } finally {
        await store.close();
      }
    });
  });
}
