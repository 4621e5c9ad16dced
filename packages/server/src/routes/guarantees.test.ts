// Guarantees over HTTP: a mediator sets the rules (an invalid file is refused naming the field), a party's
// delegate notifies for its own party and the runner opens the case the rule says; the case reads like its
// process (a members-only process's cases are not the public's); bad input and callers without the right are
// refused with problem details and write nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { createApp } from '../app.ts';
import { runGuarantees } from '../commands/run-guarantees.ts';
import { type Caller, callAs, isProblem, memberToken, seedProcess, signedIn } from '../test-support.ts';

const notified = {
  format: 'concord.rules/1',
  rules: [
    {
      id: 'DISPUTE',
      title: 'A party notifies significant non-performance: consultation, then referral',
      trigger: { on: 'notification', from: ['Ukraine'] },
      start: { next: 'consult' },
      steps: [
        {
          id: 'consult',
          title: 'Consultation in the joint commission',
          days: 15,
          outcomes: { resolved: { end: 'resolved' } },
          default: { end: 'referred', consequences: [{ kind: 'referred', detail: 'to the council' }] },
        },
      ],
    },
  ],
};

for (const target of databaseTargets()) {
  describe(`guarantees API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let seed: Awaited<ReturnType<typeof seedProcess>>;
    let delegate: string;
    const clock = () => new Date('2025-11-01T12:00:00.000Z');
    const p = (rest: string) => `/api/processes/${seed.process.id}/guarantees${rest}`;
    const unchanged = async (fn: () => Promise<unknown>) => {
      const digest = await tableDigest(store);
      const size = await store.log.size();
      await fn();
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), digest);
    };

    before(async () => {
      store = await target.open();
      app = createApp({ store, clock });
      mediator = await signedIn(store, { name: 'US mediation' });
      seed = await seedProcess(app, mediator);
      delegate = (await memberToken(store, seed.process.id, 'delegate', { partyId: seed.ukraine.id })).token;
    });
    after(() => store.close());

    test('invalid rules are refused naming the field; a delegate or the public may not set them', async () => {
      const bad = structuredClone(notified);
      (bad.rules[0]?.steps[0] as { days: number }).days = -1;
      await unchanged(async () => {
        const refused = await mediator(app, 'PUT', p('/rules'), { rules: bad });
        assert.ok(isProblem(refused, 400, 'validation-failed'), JSON.stringify(refused.body));
        assert.deepEqual(
          refused.body.errors.map((e: { path: string }) => e.path),
          ['rules.rules.0.steps.0.days'],
        );
        const noFormat = await mediator(app, 'PUT', p('/rules'), { rules: { rules: [] } });
        assert.equal(noFormat.status, 400);
        assert.equal((await callAs(app, delegate, 'PUT', p('/rules'), { rules: notified })).status, 403);
        assert.equal((await callAs(app, null, 'PUT', p('/rules'), { rules: notified })).status, 401);
      });
      const set = await mediator(app, 'PUT', p('/rules'), { rules: notified, reason: 'the signed text' });
      assert.equal(set.status, 200);
      assert.equal(set.body.rules.rules[0].id, 'DISPUTE');
    });

    test("a delegate's notification for its party opens the case the rule says; it reads like the process", async () => {
      await unchanged(async () => {
        const forOther = { partyId: seed.us.id, note: 'x' };
        assert.equal((await callAs(app, delegate, 'POST', p('/notifications'), forOther)).status, 403);
        const unnamed = await mediator(app, 'POST', p('/notifications'), { note: 'x' });
        assert.ok(isProblem(unnamed, 422, 'rule-broken'));
        const stranger = { partyId: seed.plan.id };
        assert.equal((await mediator(app, 'POST', p('/notifications'), stranger)).status, 422);
        const extra = { note: 'x', severity: 'high' };
        assert.equal((await callAs(app, delegate, 'POST', p('/notifications'), extra)).status, 400);
        assert.equal((await callAs(app, null, 'POST', p('/notifications'), {})).status, 401);
      });
      const sent = await callAs(app, delegate, 'POST', p('/notifications'), { against: 'Russia', note: 'x' });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.equal(sent.body.by, 'Ukraine');
      await runGuarantees(store, clock);
      const read = await callAs(app, null, 'GET', p(''));
      assert.equal(read.status, 200);
      const [c] = read.body.cases;
      assert.equal(c.id, 'DISPUTE#1');
      assert.equal(c.ruleTitle, notified.rules[0]?.title);
      assert.deepEqual(c.pending, {
        step: 'consult',
        title: 'Consultation in the joint commission',
        deadline: '2025-11-17T00:00:00.000Z',
      });
      assert.deepEqual(read.body.may, { setRules: false, notify: false, recordFinding: false });
      const own = await callAs(app, delegate, 'GET', p(''));
      assert.deepEqual(own.body.may, { setRules: false, notify: true, recordFinding: false });
    });

    test("a members-only process's guarantees are not the public's", async () => {
      const closed = await mediator(app, 'POST', '/api/processes', {
        title: 'Closed talks',
        audience: { kind: 'process' },
      });
      assert.equal(closed.status, 201, JSON.stringify(closed.body));
      const path = `/api/processes/${closed.body.id}/guarantees`;
      assert.equal((await callAs(app, null, 'GET', path)).status, 404);
      assert.equal((await mediator(app, 'GET', path)).status, 200);
    });
  });
}
