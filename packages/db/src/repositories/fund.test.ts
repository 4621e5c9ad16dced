// The fund's read tables: a fund and its operations read back in log order with who recorded them, amounts of
// $100 bn in cents exact, read through the process's row; a repeated operation id fails and writes nothing; the
// tables rebuild from the log exactly.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type EventScope, newEvent, PUBLIC, uuidv7 } from '@concord/core';
import { loadScenario, type Scenario } from '../fixtures.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

const AT = '2026-02-19T10:00:00.000Z';
const HUNDRED_BN = 10_000_000_000_000;

for (const target of databaseTargets()) {
  describe(`the fund on ${target.name}`, () => {
    let store: Store;
    let s: Scenario;
    const fundId = uuidv7();
    const pledgeId = uuidv7();
    const on = (): { actor: string; at: string; scope: EventScope } => ({
      actor: 'operator',
      at: AT,
      scope: { processId: s.processId, subjectId: fundId, audience: PUBLIC },
    });
    const base = { fundId, currency: 'USD' as const, on: '2026-02-01', note: '' };
    before(async () => {
      store = await target.open();
      s = await loadScenario(store);
      const fund = {
        id: fundId,
        processId: s.processId,
        name: 'Frozen assets',
        purpose: '',
        illustrative: true,
      };
      await store.transact(async (tx) => {
        await tx.appendEvent(newEvent('fund.created', fund, on()));
        const pledge = {
          ...base,
          id: pledgeId,
          amount: HUNDRED_BN,
          donor: 'eu',
          donorName: 'European Union',
        };
        await tx.appendEvent(newEvent('fund.pledged', pledge, on()));
        const paid = { ...base, id: uuidv7(), amount: 250, donor: 'eu', flagged: false };
        await tx.appendEvent(newEvent('fund.paid', paid, on()));
        const allocated = { ...base, id: uuidv7(), amount: 200, project: 'housing', projectName: 'Housing' };
        await tx.appendEvent(newEvent('fund.allocated', allocated, on()));
        const condition = { commitmentId: uuidv7(), minStatus: 2 };
        const disbursed = {
          ...base,
          id: uuidv7(),
          amount: 100,
          project: 'housing',
          condition,
          statusFound: 3,
        };
        await tx.appendEvent(newEvent('fund.disbursed', disbursed, on()));
      });
    });
    after(() => store.close());

    test('a fund reads back with its operations in log order, who recorded them and exact amounts', async () => {
      const funds = await store.funds.listByProcess(s.processId);
      assert.equal(funds.length, 1);
      const f = funds[0];
      assert.equal(f?.name, 'Frozen assets');
      assert.equal(f?.illustrative, true);
      assert.deepEqual(
        f?.operations.map((o) => [o.kind, o.amount, o.actor, o.recordedAt]),
        [
          ['pledge', HUNDRED_BN, 'operator', AT],
          ['payment', 250, 'operator', AT],
          ['allocation', 200, 'operator', AT],
          ['disbursement', 100, 'operator', AT],
        ],
      );
      const d = f?.operations[3];
      assert.equal(d?.kind === 'disbursement' ? d.statusFound : null, 3);
      assert.deepEqual(await store.funds.get(fundId), f);
      assert.equal(await store.funds.get('not-a-uuid'), null);
      assert.equal(await store.funds.get(uuidv7()), null);
    });

    test('the public reads the fund of a public process', async () => {
      assert.equal((await store.readAs(null).funds.listByProcess(s.processId)).length, 1);
    });

    test('an operation logged twice fails in the database and writes nothing', async () => {
      const size = await store.log.size();
      const pledge = { ...base, id: pledgeId, amount: 1, donor: 'eu', donorName: 'European Union' };
      await assert.rejects(store.transact((tx) => tx.appendEvent(newEvent('fund.pledged', pledge, on()))));
      assert.equal(await store.log.size(), size);
      assert.equal((await store.funds.get(fundId))?.operations.length, 4);
    });

    test('the fund tables rebuild from the log exactly', async () => {
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });
  });
}
