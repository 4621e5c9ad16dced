// The demo's guarantee: loaded with the rest of the demo, the Gaza plan's rule on point 4 opens a case when the
// 72 hours end (the remains of most deceased hostages not returned) and, with nobody deciding, runs through its
// steps to the fallback by default, each change logged at the moment it took effect; a later run (a server
// started on the demo's log) logs nothing more.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { runGuarantees } from '../commands/run-guarantees.ts';
import { loadDemo } from './load-demo.ts';

for (const target of databaseTargets()) {
  describe(`demo guarantees (${target.name})`, () => {
    let store: Store;
    let gaza: string;
    before(async () => {
      store = await target.open();
      await loadDemo(store);
      gaza = (await store.processes.list()).find((p) => p.title === 'Gaza 2025')?.id ?? '';
    });
    after(() => store.close());

    test("the Gaza rule's case runs to its default outcome on the demo's dates", async () => {
      const changes = await store.guarantees.changes(gaza);
      assert.deepEqual(
        changes.map((c) => `${c.change.at} ${c.change.kind}${'step' in c.change ? ` ${c.change.step}` : ''}`),
        [
          '2025-10-13T09:00:00.000Z opened',
          '2025-10-13T09:00:00.000Z step-entered notice',
          '2025-10-14T09:00:00.000Z defaulted notice',
          '2025-10-14T09:00:00.000Z step-entered cure-period',
          '2025-10-21T09:00:00.000Z defaulted cure-period',
          '2025-10-21T09:00:00.000Z step-entered board-finding',
          '2025-10-31T09:00:00.000Z defaulted board-finding',
          '2025-10-31T09:00:00.000Z consequence',
          '2025-10-31T09:00:00.000Z closed',
        ],
      );
      assert.ok(
        changes.every((c) => c.loggedAt === c.change.at),
        'each logged when it took effect',
      );
      const last = changes.at(-1)?.change;
      assert.equal(last?.kind === 'closed' && last.outcome, 'fallback');
    });

    test('a server started later on the demo log logs nothing more', async () => {
      const size = await store.log.size();
      const runs = await runGuarantees(store, () => new Date('2026-12-01T00:00:00.000Z'));
      assert.deepEqual(
        runs.map((r) => [r.logged, r.diverged]),
        [[0, []]],
      );
      assert.equal(await store.log.size(), size);
    });
  });
}
