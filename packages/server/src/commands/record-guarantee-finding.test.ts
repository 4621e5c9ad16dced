// A council's finding on a case's step, on both stores: a party's notification opens a case waiting for the
// council's finding; a finding naming an open motion, another step or an outcome the step does not have is
// refused with nothing written; once the motion is closed, the finding names it and the runner logs the decision
// and its consequence in the case.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OPERATOR } from '@concord/core';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, callAs, memberToken, seedProcess, signedIn } from '../test-support.ts';
import { recordGuaranteeFinding } from './record-guarantee-finding.ts';
import { runGuarantees } from './run-guarantees.ts';

const rules = {
  format: 'concord.rules/1',
  rules: [
    {
      id: 'F',
      title: 'A notified violation goes to the council',
      trigger: { on: 'notification', from: ['Ukraine'] },
      start: { next: 'finding' },
      steps: [
        {
          id: 'finding',
          title: 'The council finds whether there was a violation',
          days: 30,
          outcomes: {
            'violation-found': { end: 'sanctioned', consequences: [{ kind: 'sanctions-reinstated' }] },
            'no-violation': { end: 'dismissed' },
          },
          default: { end: 'dismissed' },
        },
      ],
    },
  ],
};

for (const target of databaseTargets()) {
  describe(`council findings on cases (${target.name})`, () => {
    let store: Store;
    let now = new Date('2025-11-01T10:00:00.000Z');
    const clock = () => now;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let processId: string;
    let motionId: string;

    before(async () => {
      store = await target.open();
      app = createApp({ store, clock });
      mediator = await signedIn(store, { name: 'US mediation' });
      const seed = await seedProcess(app, mediator);
      processId = seed.process.id;
      const delegate = (await memberToken(store, processId, 'delegate', { partyId: seed.ukraine.id })).token;
      assert.equal(
        (await mediator(app, 'PUT', `/api/processes/${processId}/guarantees/rules`, { rules })).status,
        200,
      );
      const notified = await callAs(
        app,
        delegate,
        'POST',
        `/api/processes/${processId}/guarantees/notifications`,
        {
          note: 'a strike on a power plant',
        },
      );
      assert.equal(notified.status, 201);
      await runGuarantees(store, clock);
      const council = await mediator(app, 'POST', `/api/processes/${processId}/councils`, {
        name: 'Board',
        rule: { kind: 'consensus' },
      });
      assert.equal(council.status, 201, JSON.stringify(council.body));
      const seat = { name: 'Chair', role: 'chair' };
      const seated = await mediator(app, 'POST', `/api/councils/${council.body.id}/members`, seat);
      assert.equal(seated.status, 201, JSON.stringify(seated.body));
      const motion = await mediator(app, 'POST', `/api/councils/${council.body.id}/motions`, {
        kind: 'finding-of-violation',
        title: 'A violation was committed',
        text: 'The strike of 1 November breaks the ceasefire.',
        closesAt: '2025-11-05T00:00:00.000Z',
      });
      assert.equal(motion.status, 201, JSON.stringify(motion.body));
      motionId = motion.body.id;
    });
    after(() => store.close());

    const ctx = () => ({ store, principal: OPERATOR, clock });
    const finding = (over: object = {}) =>
      recordGuaranteeFinding(ctx(), {
        processId,
        case: 'F#1',
        step: 'finding',
        motionId,
        outcome: 'violation-found',
        ...over,
      });

    test('an open motion, another step or an unknown outcome is refused, nothing written', async () => {
      const digest = await tableDigest(store);
      await assert.rejects(finding(), /still open/);
      now = new Date('2025-11-06T00:00:00.000Z');
      const closed = await mediator(app, 'POST', `/api/motions/${motionId}/close`);
      assert.ok(closed.status < 300, JSON.stringify(closed.body));
      const after = await tableDigest(store);
      await assert.rejects(finding({ step: 'notice' }), /not the step the case waits in/);
      await assert.rejects(finding({ outcome: 'sanctioned' }), /not an outcome of step 'finding'/);
      await assert.rejects(finding({ case: 'F#2' }), /not a case of this process/);
      assert.deepEqual(await tableDigest(store), after);
      assert.notDeepEqual(digest, after, 'only the motion closing was written');
    });

    test('the finding names the closed motion and the runner logs the decision and what follows', async () => {
      const found = await finding();
      assert.equal(found.motionId, motionId);
      assert.equal(found.decidedAt, '2025-11-06T00:00:00.000Z');
      await runGuarantees(store, clock);
      const changes = await store.guarantees.changes(processId);
      assert.deepEqual(
        changes.map((c) => `${c.change.at} ${c.change.kind}`),
        [
          '2025-11-01T10:00:00.000Z opened',
          '2025-11-01T10:00:00.000Z step-entered',
          '2025-11-06T00:00:00.000Z decided',
          '2025-11-06T00:00:00.000Z consequence',
          '2025-11-06T00:00:00.000Z closed',
        ],
      );
      const decided = changes[2]?.change;
      assert.equal(decided?.kind === 'decided' && decided.outcome, 'violation-found');
      const read = await mediator(app, 'GET', `/api/processes/${processId}/guarantees`);
      assert.equal(read.body.findings[0].motionId, motionId);
    });
  });
}
