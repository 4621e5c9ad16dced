// The demo's positions: Ukraine's earlier rejections of the army cap, the NATO ban and the territory point are
// flagged in the 28-point draft; its Geneva positions stay its own; Russia's are the mediator's entries.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { readPositionMatrix } from '../commands/read-positions.ts';
import { loadPrincipal } from '../http/principal.ts';
import { loadDemo } from './load-demo.ts';
import { readDemoPositions } from './load-positions.ts';

for (const target of databaseTargets()) {
  describe(`demo positions (${target.name})`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await loadDemo(store);
    });
    after(() => store.close());

    const matrixAs = async (handle: string | null) => {
      const account = handle === null ? null : await store.accounts.byHandle(handle);
      const principal =
        account && (await loadPrincipal(store, account.id, { kind: 'session', id: uuidv7() }));
      const process = (await store.processes.list()).find((p) => p.title === 'Russia–Ukraine 2025');
      const plan = process && (await store.plans.listByProcess(process.id))[0];
      const us28 =
        plan && (await store.versions.listByPlan(plan.id)).find((v) => v.label.includes('28-point'));
      assert.ok(us28);
      const m = await readPositionMatrix(store.readAs(principal ?? null), principal ?? null, us28.id);
      const partyId = (name: string) => m.parties.find((p) => p.name === name)?.id;
      const row = (n: string) => m.points.find((r) => r.number === n && r.parentPointId === null);
      const cell = (n: string, party: string) => row(n)?.cells.find((c) => c.partyId === partyId(party));
      return { m, row, cell };
    };

    test('every position of the fixture is recorded', async () => {
      const entries = await store.log.entries(0, 1000);
      const recorded = entries.filter((e) => e.type === 'position.recorded');
      assert.equal(recorded.length, readDemoPositions().positions.length);
    });

    test('Ukraine sees points 6, 7 and 21 of the 28-point draft flagged, each citing its earlier rejection', async () => {
      const { cell, row } = await matrixAs('demo-ukraine');
      const cited = (n: string) => {
        const flag = cell(n, 'Ukraine')?.resurfaced;
        return flag && [flag.rejection.takenOn, flag.rejection.stance, flag.versionLabel, flag.change];
      };
      assert.deepEqual(cited('6'), ['2025-02-15', 'rejects', 'US 28-point draft', 'unchanged']);
      assert.deepEqual(cited('7'), ['2019-02-07', 'red-line', 'US 28-point draft', 'unchanged']);
      assert.deepEqual(cited('21'), ['2025-08-16', 'red-line', 'US 28-point draft', 'unchanged']);
      // Its current position is the Geneva one; point 26 is rejected at Geneva, in the draft itself: not resurfaced.
      assert.equal(cell('6', 'Ukraine')?.position?.takenOn, '2025-11-23');
      assert.equal(cell('26', 'Ukraine')?.resurfaced, null);
      assert.equal(row('21')?.contested, true);
    });

    test('Russia reads what Ukraine published, never its Geneva positions; Ukraine never reads Russia’s', async () => {
      const russia = await matrixAs('demo-russia');
      assert.equal(russia.cell('6', 'Ukraine')?.position?.takenOn, '2025-02-15');
      assert.equal(russia.cell('26', 'Ukraine')?.position, null);
      assert.equal(russia.cell('6', 'Russia')?.position?.stance, 'supports');
      const ukraine = await matrixAs('demo-ukraine');
      assert.equal(ukraine.cell('6', 'Russia')?.position, null);
      // The E3 was not briefed on the draft: for its observer, the draft and its positions do not exist.
      await assert.rejects(matrixAs('demo-e3'), /no version/);
    });
  });
}
