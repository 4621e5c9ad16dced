// The demo's illustrative valuations: loaded through the command as the mediator, and giving the version page a
// meaningful analysis (the numbers below are what fixtures/valuations.json works out to; see its README).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Plan, Process, Version } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { createEnginePool, type EnginePool } from '@concord/engine';
import { analyzeVersion, type FullAnalysis } from '../commands/analyze-version.ts';
import { loadPrincipal } from '../http/principal.ts';
import { loadDemo } from './load-demo.ts';
import { loadDemoValuations, readDemoValuations } from './load-valuations.ts';

for (const target of databaseTargets()) {
  describe(`demo valuations (${target.name})`, () => {
    let store: Store;
    let engine: EnginePool;
    let process: Process;
    let plan: Plan;
    let versions: Map<string, Version>;
    before(async () => {
      store = await target.open();
      engine = createEnginePool();
      await loadDemo(store);
      [process] = (await store.processes.list()).filter((p) => p.title === 'Russia–Ukraine 2025') as [
        Process,
      ];
      [plan] = (await store.plans.listByProcess(process.id)) as [Plan];
      versions = new Map((await store.versions.listByPlan(plan.id)).map((v) => [v.label, v]));
    });
    after(async () => {
      await engine.close();
      await store.close();
    });

    const analyse = async (label: string): Promise<FullAnalysis> => {
      const version = versions.get(label);
      assert.ok(version, label);
      const result = await analyzeVersion({ store, engine }, await leadOf(store, process.id), {
        versionId: version.id,
        disagreement: 'reservation',
      });
      assert.equal(result.scope, 'full');
      return result as FullAnalysis;
    };

    test('the file says it is illustrative; every valuation is recorded by the mediator, one event each', async () => {
      assert.match(readDemoValuations().note, /^ILLUSTRATIVE ONLY\. Invented by the Concord project/);
      const size = await store.log.size();
      assert.deepEqual(await loadDemoValuations(store), { recorded: 4 });
      assert.equal(await store.log.size(), size + 4);
      const entries = await store.log.entries(size, 4);
      const lead = (await leadOf(store, process.id)) as {
        accountId: string;
        memberships: { id: string; processId: string }[];
      };
      const membership = lead.memberships.find((m) => m.processId === process.id);
      assert.ok(
        entries.every(
          (e) =>
            e.type === 'valuation.recorded' &&
            e.event.actor === `account:${lead.accountId}/membership:${membership?.id}`,
        ),
      );
      const parties = new Map((await store.parties.listByProcess(process.id)).map((p) => [p.id, p.name]));
      const valued = await store.valuations.listByPlan(plan.id);
      assert.deepEqual(valued.map((v) => parties.get(v.partyId)).sort(), [
        'E3 (United Kingdom, France, Germany)',
        'Russia',
        'Ukraine',
        'United States',
      ]);
      assert.ok(valued.every((v) => v.enteredBy === 'mediator' && v.note.startsWith('Illustrative')));
    });

    test('the 28-point draft: Ukraine and the E3 below their reservation; three points to reword', async () => {
      const a = await analyse('US 28-point draft');
      assert.deepEqual(
        a.parties.map((p) => [p.name, p.accepts]),
        [
          ['Ukraine', false],
          ['Russia', true],
          ['United States', true],
          ['E3 (United Kingdom, France, Germany)', false],
        ],
      );
      assert.deepEqual(a.incomplete, []);
      assert.deepEqual(
        a.missing.map((p) => p.name),
        ['Europe (EU / European states)', 'NATO'],
      );
      const analysis = a.analysis;
      assert.ok(analysis);
      // 5 points with three wordings, 2 with four (Geneva dropped the cap and the asset scheme) and 2 with two:
      // 3^5 · 4^2 · 2^2 packages; 5,260 give every party its reservation.
      assert.equal(analysis.outcomes, 15552);
      assert.deepEqual(analysis.acceptableToAll, { kind: 'exact', value: 5260, method: 'depth-first' });
      assert.equal(analysis.frontier.status, 'ok');
      assert.ok(analysis.frontier.points.length > 100);
      assert.ok(analysis.solutions.nash);
      const change = analysis.smallestChange;
      assert.equal(change.status, 'found');
      assert.ok(change.status === 'found');
      assert.equal(change.changed, 3);
      assert.deepEqual(
        change.changes.map((c) => c.issue),
        ['Point 6', 'Point 10', 'Point 21'],
      );
      assert.match(change.text, /800,000 in peacetime/);
    });

    test('the December framework: only Russia below its reservation; one point to restore', async () => {
      const a = await analyse('December 20-point framework');
      assert.deepEqual(
        a.parties.map((p) => p.accepts),
        [true, false, true, true],
      );
      assert.ok(Math.abs((a.parties[1]?.draftUtility ?? 0) - 0.435) < 1e-9);
      const change = a.analysis?.smallestChange;
      assert.ok(change?.status === 'found');
      assert.equal(change.changed, 1);
      assert.equal(change.changes[0]?.issue, 'Point 13 of E3 counter-draft');
      assert.ok(change.utilities.every((u, k) => u >= (a.parties[k]?.reservation ?? 1) - 1e-9));
    });
  });
}

/** The demo's lead mediator of a process, as a principal. */
async function leadOf(store: Store, processId: string) {
  const lead = (await store.memberships.listByProcess(processId)).find((m) => m.rank === 'lead');
  assert.ok(lead);
  const principal = await loadPrincipal(store, lead.accountId, { kind: 'session', id: lead.id });
  assert.ok(principal);
  return principal;
}
