import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ConcordEvent, ValuationInput } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { recordValuation } from '../commands/record-valuation.ts';
import { ProblemError } from '../problems.ts';
import { callAs, isProblem } from '../test-support.ts';
import {
  type AnalysisSeed,
  addOtherPlanVersion,
  referenceValuations,
  seedAnalysis,
} from './analysis-seed.ts';

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
      assert.match(entry?.event.actor ?? '', /^account:[0-9a-f-]{36}\/membership:[0-9a-f-]{36}$/);
      assert.equal(
        entry?.event.actor.split('membership:')[1],
        ((await seed.principalOf('ukraine')) as { memberships: { id: string }[] }).memberships[0]?.id,
      );
    });

    test('a write over HTTP validates its body once at the edge and its event once at append, not four times', async (t) => {
      // The route's schema checks the body (its own copy of ValuationInput); the command, given the checked
      // body, checks neither it nor the event again; the log checks the event as it appends it.
      // zod defines a schema's methods on first use: used once, so there is a method to watch.
      void [ValuationInput.safeParse, ConcordEvent.parse, ConcordEvent.safeParse];
      const commandChecks = t.mock.method(ValuationInput, 'safeParse');
      const eventParses = t.mock.method(ConcordEvent, 'parse');
      const eventChecks = t.mock.method(ConcordEvent, 'safeParse');
      const answer = await callAs(app, seed.keys.ukraine, 'PUT', path(seed.ukraine.id), bodies.ukraine);
      assert.ok(answer.status === 200 || answer.status === 201, JSON.stringify(answer.body));
      assert.equal(commandChecks.mock.callCount(), 0, 'the body is not checked again by the command');
      assert.equal(eventParses.mock.callCount(), 0, 'the event is not parsed when it is made');
      assert.equal(eventChecks.mock.callCount(), 1, 'the event is checked once, at append');
      // From code, the command is the edge: the input once, the event once.
      commandChecks.mock.resetCalls();
      eventChecks.mock.resetCalls();
      await recordValuation(
        { store, principal: await seed.principalOf('ukraine'), clock: () => new Date() },
        { planId: seed.plan.id, partyId: seed.ukraine.id, ...bodies.ukraine },
      );
      assert.equal(commandChecks.mock.callCount(), 1);
      assert.equal(eventChecks.mock.callCount(), 1);
      assert.equal(eventParses.mock.callCount(), 0);
    });

    test('the mediator records any party of its process; enteredBy and the actor say so', async () => {
      const size = await store.log.size();
      const answer = await callAs(app, seed.keys.mediator, 'PUT', path(seed.russia.id), bodies.russia);
      assert.equal(answer.status, 201);
      assert.equal(answer.body.enteredBy, 'mediator');
      assert.equal(answer.body.note, '');
      const mediator = await seed.principalOf('mediator');
      assert.equal(
        (await store.log.entry(size))?.event.actor,
        `account:${mediator.kind === 'account' ? mediator.accountId : ''}/membership:${mediator.kind === 'account' ? mediator.memberships[0]?.id : ''}`,
      );
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

    test('who may record: anonymous 401; another party’s or process’s valuation does not exist for you (404); nothing written', async () => {
      const size = await store.log.size();
      const put = (key: string | null, partyId: string) =>
        callAs(app, key, 'PUT', path(partyId), bodies.ukraine);
      assert.ok(isProblem(await put(null, seed.ukraine.id), 401, 'unauthenticated'));
      assert.ok(isProblem(await put(seed.keys.russia, seed.ukraine.id), 404, 'not-found'));
      assert.ok(isProblem(await put(seed.keys.otherMediator, seed.ukraine.id), 404, 'not-found'));
      assert.ok(isProblem(await put(seed.keys.otherParty, seed.ukraine.id), 404, 'not-found'));
      assert.ok(isProblem(await put(seed.keys.otherParty, seed.israel.id), 422, 'rule-broken'));
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
        recordValuation(
          { store, principal: null, clock: () => new Date() },
          { planId: seed.plan.id, partyId: seed.ukraine.id, ...bodies.ukraine },
        ),
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
      const otherVersion = await addOtherPlanVersion(app, seed);
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

    test('a body that gives a key twice, or a "__proto__" key, is refused (400), not read as its last value', async () => {
      const size = await store.log.size();
      const put = (body: string) => callAs(app, seed.keys.mediator, 'PUT', path(seed.ukraine.id), body);
      const twice = await put('{"reservation":0.1,"points":[],"reservation":0.9}');
      assert.ok(isProblem(twice, 400, 'validation-failed'), JSON.stringify(twice.body));
      assert.deepEqual(twice.body.errors, [{ path: 'reservation', message: 'is given twice' }]);
      // The key is still checked first: without one, the body is not looked at.
      const anonymous = await callAs(app, null, 'PUT', path(seed.ukraine.id), '{"note":"a","note":"b"}');
      assert.ok(isProblem(anonymous, 401, 'unauthenticated'));
      const [v28, e3] = [seed.v28.id, seed.e3.id];
      const valueTwice = await put(
        `{"reservation":0.5,"points":[{"lineageId":"${seed.lineages.cap}","weight":1,"values":{"${v28}":0.2,"${e3}":1,"${v28}":0.9}}]}`,
      );
      assert.deepEqual(valueTwice.body.errors, [
        { path: `points.0.values.${v28}`, message: 'is given twice' },
      ]);
      // zod would drop this key without a word, leaving a weighed point with no values.
      const proto = await put(
        `{"reservation":0.5,"points":[{"lineageId":"${seed.lineages.cap}","weight":1,"values":{"__proto__":1}}]}`,
      );
      assert.ok(isProblem(proto, 400, 'validation-failed'));
      assert.deepEqual(proto.body.errors, [
        { path: 'points.0.values.__proto__', message: 'is not an allowed key' },
      ]);
      assert.equal(await store.log.size(), size);
    });

    test('a thousand strangers: the 422 lists the first 100 and counts the rest; nothing written', async () => {
      const size = await store.log.size();
      const stranger = (i: number) => `0192f0c8-7d2a-7000-9000-${String(i).padStart(12, '0')}`;
      const body = {
        reservation: 0.5,
        points: Array.from({ length: 1000 }, (_, i) => ({ lineageId: stranger(i), weight: 1, values: {} })),
      };
      const answer = await callAs(app, seed.keys.mediator, 'PUT', path(seed.ukraine.id), body);
      assert.ok(isProblem(answer, 422, 'rule-broken'));
      assert.equal(answer.body.errors.length, 101);
      assert.deepEqual(answer.body.errors[99], {
        path: 'points.99.lineageId',
        message: 'is not a point of this plan',
      });
      assert.deepEqual(answer.body.errors[100], { path: 'points', message: 'and 900 more like these' });
      assert.equal(await store.log.size(), size);
    });

    test('versions carrying one wording of a point must be valued alike (422 names the second); alike is fine', async () => {
      // A December text that goes back to the 28-point army cap: one wording, two versions.
      const december = await callAs(app, seed.keys.mediator, 'POST', `/api/plans/${seed.plan.id}/versions`, {
        label: 'December text',
        issuedOn: '2025-12-20',
        status: 'circulated',
        parentVersionId: seed.e3.id,
        points: [
          {
            number: '6',
            lineageId: seed.lineages.cap,
            text: { en: 'The armed forces of Ukraine are capped at 600,000 personnel.' },
          },
        ],
      });
      assert.equal(december.status, 201, JSON.stringify(december.body));
      const dec = december.body.id as string;
      const size = await store.log.size();
      const valuing = (capIn28: number, capInDec: number, amnestyInDec: number) => ({
        reservation: 0.5,
        points: [
          {
            lineageId: seed.lineages.cap,
            weight: 1,
            values: { [seed.v28.id]: capIn28, [seed.e3.id]: 1, [dec]: capInDec },
          },
          // The amnesty: deleted by the E3 text and so absent from December too, one absence for both.
          {
            lineageId: seed.lineages.amnesty,
            weight: 1,
            values: { [seed.v28.id]: 0, [seed.e3.id]: 1, [dec]: amnestyInDec },
          },
        ],
      });
      const conflict = await callAs(
        app,
        seed.keys.mediator,
        'PUT',
        path(seed.ukraine.id),
        valuing(0.2, 0.7, 0.5),
      );
      assert.ok(isProblem(conflict, 422, 'rule-broken'), JSON.stringify(conflict.body));
      assert.deepEqual(
        conflict.body.errors.map((e: { path: string }) => e.path),
        [`points.0.values.${dec}`, `points.1.values.${dec}`],
      );
      assert.match(
        conflict.body.errors[0].message,
        /"December text" carries the same wording as "US 28-point draft", valued 0\.2/,
      );
      assert.match(
        conflict.body.errors[1].message,
        /"December text" carries the same wording as "E3 counter-draft", valued 1/,
      );
      assert.equal(await store.log.size(), size);
      const ok = await callAs(app, seed.keys.mediator, 'PUT', path(seed.ukraine.id), valuing(0.2, 0.2, 1));
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(await store.log.size(), size + 1);
    });
  });
}
