// A year of simulated implementation of the Gaza plan in the demo: every incident marked illustrative, in the
// Gaza Strip, at the status its moves lead to (seven verified, one disputed with the party's reasons, two rejected,
// two still open), the monthly series running to October 2026; the early-recovery window's flows balanced as the
// ledger derives them, each disbursement released on its commitment's status; the public record lists the
// year's verified incidents and the window's totals.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fundView } from '@concord/core/fund';
import { databaseTargets, type Store } from '@concord/db';
import { readMonitoring } from '../commands/read-monitoring.ts';
import { readTransparency } from '../commands/read-transparency.ts';
import { loadDemo } from './load-demo.ts';
import { readDemoYear } from './load-year.ts';

const M = 100_000_000; // a million dollars, in cents

for (const target of databaseTargets()) {
  describe(`demo year of implementation (${target.name})`, () => {
    let store: Store;
    let processId: string;
    before(async () => {
      store = await target.open();
      await loadDemo(store, { now: () => new Date('2026-12-07T12:00:00.000Z') });
      const gaza = (await store.processes.list()).find((p) => p.title === 'Gaza 2025');
      assert.ok(gaza);
      processId = gaza.id;
    });
    after(() => store.close());

    test('the fixtures say they are illustrative', () => {
      const year = readDemoYear();
      assert.match(year.monitoring.note, /^ILLUSTRATIVE, NOT REAL/);
      assert.match(year.funds.note, /^ILLUSTRATIVE FIGURES/);
    });

    test("the year's incidents, each at the status its moves lead to, the dispute with its reason", async () => {
      const view = await readMonitoring(store.readAs(null), null, processId);
      const year = view.incidents.filter((i) => i.incident.externalId.startsWith('DEMO-Y'));
      assert.equal(year.length, 12);
      assert.ok(year.every((i) => i.incident.notes.startsWith('[ILLUSTRATIVE, NOT REAL]')));
      assert.ok(year.every((i) => i.incident.location.admin1 === 'Gaza Strip'));
      const count = (status: string) => year.filter((i) => i.status === status).length;
      assert.deepEqual(
        ['verified', 'disputed', 'rejected', 'corroborated', 'reported'].map(count),
        [7, 1, 2, 1, 1],
      );
      const disputed = year.find((i) => i.status === 'disputed');
      assert.deepEqual(
        disputed?.changes.map((c) => c.to),
        ['verified', 'disputed'],
      );
      assert.match(disputed?.changes[1]?.reason ?? '', /the party says/i);
      assert.equal(view.series.byParty.months.at(-1), '2026-10');
    });

    test("the early-recovery window's flows balance, each disbursement on its commitment's status", async () => {
      const funds = await store.funds.listByProcess(processId);
      const found = funds.find((f) => f.name.startsWith('Gaza early-recovery window'));
      assert.ok(found?.illustrative);
      const window = fundView(found);
      const kinds = window.operations.map((o) => o.kind);
      assert.deepEqual(
        ['pledge', 'payment', 'allocation', 'disbursement'].map((k) => kinds.filter((x) => x === k).length),
        [3, 6, 5, 6],
      );
      assert.deepEqual(
        window.balances.currencies.find((c) => c.currency === 'USD'),
        {
          currency: 'USD',
          pledged: 2300 * M,
          paid: 1350 * M,
          available: 150 * M,
          allocated: 1200 * M - 760 * M, // what is allocated and not yet paid out
          disbursed: 760 * M,
        },
      );
      for (const o of window.operations)
        if (o.kind === 'disbursement') assert.ok((o.statusFound ?? -1) >= o.condition.minStatus);
    });

    test("the public record lists the year's verified incidents and the window's totals", async () => {
      const record = await readTransparency(store.readAs(null), processId);
      assert.equal(record.incidents.length, 1 + 7);
      assert.ok(record.funds.some((f) => f.name.startsWith('Gaza early-recovery window')));
    });
  });
}
