// The guarantee runner on both stores, with an injected clock: an incident's verification opens a case (the write
// nudges the runner; the answer does not wait for it), the case's step falls due while the server is down and is
// processed once when a new server starts on the same database, a second run or a concurrent one logs nothing
// more, the store refuses a change logged twice, and a failing run is logged, never thrown.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newEvent } from '@concord/core';
import { databaseTargets, openSibling, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { runGuarantees } from '../commands/run-guarantees.ts';
import {
  type Caller,
  callAs,
  memberToken,
  seedProcess,
  signedIn,
  untouchableStore,
} from '../test-support.ts';
import { guaranteeRunner } from './guarantee-runner.ts';

export const clashRules = {
  format: 'concord.rules/1',
  rules: [
    {
      id: 'CLASH',
      title: 'A verified armed clash by Hamas: notice, then a finding by default',
      dayCount: 'elapsed',
      trigger: { on: 'incidents', incidentTypes: ['Battles'], allegedParties: ['Hamas Movement'] },
      start: { next: 'notice' },
      steps: [
        {
          id: 'notice',
          title: 'Notice to the party, which may answer',
          days: 3,
          outcomes: { answered: { end: 'answered' } },
          default: {
            end: 'violation-found',
            consequences: [{ kind: 'benefits-revoked', detail: 'aid scaled back in the area' }],
          },
        },
      ],
    },
  ],
};

export const clash = {
  eventDate: '2025-10-19',
  eventType: 'Battles',
  subEventType: 'Armed clash',
  actor1: 'Hamas Movement',
  location: { name: 'Rafah', admin1: 'Gaza Strip', latitude: 31.2969, longitude: 34.2455 },
};

const kinds = (store: Store, processId: string) =>
  store.guarantees.changes(processId).then((list) => list.map((c) => `${c.case} ${c.seq} ${c.change.kind}`));

for (const target of databaseTargets()) {
  describe(`guarantee runner (${target.name})`, () => {
    let store: Store;
    let now = new Date('2025-10-20T08:00:00.000Z');
    const clock = () => now;
    const lines: string[] = [];
    const runner = guaranteeRunner({ store: untouchableStore, clock, log: (l) => lines.push(l) });
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let processId: string;
    let monitor: string;
    let first: ReturnType<typeof guaranteeRunner>;

    before(async () => {
      store = await target.open();
      first = guaranteeRunner({ store, clock, log: (l) => lines.push(l), pollMs: 3_600_000 });
      app = createApp({ store, clock, guarantees: first });
      mediator = await signedIn(store, { name: 'Board of Peace secretariat' });
      processId = (await seedProcess(app, mediator)).process.id;
      monitor = (await memberToken(store, processId, 'monitor')).token;
      const set = await mediator(app, 'PUT', `/api/processes/${processId}/guarantees/rules`, {
        rules: clashRules,
      });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      await first.start();
    });
    after(async () => {
      await first.stop();
      await store.close();
    });

    test("an incident's verification opens a case, logged by the runner after the write", async () => {
      const made = await callAs(app, monitor, 'POST', `/api/processes/${processId}/incidents`, clash);
      assert.equal(made.status, 201);
      await first.settled();
      assert.deepEqual(await kinds(store, processId), [], 'a reported incident opens nothing');
      now = new Date('2025-10-20T10:00:00.000Z');
      const moved = await callAs(app, monitor, 'POST', `/api/incidents/${made.body.id}/status`, {
        to: 'verified',
        reason: 'crater analysis',
      });
      assert.equal(moved.status, 201);
      await first.settled();
      assert.deepEqual(await kinds(store, processId), ['CLASH#1 1 opened', 'CLASH#1 2 step-entered']);
      const read = await mediator(app, 'GET', `/api/processes/${processId}/guarantees`);
      const [c] = read.body.cases;
      assert.equal(c.status, 'open');
      assert.deepEqual(c.pending, {
        step: 'notice',
        title: 'Notice to the party, which may answer',
        deadline: '2025-10-23T10:00:00.000Z',
      });
      assert.deepEqual(c.changes[0].change.cause, [made.body.id]);
      assert.ok(c.changes.every((x: { logIndex: number }) => Number.isInteger(x.logIndex)));
    });

    test('a step due while the server was down is processed once at the next start', async () => {
      await first.stop();
      // The server is gone; a new one opens the same database four days later.
      now = new Date('2025-10-24T00:00:00.000Z');
      const reopened = await openSibling(store);
      try {
        const second = guaranteeRunner({ store: reopened, clock, log: (l) => lines.push(l) });
        await second.start();
        await second.stop();
        const after = await kinds(reopened, processId);
        assert.deepEqual(after.slice(2), [
          'CLASH#1 3 defaulted',
          'CLASH#1 4 consequence',
          'CLASH#1 5 closed',
        ]);
        const size = await reopened.log.size();
        // Again, and two at once: nothing more.
        await Promise.all([runGuarantees(reopened, clock), runGuarantees(store, clock)]);
        const third = guaranteeRunner({ store: reopened, clock });
        await third.start();
        await third.stop();
        assert.equal(await reopened.log.size(), size);
        assert.deepEqual(await kinds(reopened, processId), after);
        const defaulted = (await reopened.guarantees.changes(processId)).find((c) => c.seq === 3);
        assert.equal(defaulted?.change.at, '2025-10-23T10:00:00.000Z', 'dated at the deadline');
        assert.equal(defaulted?.loggedAt, '2025-10-24T00:00:00.000Z', 'logged when the server came back');
      } finally {
        await reopened.close();
      }
    });

    test('the store refuses a change of a case logged a second time', async () => {
      const [opened] = await store.guarantees.changes(processId);
      assert.ok(opened);
      const process = await store.processes.get(processId);
      const scope = { processId, subjectId: processId, audience: process?.audience ?? { kind: 'public' } };
      const size = await store.log.size();
      await assert.rejects(
        store.transact((tx) =>
          tx.appendEvent(
            newEvent(
              'guarantee.case-changed',
              { processId, case: opened.case, rule: opened.rule, seq: 1, change: opened.change },
              { actor: 'operator', at: now.toISOString(), scope },
            ),
          ),
        ),
      );
      assert.equal(await store.log.size(), size);
    });

    test('a failing run is logged, never thrown', async () => {
      lines.length = 0;
      await runner.start();
      await runner.stop();
      assert.equal(lines.length, 1);
      assert.match(lines[0] ?? '', /^guarantees: the run failed: /);
    });
  });
}
