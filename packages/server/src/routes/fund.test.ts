// The fund over HTTP: a mediator sets a fund up and records a pledge, a payment above it (accepted, flagged), an
// allocation and a disbursement waiting on a tracked commitment's status; each refusal is a 422 whose problem type
// names the broken invariant, bad input a 400, a caller without the right a 401/403, and none writes anything.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, callAs, isProblem, memberToken, seedProcess, signedIn } from '../test-support.ts';

const USD = (dollars: number) => dollars * 100;

for (const target of databaseTargets()) {
  describe(`fund API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let seed: Awaited<ReturnType<typeof seedProcess>>;
    let fundId: string;
    let commitment: string;
    let delegate: string;
    const now = new Date('2025-10-20T08:00:00.000Z');

    const unchanged = async (fn: () => Promise<unknown>) => {
      const before = await tableDigest(store);
      const size = await store.log.size();
      await fn();
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), before);
    };
    const op = (segment: string, body: unknown) =>
      mediator(app, 'POST', `/api/funds/${fundId}/${segment}`, body);
    const disburse = (amount: number, minStatus: number) =>
      op('disbursements', {
        project: 'housing',
        currency: 'USD',
        amount,
        condition: { commitmentId: commitment, minStatus },
      });

    before(async () => {
      store = await target.open();
      app = createApp({ store, clock: () => new Date(now) });
      mediator = await signedIn(store, { name: 'US mediation' });
      seed = await seedProcess(app, mediator);
      const final = (
        await mediator(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
          label: 'Signed',
          status: 'final',
          points: [
            { text: { en: 'Rubble cleared.' }, commitments: [{ obligor: 'Hamas', action: 'clear rubble' }] },
          ],
        })
      ).body;
      commitment = final.commitments[0].id;
      assert.equal((await mediator(app, 'POST', `/api/commitments/${commitment}/tracking`, {})).status, 201);
      const status = { score: 1, reason: 'begun', on: '2025-10-15' };
      assert.equal(
        (await mediator(app, 'POST', `/api/commitments/${commitment}/statuses`, status)).status,
        201,
      );
      delegate = (await memberToken(store, seed.process.id, 'delegate', { partyId: seed.ukraine.id })).token;
    });
    after(() => store.close());

    test('a mediator sets a fund up, records a pledge and a payment above it, flagged', async () => {
      const made = await mediator(app, 'POST', `/api/processes/${seed.process.id}/funds`, {
        name: 'Gaza reconstruction',
        illustrative: true,
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      fundId = made.body.id;
      const pledge = { donor: 'eu', donorName: 'European Union', currency: 'USD', amount: USD(1_000) };
      assert.equal((await op('pledges', pledge)).status, 201);
      const paid = await op('payments', {
        donor: 'eu',
        currency: 'USD',
        amount: USD(1_200),
        on: '2025-10-18',
      });
      assert.equal(paid.status, 201, JSON.stringify(paid.body));
      const payment = paid.body.operations.find((o: { kind: string }) => o.kind === 'payment');
      assert.equal(payment.flagged, true);
      assert.deepEqual(paid.body.balances.donors, [
        {
          donor: 'eu',
          name: 'European Union',
          currency: 'USD',
          pledged: USD(1_000),
          paid: USD(1_200),
          outstanding: 0,
          overpaid: USD(200),
        },
      ]);
      assert.equal(paid.body.journal.at(-1).flagged, true);
    });

    test('allocated money is disbursed only once the commitment reaches the status required', async () => {
      const allocation = { project: 'housing', projectName: 'Housing', currency: 'USD', amount: USD(500) };
      assert.equal((await op('allocations', allocation)).status, 201);
      await unchanged(async () => {
        const refused = await disburse(USD(100), 2);
        assert.ok(isProblem(refused, 422, 'fund-condition-not-met'), JSON.stringify(refused.body));
        assert.match(refused.body.detail, /status 1 on 2025-10-20, 2 required/);
      });
      const status = { score: 2, reason: 'half cleared' };
      assert.equal(
        (await mediator(app, 'POST', `/api/commitments/${commitment}/statuses`, status)).status,
        201,
      );
      const done = await disburse(USD(100), 2);
      assert.equal(done.status, 201, JSON.stringify(done.body));
      assert.equal(done.body.operations.at(-1).statusFound, 2);
      assert.deepEqual(done.body.balances.projects, [
        {
          project: 'housing',
          name: 'Housing',
          currency: 'USD',
          allocated: USD(500),
          disbursed: USD(100),
          remaining: USD(400),
        },
      ]);
      const read = await callAs(app, delegate, 'GET', `/api/processes/${seed.process.id}/funds`);
      assert.equal(read.status, 200);
      assert.deepEqual(read.body.items[0].balances, done.body.balances);
      assert.deepEqual([read.body.mayCreate, read.body.mayRecord], [false, false]);
    });

    test('each broken invariant is a 422 naming it, and writes nothing', async () => {
      await unchanged(async () => {
        assert.ok(isProblem(await disburse(USD(401), 2), 422, 'fund-over-disbursement'));
        // The condition holds on the operation's day: on 16 October the commitment still stood at 1.
        const backdated = await op('disbursements', {
          project: 'housing',
          currency: 'USD',
          amount: 1,
          on: '2025-10-16',
          condition: { commitmentId: commitment, minStatus: 2 },
        });
        assert.ok(isProblem(backdated, 422, 'fund-condition-not-met'), JSON.stringify(backdated.body));
        const allocation = { project: 'water', projectName: 'Water', currency: 'USD', amount: USD(801) };
        assert.ok(isProblem(await op('allocations', allocation), 422, 'fund-over-allocation'));
        const eur = { ...allocation, currency: 'EUR', amount: 1 };
        assert.ok(isProblem(await op('allocations', eur), 422, 'fund-over-allocation'));
        const stranger = { donor: 'nobody', currency: 'USD', amount: 1 };
        assert.ok(isProblem(await op('payments', stranger), 422, 'fund-unknown-donor'));
        const later = { donor: 'eu', currency: 'USD', amount: 1, on: '2025-10-21' };
        assert.ok(isProblem(await op('payments', later), 422, 'rule-broken'));
        const untracked = await op('disbursements', {
          project: 'housing',
          currency: 'USD',
          amount: 1,
          condition: { commitmentId: seed.process.id, minStatus: 0 },
        });
        assert.ok(isProblem(untracked, 422, 'rule-broken'));
      });
    });

    test('bad input is a 400 naming the field; the public and a delegate are refused; nothing is written', async () => {
      await unchanged(async () => {
        const bad = [
          { donor: 'eu', donorName: 'EU', currency: 'USD', amount: 1.5 },
          { donor: 'eu', donorName: 'EU', currency: 'XXX', amount: 1 },
          { donor: 'EU!', donorName: 'EU', currency: 'USD', amount: 1 },
          { donor: 'eu', donorName: 'EU', currency: 'USD', amount: 0 },
          { donor: 'eu', donorName: 'EU', currency: 'USD', amount: Number.MAX_SAFE_INTEGER + 1 },
          { donor: 'eu', donorName: 'EU', currency: 'USD', amount: 1, extra: true },
        ];
        for (const body of bad)
          assert.ok(isProblem(await op('pledges', body), 400, 'validation-failed'), JSON.stringify(body));
        const pledge = { donor: 'eu', donorName: 'EU', currency: 'USD', amount: 1 };
        const path = `/api/funds/${fundId}/pledges`;
        assert.ok(isProblem(await callAs(app, null, 'POST', path, pledge), 401, 'unauthenticated'));
        assert.ok(isProblem(await callAs(app, delegate, 'POST', path, pledge), 403, 'forbidden'));
        const create = `/api/processes/${seed.process.id}/funds`;
        assert.ok(isProblem(await callAs(app, delegate, 'POST', create, { name: 'Mine' }), 403, 'forbidden'));
        assert.ok(
          isProblem(
            await mediator(app, 'POST', '/api/funds/not-a-uuid/pledges', pledge),
            400,
            'validation-failed',
          ),
        );
      });
    });
  });
}
