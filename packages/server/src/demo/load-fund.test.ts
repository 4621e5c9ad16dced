// The demo's funds: the 28-point draft's frozen assets and Gaza's reconstruction, loaded through the commands on
// both stores, marked illustrative, with Europe's and the frozen assets' $100 bn pledges, a World Bank payment
// above its pledge flagged, and disbursements only where the Gaza ceasefire's status met their condition.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fundView } from '@concord/core/fund';
import { databaseTargets, type Store } from '@concord/db';
import { loadDemo } from './load-demo.ts';
import { readDemoFunds } from './load-fund.ts';

for (const target of databaseTargets()) {
  describe(`demo funds (${target.name})`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await loadDemo(store);
    });
    after(() => store.close());

    test('the fixture says its figures are illustrative', () => {
      assert.match(readDemoFunds().note, /^ILLUSTRATIVE FIGURES/);
    });

    test('each process has its fund, illustrative, balanced as the fixture says', async () => {
      const processes = await store.processes.list();
      // This file's funds (the year of simulated implementation adds one of its own: load-year.test.ts).
      const named = new Set(readDemoFunds().funds.map((f) => f.name));
      const funds = (await Promise.all(processes.map((p) => store.funds.listByProcess(p.id))))
        .flat()
        .filter((f) => named.has(f.name));
      assert.equal(funds.length, 2);
      assert.ok(funds.every((f) => f.illustrative));
      const [frozen, gaza] = funds
        .map(fundView)
        .sort((a, b) => a.name.localeCompare(b.name))
        .reverse();
      assert.match(frozen?.name ?? '', /frozen assets/);
      assert.deepEqual(
        frozen?.balances.donors.map((d) => [d.donor, d.pledged]),
        [
          ['frozen-assets', 10_000_000_000_000],
          ['europe', 10_000_000_000_000],
        ],
      );
      const usd = gaza?.balances.currencies.find((c) => c.currency === 'USD');
      assert.deepEqual(usd, {
        currency: 'USD',
        pledged: 600_000_000_000,
        paid: 245_000_000_000,
        available: 95_000_000_000,
        allocated: 125_000_000_000,
        disbursed: 25_000_000_000,
      });
      assert.equal(gaza?.balances.donors.find((d) => d.donor === 'world-bank')?.overpaid, 25_000_000_000);
      assert.ok(gaza?.journal.some((e) => e.flagged));
      const disbursed = gaza?.operations.filter((o) => o.kind === 'disbursement') ?? [];
      assert.deepEqual(
        disbursed.map((o) => (o.kind === 'disbursement' ? o.statusFound : null)),
        [2, 2],
      );
    });
  });
}
