// The demo's councils: the Board of Peace decides by a majority with its Chairman's approval (its funding motion
// passed; a finding awaits the demo council account's seat), and the Peace Council of the 28-point draft, deciding
// by consensus, fails to reinstate sanctions because Russia, the accused, votes against.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { readCouncils } from '../commands/read-councils.ts';
import { loadPrincipal } from '../http/principal.ts';
import { readDemoCouncils } from './load-councils.ts';
import { loadDemo } from './load-demo.ts';

for (const target of databaseTargets()) {
  describe(`demo councils (${target.name})`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await loadDemo(store, { now: () => new Date('2026-12-07T12:00:00.000Z') });
    });
    after(() => store.close());

    const councilsOf = async (title: string, handle: string | null = null) => {
      const process = (await store.processes.list()).find((p) => p.title.startsWith(title));
      assert.ok(process, title);
      const account = handle === null ? null : await store.accounts.byHandle(handle);
      const principal =
        account && (await loadPrincipal(store, account.id, { kind: 'session', id: uuidv7() }));
      return readCouncils(store.readAs(principal ?? null), principal ?? null, process.id);
    };

    test('the Board of Peace: its funding motion passed with the Chairman, a finding still open; read by the public', async () => {
      const [board] = await councilsOf('Gaza');
      assert.equal(board?.name, 'Board of Peace');
      assert.equal(board?.rule.kind, 'majority-with-chair-approval');
      const [funding, finding] = board?.motions ?? [];
      assert.equal(funding?.outcome.result, 'passed');
      assert.deepEqual(funding?.outcome.tally, { for: 5, against: 0, abstain: 1, notVoted: 0, eligible: 6 });
      assert.ok(funding?.votes.every((v) => v.recordedBy === 'mediator'));
      assert.equal(finding?.closedAt, null);
      assert.equal(finding?.outcome.result, 'pending');
      const fixture = readDemoCouncils().councils[0];
      assert.equal(board?.members.length, fixture?.seats.length);
    });

    test("the demo council account votes for Indonesia's seat, and only there", async () => {
      const [board] = await councilsOf('Gaza', 'demo-council');
      const indonesia = board?.members.find((m) => m.name === 'Indonesia');
      assert.deepEqual(board?.mySeats, [indonesia?.id]);
      assert.equal(board?.abilities.openMotion, false);
      const [asMediator] = await councilsOf('Gaza', 'demo-us-mediator');
      assert.deepEqual(asMediator?.mySeats, []);
      assert.equal(asMediator?.abilities.recordVotes, true);
    });

    test('the Peace Council of the 28-point draft: consensus broken by the accused', async () => {
      const [council] = await councilsOf('Russia');
      assert.equal(council?.name, 'Peace Council');
      const [sanctions] = council?.motions ?? [];
      assert.equal(sanctions?.kind, 'activate-consequence');
      assert.equal(sanctions?.outcome.result, 'failed');
      assert.ok(sanctions?.outcome.reasons.includes('consensus broken: 1 seat did not join'));
    });
  });
}
