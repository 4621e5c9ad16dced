// Group commit on both stores: concurrent writers share transactions and checkpoints, each is refused alone, the
// log stays dense and checks, and a lone writer still gets a transaction and a checkpoint of its own.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newEvent, uuidv7 } from '@concord/core';
import { sql } from 'kysely';
import { storeDatabase } from '../create-store.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';
import { writeGroups } from './write-groups.ts';

const AT = '2025-11-20T09:00:00.000Z';
const processEvent = (title: string, id = uuidv7()) =>
  newEvent('process.created', { id, title, description: '', createdAt: AT }, { actor: 'test', at: AT });

async function count(store: Store, table: 'log_entries' | 'log_checkpoints' | 'processes'): Promise<number> {
  const row = await storeDatabase(store)
    .selectFrom(table)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function logCheck(store: Store): Promise<{ ok: boolean; size?: number }> {
  const result = await store.checkLog();
  return result.ok ? { ok: true, size: result.size } : result;
}

for (const target of databaseTargets()) {
  describe(`group commit (${target.name})`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(() => store.close());

    test('fifty concurrent writers: every one acknowledged, in fewer transactions than writes', async () => {
      const entries = await count(store, 'log_entries');
      const checkpoints = await count(store, 'log_checkpoints');
      const acked = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          store.transact((tx) => tx.appendEvent(processEvent(`Concurrent ${i}`))),
        ),
      );
      assert.deepEqual(
        acked.map((e) => e.index).sort((a, b) => a - b),
        Array.from({ length: 50 }, (_, i) => entries + i),
      );
      assert.equal(await count(store, 'log_entries'), entries + 50);
      const groups = (await count(store, 'log_checkpoints')) - checkpoints;
      assert.ok(groups >= 1 && groups < 50, `${groups} checkpoints for 50 concurrent writes`);
      assert.deepEqual(await logCheck(store), { ok: true, size: entries + 50 });
    });

    test('in a group, a writer that throws after appending is refused alone; the others are kept', async () => {
      const entries = await count(store, 'log_entries');
      const processes = await count(store, 'processes');
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) =>
          store.transact(async (tx) => {
            const id = uuidv7();
            const entry = await tx.appendEvent(processEvent(`Group ${i}`, id));
            // Its read sees its own append (the rows are written before any read).
            if ((await tx.processes.get(id)) === null) throw new Error(`writer ${i} lost its own write`);
            if (i % 4 === 1) throw new Error(`writer ${i} changed its mind`);
            return entry.index;
          }),
        ),
      );
      const refused = results.filter((r) => r.status === 'rejected');
      assert.deepEqual(
        refused.map((r) => (r as PromiseRejectedResult).reason.message),
        ['writer 1 changed its mind', 'writer 5 changed its mind', 'writer 9 changed its mind'],
      );
      const kept = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      assert.deepEqual(
        kept.sort((a, b) => a - b),
        Array.from({ length: 9 }, (_, i) => entries + i),
        'indexes stay dense: the refused writers left no gap',
      );
      assert.equal(await count(store, 'processes'), processes + 9);
      assert.deepEqual(await logCheck(store), { ok: true, size: entries + 9 });
    });

    test('a writer whose rows conflict (a duplicate id) is refused alone, not the writer after it', async () => {
      const taken = uuidv7();
      await store.transact((tx) => tx.appendEvent(processEvent('Taken', taken)));
      const entries = await count(store, 'log_entries');
      const results = await Promise.allSettled([
        store.transact((tx) => tx.appendEvent(processEvent('Before'))),
        store.transact((tx) => tx.appendEvent(processEvent('Duplicate', taken))),
        store.transact((tx) => tx.appendEvent(processEvent('After'))),
      ]);
      assert.deepEqual(
        results.map((r) => r.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      );
      assert.match(String((results[1] as PromiseRejectedResult).reason), /conflicts with stored data/);
      assert.equal(await count(store, 'log_entries'), entries + 2);
      assert.deepEqual(await logCheck(store), { ok: true, size: entries + 2 });
    });

    test('a lone writer has its own transaction and checkpoint, and a throw keeps nothing', async () => {
      const checkpoints = await count(store, 'log_checkpoints');
      for (let i = 0; i < 3; i++) await store.transact((tx) => tx.appendEvent(processEvent(`Alone ${i}`)));
      assert.equal(await count(store, 'log_checkpoints'), checkpoints + 3);
      const entries = await count(store, 'log_entries');
      await assert.rejects(
        store.transact(async (tx) => {
          await tx.appendEvent(processEvent('Regretted'));
          throw new Error('no');
        }),
        /no/,
      );
      assert.equal(await count(store, 'log_entries'), entries);
    });
  });
}

for (const target of databaseTargets())
  test(`writeGroup 1 commits each write alone, as before group commit (${target.name})`, async () => {
    const store = await target.open({ writeGroup: 1 });
    try {
      const checkpoints = await count(store, 'log_checkpoints');
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          store.transact((tx) => tx.appendEvent(processEvent(`One ${i}`))),
        ),
      );
      assert.equal(await count(store, 'log_checkpoints'), checkpoints + 10);
    } finally {
      await store.close();
    }
  });

for (const target of databaseTargets())
  test(`closing the store first commits the writes it already accepted (${target.name})`, async () => {
    const store = await target.open();
    const pending = Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        store.transact((tx) => tx.appendEvent(processEvent(`Closing ${i}`))),
      ),
    );
    await store.close();
    assert.equal((await pending).length, 5);
    await assert.rejects(
      store.transact((tx) => tx.appendEvent(processEvent('Too late'))),
      /closed/,
    );
  });

describe('write groups', () => {
  test('a group holds at least one write', () => {
    assert.throws(() => writeGroups(async () => {}, 0), RangeError);
  });

  test('a failed commit answers every writer of the group with its error, none acknowledged', async () => {
    let calls = 0;
    const groups = writeGroups(async (body) => {
      calls++;
      const writer = { flush: async () => {}, mark: () => ({}), reset: () => {} };
      await body({ trx: undefined as never, writer: writer as never, savepoint: async () => {} });
      if (calls === 2) throw new Error('disk full');
    });
    assert.equal(await groups.submit(async () => 'alone'), 'alone');
    const rest = [groups.submit(async () => 'a'), groups.submit(async () => 'b')];
    const settled = await Promise.allSettled(rest);
    assert.deepEqual(
      settled.map((s) => (s.status === 'rejected' ? (s.reason as Error).message : s.value)),
      ['disk full', 'disk full'],
    );
  });
});
