import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { recordValuation } from '../commands/record-valuation.ts';
import { ProblemError } from '../problems.ts';
import { callAs, isProblem } from '../test-support.ts';
import { type AnalysisSeed, referenceValuations, seedAnalysis } from './analysis-seed.ts';

const MISSING = '0192f0c8-7d2a-7000-8000-000000000000';

for (const target of databaseTargets()) {
  describe(`valuations API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let seed: AnalysisSeed;
    let bodies: ReturnType<typeof referenceValuations>;
    const path = (partyId: string, planId = seed.plan.id) => `/api/plans/${planId}/valuations/${partyId}`;
    before(async () => {
      store = await target.open();
      app = createApp({ store });
      seed = await seedAnalysis(app, store);
      bodies = referenceValuations(seed);
    });
    after(() => store.close());

    test('a party records its own valuation (201), again replaces it (200, same id), one event each', async () => {
      const size = await store.log.size();
      const first = await callAs(app, seed.keys.ukraine, 'PUT', path(seed.ukraine.id), bodies.ukraine);
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body.enteredBy, 'party');
      assert.equal(first.body.processId, seed.process.id);
      assert.equal(first.body.reservation, 0.45);
      assert.equal(first.body.note, 'entered in the test');
      assert.deepEqual(first.body.points, bodies.ukraine.points);
      assert.equal(first.body.logIndex, size);
      const again = await callAs(app, seed.keys.ukraine, 'PUT', path(seed.ukraine.id), {
        ...bodies.ukraine,
        reservation: 0.4,
      });
      assert.equal(again.status, 200);
      assert.equal(again.body.id, first.body.id);
      assert.equal(again.body.reservation, 0.4);
      assert.equal(again.body.note, 'entered in the test');
      assert.equal(again.body.logIndex, size + 1);
      assert.equal(await store.log.size(), size + 2);
      const entry = await store.log.entry(size + 1);
      assert.equal(entry?.type, 'valuation.recorded');
      assert.equal(entry?.event.actor, `party:${seed.ukraine.id}`);
    });

    test('the mediator records any party of its process; enteredBy and the actor say so', async () => {
      const size = await store.log.size();
      const answer = await callAs(app, seed.keys.mediator, 'PUT', path(seed.russia.id), bodies.russia);
      assert.equal(answer.status, 201);
      assert.equal(answer.body.enteredBy, 'mediator');
      assert.equal(answer.body.note, '');
      assert.equal((await store.log.entry(size))?.event.actor, `mediator:${seed.process.id}`);
      const back = await callAs(app, seed.keys.mediator, 'PUT', path(seed.ukraine.id), bodies.ukraine);
      assert.equal(back.status, 200);
      assert.equal(back.body.enteredBy, 'mediator');
      assert.equal(back.body.reservation, 0.45);
    });

    test('who reads which valuations', async () => {
      const read = async (key: string | null) =>
        callAs(app, key, 'GET', `/api/plans/${seed.plan.id}/valuations`);
      const partiesOf = async (key: string) =>
        (await read(key)).body.items.map((v: { partyId: string }) => v.partyId);
      assert.ok(isProblem(await read(null), 401, 'unauthenticated'));
      assert.ok(
        isProblem(
          await callAs(app, 'ck_nonsense', 'GET', `/api/plans/${seed.plan.id}/valuations`),
          401,
          'unauthenticated',
        ),
      );
      assert.deepEqual(
        (await partiesOf(seed.keys.mediator)).sort(),
        [seed.ukraine.id, seed.russia.id].sort(),
      );
      assert.deepEqual(await partiesOf(seed.keys.ukraine), [seed.ukraine.id]);
      assert.deepEqual(await partiesOf(seed.keys.russia), [seed.russia.id]);
      assert.deepEqual(await partiesOf(seed.keys.otherMediator), []);
      assert.deepEqual(await partiesOf(seed.keys.otherParty), []);
      const own = (await read(seed.keys.ukraine)).body.items[0];
      assert.deepEqual(Object.keys(own).sort(), [
        'enteredBy',
        'id',
        'logIndex',
        'note',
        'partyId',
        'planId',
        'points',
        'processId',
        'reservation',
      ]);
      assert.ok(
        isProblem(
          await callAs(app, seed.keys.mediator, 'GET', `/api/plans/${MISSING}/valuations`),
          404,
          'not-found',
        ),
      );
    });

    test('who may record: anonymous 401, another party or process 403; nothing written', async () => {
      const size = await store.log.size();
      const put = (key: string | null, partyId: string) =>
        callAs(app, key, 'PUT', path(partyId), bodies.ukraine);
      assert.ok(isProblem(await put(null, seed.ukraine.id), 401, 'unauthenticated'));
      assert.ok(isProblem(await put(seed.keys.russia, seed.ukraine.id), 403, 'forbidden'));
      assert.ok(isProblem(await put(seed.keys.otherMediator, seed.ukraine.id), 403, 'forbidden'));
      assert.ok(isProblem(await put(seed.keys.otherParty, seed.ukraine.id), 403, 'forbidden'));
      assert.ok(isProblem(await put(seed.keys.otherParty, seed.israel.id), 403, 'forbidden'));
      // The key is checked before the body: a caller without one learns nothing from validation.
      assert.ok(
        isProblem(
          await callAs(app, null, 'PUT', path(seed.ukraine.id), { reservation: 7 }),
          401,
          'unauthenticated',
        ),
      );
      assert.equal(await store.log.size(), size);
    });

    test('the command itself refuses a write without a principal (401), whoever calls it', async () => {
      const size = await store.log.size();
      await assert.rejects(
        recordValuation(store, { planId: seed.plan.id, partyId: seed.ukraine.id, ...bodies.ukraine }, null),
        (error: unknown) =>
          error instanceof ProblemError && error.status === 401 && error.slug === 'unauthenticated',
      );
      assert.equal(await store.log.size(), size);
    });

    test('refused: unknown plan or party 404, foreign party, point or version 422, bad values 400; nothing written', async () => {
      const size = await store.log.size();
      const put = (p: string, body: unknown = bodies.ukraine) =>
        callAs(app, seed.keys.mediator, 'PUT', p, body);
      const [cap] = bodies.ukraine.points;
      assert.ok(isProblem(await put(path(seed.ukraine.id, MISSING)), 404, 'not-found'));
      assert.ok(isProblem(await put(path(MISSING)), 404, 'not-found'));
      const foreign = await put(path(seed.israel.id));
      assert.ok(isProblem(foreign, 422, 'rule-broken'));
      assert.deepEqual(
        foreign.body.errors.map((e: { path: string }) => e.path),
        ['partyId'],
      );
      const strangers = await put(path(seed.ukraine.id), {
        reservation: 0.5,
        points: [
          { ...cap, lineageId: MISSING },
          { lineageId: seed.lineages.nato, weight: 1, values: { [seed.v28.id]: 1, [MISSING]: 0 } },
        ],
      });
      assert.ok(isProblem(strangers, 422, 'rule-broken'));
      assert.deepEqual(
        strangers.body.errors.map((e: { path: string }) => e.path),
        ['points.0.lineageId', `points.1.values.${MISSING}`],
      );
      const otherVersion = await callAs(
        app,
        seed.keys.otherMediator,
        'POST',
        `/api/plans/${seed.otherPlan.id}/versions`,
        {
          label: 'Gaza 20 points',
          issuedOn: '2025-09-29',
          status: 'circulated',
          points: [{ text: { en: 'Ceasefire.' } }],
        },
      );
      const gazaPoint = otherVersion.body.points[0];
      const foreignPoint = await put(path(seed.ukraine.id), {
        reservation: 0.5,
        points: [{ lineageId: gazaPoint.lineageId, weight: 1, values: { [otherVersion.body.id]: 1 } }],
      });
      assert.ok(isProblem(foreignPoint, 422, 'rule-broken'));
      assert.equal(foreignPoint.body.errors.length, 2);
      const sizeAfterGaza = size + 1;
      for (const bad of [
        { ...bodies.ukraine, reservation: 1.5 },
        { ...bodies.ukraine, points: [{ ...cap, values: { [seed.v28.id]: -0.1 } }] },
        { ...bodies.ukraine, points: [cap, cap] },
        { ...bodies.ukraine, points: [{ ...cap, weight: 0 }] },
        { ...bodies.ukraine, points: [{ ...cap, values: { 'not-a-uuid': 1 } }] },
        { ...bodies.ukraine, extra: true },
      ])
        assert.ok(
          isProblem(await put(path(seed.ukraine.id), bad), 400, 'validation-failed'),
          JSON.stringify(bad),
        );
      assert.ok(isProblem(await put(path(seed.ukraine.id), '{"reservation":'), 400, 'malformed-request'));
      assert.equal(await store.log.size(), sizeAfterGaza);
    });
  });
}
