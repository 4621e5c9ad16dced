// Shared behaviour suite: runs against every database target (PGlite here; PostgreSQL in CI).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  Commitment,
  newEvent,
  Party,
  Plan,
  Point,
  Process,
  uuidv7,
  Version,
  VersionWithdrawal,
} from '@concord/core';
import { storeDatabase } from './create-store.ts';
import { loadScenario, type Scenario } from './fixtures.ts';
import type { Store } from './store.ts';
import { databaseTargets, openSibling } from './testing.ts';

/** Events in these tests carry a fixed time: commands take theirs from an injected clock. */
const TEST_AT = '2025-11-20T09:00:00.000Z';

const processEvent = (title = 'P') =>
  newEvent(
    'process.created',
    { id: uuidv7(), title, description: '', createdAt: '2025-11-20T09:00:00.000Z' },
    { actor: 'test', at: TEST_AT },
  );

async function counts(store: Store) {
  const db = storeDatabase(store);
  const count = async (table: 'log_entries' | 'log_nodes' | 'log_checkpoints' | 'processes' | 'parties') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    entries: await count('log_entries'),
    nodes: await count('log_nodes'),
    checkpoints: await count('log_checkpoints'),
    processes: await count('processes'),
    parties: await count('parties'),
  };
}

for (const target of databaseTargets()) {
  describe(`store on ${target.name}`, () => {
    let store: Store;
    let scenario: Scenario;
    before(async () => {
      store = await target.open();
      scenario = await loadScenario(store);
    });
    after(() => store.close());

    test('a new log starts at size 0 with a signed checkpoint, then one checkpoint per transaction', async () => {
      const fresh = await target.open();
      try {
        assert.equal(await fresh.log.size(), 0);
        assert.equal((await fresh.log.latestCheckpoint()).size, 0);
        assert.deepEqual(await counts(fresh), {
          entries: 0,
          nodes: 0,
          checkpoints: 1,
          processes: 0,
          parties: 0,
        });
      } finally {
        await fresh.close();
      }
      const checkpoint = await store.log.latestCheckpoint();
      assert.equal(checkpoint.size, await store.log.size());
      assert.equal((await counts(store)).checkpoints, 1 + 5);
    });

    test('repositories return valid core entities, points in reading order', async () => {
      const [process] = await store.processes.list();
      assert.ok(process);
      assert.deepEqual(Process.parse(process), process);
      assert.equal(process.description, 'Talks in Geneva');
      const parties = await store.parties.listByProcess(scenario.processId);
      assert.equal(parties.length, 3);
      for (const p of parties) assert.deepEqual(Party.parse(p), p);
      assert.deepEqual((await store.parties.get(scenario.partyIds.ukraine))?.aliases, ['Kyiv']);
      const plan = await store.plans.get(scenario.planId);
      assert.deepEqual(plan && Plan.parse(plan), plan);
      assert.equal(plan?.title, 'Framework');
      assert.equal((await store.plans.listByProcess(scenario.processId)).length, 1);
      const versions = await store.versions.listByPlan(scenario.planId);
      assert.deepEqual(
        versions.map((v) => [v.label, v.parentVersionId]),
        [
          ['28-point draft', null],
          ['E3 counter-draft', scenario.draft.version.id],
        ],
      );
      // a version as stored also says whether it was withdrawn
      for (const v of versions) {
        const { withdrawal, ...version } = v;
        assert.deepEqual(Version.parse(version), version);
        assert.equal(withdrawal === null || VersionWithdrawal.safeParse(withdrawal).success, true);
      }
      const draft = await store.versions.get(scenario.draft.version.id);
      assert.equal(draft?.status, 'final');
      assert.equal(draft?.issuedOn, null);
      const points = await store.points.listByVersion(scenario.draft.version.id);
      assert.deepEqual(
        points.map((p) => p.number),
        ['1', '6', '2.a', '3'],
      );
      for (const p of points) assert.deepEqual(Point.parse(p), p);
      assert.deepEqual(points[1]?.text, { en: 'Armed forces capped.', uk: 'Обмеження чисельності.' });
      assert.deepEqual(points[1]?.quantities, [{ value: 600000, unit: 'personnel', text: '600,000' }]);
      const counterPoints = await store.points.listByVersion(scenario.counter.version.id);
      assert.deepEqual(
        counterPoints.map((p) => p.lineageId),
        [
          scenario.draft.points[0]?.lineageId,
          scenario.draft.points[1]?.lineageId,
          scenario.draft.points[3]?.lineageId,
        ],
      );
      const commitments = await store.commitments.listByVersion(scenario.draft.version.id);
      assert.equal(commitments.length, 2);
      for (const c of commitments) assert.deepEqual(Commitment.parse(c), c);
      assert.deepEqual(commitments[0]?.due, { date: '2026-01-01' });
      assert.deepEqual(commitments[1]?.due, { event: 'a finding' });
      assert.equal((await store.commitments.listByVersion(scenario.counter.version.id)).length, 1);
      assert.equal(await store.points.get(uuidv7()), null);
      assert.equal(await store.commitments.get(uuidv7()), null);
      assert.equal(await store.processes.get(uuidv7()), null);
    });

    test('every entity carries the index of the last entry that changed it', async () => {
      const entries = await store.log.entries(0, 100);
      const indexOf = (type: string) => entries.find((e) => e.type === type)?.index;
      assert.equal((await store.processes.get(scenario.processId))?.logIndex, indexOf('process.updated'));
      assert.equal((await store.parties.get(scenario.partyIds.russia))?.logIndex, 2);
      assert.equal(
        (await store.versions.get(scenario.counter.version.id))?.logIndex,
        entries.filter((e) => e.type === 'version.created')[1]?.index,
      );
    });

    test('log entries hold the event as hashed, and read back in order', async () => {
      const size = await store.log.size();
      const entries = await store.log.entries(0, 1000);
      assert.equal(entries.length, size);
      assert.deepEqual(
        entries.map((e) => e.index),
        [...Array(size).keys()],
      );
      const third = await store.log.entry(2);
      assert.deepEqual(third, entries[2]);
      assert.equal(third?.event.id, third?.eventId);
      assert.equal(JSON.stringify(JSON.parse(third?.canonical ?? '')), third?.canonical);
      assert.equal(third?.salt.length, 32);
      assert.equal(await store.log.entry(size), null);
      assert.deepEqual(await store.log.entries(size, 10), []);
      assert.equal((await store.log.entries(1, 2)).length, 2);
      await assert.rejects(store.log.entry(-1), { code: 'BAD_INPUT' });
      await assert.rejects(store.log.entries(0, 1.5), { code: 'BAD_INPUT' });
    });

    test('checkLog and rebuildProjections agree with a realistic history', async () => {
      const size = await store.log.size();
      assert.deepEqual(await store.checkLog(), { ok: true, size, checkpoints: 6 });
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });

    test('concurrent transactions never interleave: dense indexes, all writes kept, a checkpoint per group', async () => {
      const before = await counts(store);
      const start = await store.log.size();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.transact(async (tx) => {
            const size = await tx.log.size();
            await new Promise((r) => setTimeout(r, i % 3));
            const entry = await tx.appendEvent(processEvent(`concurrent ${i}`));
            assert.equal(entry.index, size, 'index is the size seen at the start of the transaction');
            return entry.index;
          }),
        ),
      );
      assert.deepEqual(
        [...results].sort((a, b) => a - b),
        Array.from({ length: 20 }, (_, i) => start + i),
      );
      const after = await counts(store);
      assert.equal(after.entries, before.entries + 20);
      // Concurrent writers are committed in groups (log/write-groups.ts): one checkpoint per group, not per write.
      const groups = after.checkpoints - before.checkpoints;
      assert.ok(groups >= 1 && groups < 20, `${groups} checkpoints`);
      assert.equal(after.processes, before.processes + 20);
      const titles = (await store.processes.list()).map((p) => p.title);
      for (let i = 0; i < 20; i++) assert.ok(titles.includes(`concurrent ${i}`));
      assert.equal((await store.checkLog()).ok, true);
    });

    test('a failing command leaves nothing: no entry, node, checkpoint or row; others beside it are kept', async () => {
      const before = await counts(store);
      const size = await store.log.size();
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          store.transact(async (tx) => {
            await tx.appendEvent(processEvent(`maybe ${i}`));
            await tx.appendEvent(processEvent(`maybe ${i} again`));
            if (i % 2 === 1) throw new Error(`command ${i} refused`);
          }),
        ),
      );
      assert.deepEqual(
        outcomes.map((o) => o.status),
        Array.from({ length: 10 }, (_, i) => (i % 2 ? 'rejected' : 'fulfilled')),
      );
      const rejected = outcomes[1] as PromiseRejectedResult;
      assert.match(String(rejected.reason), /command 1 refused/);
      const after = await counts(store);
      assert.equal(after.entries, before.entries + 10);
      assert.equal(after.processes, before.processes + 10);
      const groups = after.checkpoints - before.checkpoints;
      assert.ok(groups >= 1 && groups <= 5, `${groups} checkpoints`);
      assert.equal(await store.log.size(), size + 10);
      const titles = (await store.processes.list()).map((p) => p.title);
      assert.ok(titles.includes('maybe 0') && !titles.includes('maybe 1'));
      assert.deepEqual(await store.checkLog(), { ok: true, size: size + 10, checkpoints: after.checkpoints });
    });

    test('an invalid or conflicting event is refused with a coded error and changes nothing', async () => {
      const before = await counts(store);
      await assert.rejects(
        store.transact((tx) => tx.appendEvent({ ...processEvent(), actor: '' } as never)),
        { name: 'StoreError', code: 'BAD_INPUT' },
      );
      const orphan = newEvent(
        'party.created',
        { id: uuidv7(), processId: uuidv7(), name: 'Nobody', kind: 'observer', aliases: [] },
        { actor: 'test', at: TEST_AT },
      );
      await assert.rejects(
        store.transact(async (tx) => {
          await tx.appendEvent(processEvent('kept only if the party were valid'));
          await tx.appendEvent(orphan);
        }),
        { name: 'StoreError', code: 'CONFLICT' },
      );
      await assert.rejects(
        store.transact((tx) =>
          tx.appendEvent(
            newEvent(
              'process.updated',
              { id: uuidv7(), changes: { title: 'X' } },
              { actor: 'test', at: TEST_AT },
            ),
          ),
        ),
        { code: 'CONFLICT' },
      );
      const duplicate = processEvent('dup');
      await store.transact((tx) => tx.appendEvent(duplicate));
      const afterFirst = await counts(store);
      await assert.rejects(
        store.transact((tx) => tx.appendEvent({ ...duplicate, data: { ...duplicate.data, id: uuidv7() } })),
        { code: 'CONFLICT' },
      );
      assert.deepEqual(await counts(store), afterFirst);
      assert.equal(afterFirst.entries, before.entries + 1);
    });

    test('reads inside a transaction see its own appends; reads outside see them after commit', async () => {
      const event = processEvent('seen inside');
      const size = await store.log.size();
      const appended = await store.transact(async (tx) => {
        const entry = await tx.appendEvent(event);
        assert.equal((await tx.processes.get(event.data.id))?.title, 'seen inside');
        assert.equal(await tx.log.size(), size + 1);
        assert.equal((await tx.log.entry(size))?.eventId, event.id);
        return entry;
      });
      assert.equal((await store.processes.get(event.data.id))?.logIndex, size);
      assert.deepEqual(await store.log.entry(size), appended, 'the returned entry is what is stored');
    });

    test('two independent writers on one database append in order (as two server processes would)', async () => {
      const sibling = await openSibling(store);
      try {
        const start = await store.log.size();
        const writes = Array.from({ length: 16 }, (_, i) =>
          (i % 2 ? sibling : store).transact(async (tx) => {
            const size = await tx.log.size();
            await new Promise((r) => setTimeout(r, i % 3));
            const entry = await tx.appendEvent(processEvent(`writer ${i % 2} #${i}`));
            assert.equal(entry.index, size);
            return entry.index;
          }),
        );
        const indexes = (await Promise.all(writes)).sort((a, b) => a - b);
        assert.deepEqual(
          indexes,
          Array.from({ length: 16 }, (_, i) => start + i),
        );
        assert.deepEqual(await sibling.checkLog(), await store.checkLog());
        assert.equal((await store.checkLog()).ok, true);
      } finally {
        await sibling.close();
      }
    });

    test('a transaction that appends nothing signs no checkpoint', async () => {
      const before = await counts(store);
      assert.equal(await store.transact(async (tx) => (await tx.processes.list()).length > 0), true);
      assert.deepEqual(await counts(store), before);
    });
  });
}
