// The domain and the analysis over HTTP, with a real engine pool. Numbers are the engine test's hand-worked
// reference case (see analysis-seed.ts): 28-point draft (Ukraine 0.06, Russia 1), E3 (Ukraine 1, Russia 0.24);
// acceptable to both: cap 800k + NATO 28 + amnesty kept (0.56, 0.80) and + amnesty deleted (0.70, 0.64).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Principal } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { createEnginePool, type EnginePool, EngineRunError } from '@concord/engine';
import { createApp } from '../app.ts';
import { analyzeVersion, NOTHING_CONTESTED_NOTE } from '../commands/analyze-version.ts';
import { ProblemError } from '../problems.ts';
import { call, callAs, isProblem, memberToken } from '../test-support.ts';
import {
  type AnalysisSeed,
  addOtherPlanVersion,
  referenceValuations,
  seedAnalysis,
} from './analysis-seed.ts';

const MISSING = '0192f0c8-7d2a-7000-8000-000000000000';
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

for (const target of databaseTargets()) {
  describe(`domain and analysis API (${target.name})`, () => {
    let store: Store;
    let engine: EnginePool;
    let app: ReturnType<typeof createApp>;
    let seed: AnalysisSeed;
    const analysis = (key: string | null, versionId: string, query = '') =>
      callAs(app, key, 'GET', `/api/versions/${versionId}/analysis${query}`);
    before(async () => {
      store = await target.open();
      engine = createEnginePool();
      app = createApp({ store, engine });
      seed = await seedAnalysis(app, store);
    });
    after(async () => {
      await engine.close();
      await store.close();
    });

    test('the OpenAPI document declares the routes and their schemas', async () => {
      const doc = (await call(app, 'GET', '/openapi.json')).body;
      assert.deepEqual(Object.keys(doc.paths['/api/plans/{planId}/valuations']), ['get']);
      assert.deepEqual(Object.keys(doc.paths['/api/plans/{planId}/valuations/{partyId}']), ['put']);
      assert.deepEqual(Object.keys(doc.paths['/api/versions/{versionId}/domain']), ['get']);
      const analysisPath = doc.paths['/api/versions/{versionId}/analysis'].get;
      assert.deepEqual(Object.keys(analysisPath.responses).sort(), [
        '200',
        '400',
        '401',
        '403',
        '404',
        '500',
        '503',
      ]);
      assert.deepEqual(analysisPath.parameters.find((p: { in: string }) => p.in === 'query').schema.enum, [
        'reservation',
        'zero',
        'negmas',
      ]);
      for (const name of ['Valuation', 'ValuationInput', 'PlanDomain', 'PlanAnalysis', 'VersionAnalysis'])
        assert.ok(doc.components.schemas[name], name);
      assert.equal(doc.components.schemas.ValuationInput.properties.reservation.maximum, 1);
    });

    test('the domain is public: contested points of every version, this version as the draft', async () => {
      const answer = await call(app, 'GET', `/api/versions/${seed.e3.id}/domain`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(answer.body.versionId, seed.e3.id);
      assert.equal(answer.body.planId, seed.plan.id);
      assert.equal(answer.body.language, 'en');
      assert.equal(answer.body.outcomes, 16);
      const issues = answer.body.issues;
      assert.deepEqual(
        issues.map((i: { lineageId: string }) => i.lineageId),
        [seed.lineages.cap, seed.lineages.nato, seed.lineages.elections, seed.lineages.amnesty],
      );
      assert.deepEqual(
        issues.map((i: { draftOption: number }) => i.draftOption),
        [1, 1, 1, 1],
      );
      const [cap, , , amnesty] = issues;
      assert.equal(cap.name, 'Point 6');
      assert.equal(cap.inTarget, true);
      assert.deepEqual(cap.options[0].versionIds, [seed.v28.id]);
      assert.deepEqual(cap.options[1].versionLabels, ['E3 counter-draft']);
      assert.equal(cap.options[1].text, 'The armed forces of Ukraine are capped at 800,000 in peacetime.');
      assert.equal(amnesty.inTarget, false);
      assert.deepEqual(
        amnesty.options.map((o: { kind: string; text: string | null }) => [o.kind, o.text]),
        [
          ['variant', 'Everyone involved gets a full amnesty for wartime acts.'],
          ['deleted', null],
        ],
      );
      const first = await call(app, 'GET', `/api/versions/${seed.v28.id}/domain`);
      assert.deepEqual(
        first.body.issues.map((i: { draftOption: number }) => i.draftOption),
        [0, 0, 0, 0],
      );
      assert.ok(isProblem(await call(app, 'GET', `/api/versions/${MISSING}/domain`), 404, 'not-found'));
      assert.ok(isProblem(await call(app, 'GET', '/api/versions/nope/domain'), 400, 'validation-failed'));
    });

    test('before any valuation: the mediator gets no analysis and a note; the party its missing valuation', async () => {
      const full = await analysis(seed.keys.mediator, seed.v28.id);
      assert.equal(full.status, 200, JSON.stringify(full.body));
      assert.equal(full.body.scope, 'full');
      assert.equal(full.body.analysis, null);
      assert.equal(full.body.notes.length, 1);
      assert.deepEqual(full.body.parties, []);
      assert.deepEqual(
        full.body.missing.map((p: { name: string }) => p.name),
        ['Ukraine', 'Russia', 'Europe'],
      );
      const own = await analysis(seed.keys.ukraine, seed.v28.id);
      assert.deepEqual(own.body, {
        scope: 'own',
        versionId: seed.v28.id,
        parties: [],
        incomplete: [],
        missing: [{ partyId: seed.ukraine.id, name: 'Ukraine' }],
      });
    });

    test('the mediator sees every party, the frontier, the solutions and the smallest change', async () => {
      const bodies = referenceValuations(seed);
      for (const [party, body] of [
        [seed.ukraine, bodies.ukraine],
        [seed.russia, bodies.russia],
      ] as const) {
        const put = await callAs(
          app,
          seed.keys.mediator,
          'PUT',
          `/api/plans/${seed.plan.id}/valuations/${party.id}`,
          body,
        );
        assert.ok(put.status === 201 || put.status === 200);
      }
      const answer = await analysis(seed.keys.mediator, seed.v28.id);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      const { parties, missing, incomplete, analysis: a } = answer.body;
      assert.deepEqual(
        parties.map((p: { name: string; accepts: boolean; reservation: number }) => [
          p.name,
          p.accepts,
          p.reservation,
        ]),
        [
          ['Ukraine', false, 0.45],
          ['Russia', true, 0.5],
        ],
      );
      assert.ok(close(parties[0].draftUtility, 0.06));
      assert.ok(close(parties[1].draftUtility, 1));
      assert.deepEqual(missing, [{ partyId: seed.europe.id, name: 'Europe' }]);
      assert.deepEqual(incomplete, []);
      assert.deepEqual(a.parties, ['Ukraine', 'Russia']);
      // The elections are contested but nobody weighs them: left out, so 8 packages, not 16.
      assert.equal(a.outcomes, 8);
      const reworded = Object.values(a.solutions).flatMap((s) =>
        (s as { packages: { changes: { lineageId: string }[] }[] }).packages.flatMap((p) => p.changes),
      );
      assert.ok(reworded.length > 0);
      assert.ok(reworded.every((c) => c.lineageId !== seed.lineages.elections));
      assert.deepEqual(a.acceptableToAll, { kind: 'exact', value: 2, method: a.acceptableToAll.method });
      assert.equal(a.frontier.status, 'ok');
      // Over all 8 packages: (1, .24) (.86, .40) (.70, .64) (.56, .80) (.50, .44)… only the undominated remain.
      const frontier = a.frontier.points.map((p: number[]) => p.map((x) => Math.round(x * 100) / 100));
      assert.deepEqual(
        frontier.sort((x: number[], y: number[]) => (x[0] as number) - (y[0] as number)),
        [
          [0.06, 1],
          [0.2, 0.84],
          [0.56, 0.8],
          [0.7, 0.64],
          [0.86, 0.4],
          [1, 0.24],
        ],
      );
      assert.ok(
        a.solutions.nash.utilities.every((u: number, k: number) => close(u, [0.7, 0.64][k] as number)),
      );
      assert.equal(a.smallestChange.status, 'found');
      assert.equal(a.smallestChange.changed, 1);
      assert.deepEqual(
        a.smallestChange.changes.map((c: { lineageId: string }) => c.lineageId),
        [seed.lineages.cap],
      );
      assert.match(a.smallestChange.text, /^Point 6: replace .*800,000 in peacetime/);
      assert.equal(a.disagreement, 'reservation');
      assert.deepEqual(a.disagreementPoint, [0.45, 0.5]);
      const zero = await analysis(seed.keys.mediator, seed.v28.id, '?disagreement=zero');
      assert.deepEqual(zero.body.analysis.disagreementPoint, [0, 0]);
      assert.ok(
        isProblem(
          await analysis(seed.keys.mediator, seed.v28.id, '?disagreement=best'),
          400,
          'validation-failed',
        ),
      );
      // The E3 text: Russia falls below its reservation; putting NATO back to the 28-point wording fixes it.
      const e3 = (await analysis(seed.keys.mediator, seed.e3.id)).body;
      assert.deepEqual(
        e3.parties.map((p: { accepts: boolean }) => p.accepts),
        [true, false],
      );
      assert.ok(close(e3.parties[1].draftUtility, 0.24));
      assert.deepEqual(
        e3.analysis.smallestChange.changes.map((c: { lineageId: string }) => c.lineageId),
        [seed.lineages.nato],
      );
    });

    test('confidentiality: who gets which analysis, and a party gets nothing of the others', async () => {
      assert.ok(isProblem(await analysis(null, seed.v28.id), 401, 'unauthenticated'));
      assert.ok(isProblem(await analysis('ck_wrong', seed.v28.id), 401, 'unauthenticated'));
      assert.ok(isProblem(await analysis(seed.keys.otherMediator, seed.v28.id), 403, 'forbidden'));
      assert.ok(isProblem(await analysis(seed.keys.otherParty, seed.v28.id), 403, 'forbidden'));
      assert.ok(isProblem(await analysis(seed.keys.mediator, MISSING), 404, 'not-found'));
      const own = await analysis(seed.keys.ukraine, seed.v28.id);
      assert.equal(own.status, 200);
      assert.deepEqual(Object.keys(own.body).sort(), [
        'incomplete',
        'missing',
        'parties',
        'scope',
        'versionId',
      ]);
      assert.equal(own.body.scope, 'own');
      assert.equal(own.body.parties.length, 1);
      const [row] = own.body.parties;
      assert.deepEqual(Object.keys(row).sort(), [
        'accepts',
        'draftUtility',
        'name',
        'partyId',
        'reservation',
      ]);
      assert.equal(row.partyId, seed.ukraine.id);
      assert.ok(close(row.draftUtility, 0.06));
      assert.equal(row.accepts, false);
      const text = JSON.stringify(own.body);
      for (const secret of ['Russia', seed.russia.id, 'Europe', seed.europe.id, '0.24', '0.64', '0.8'])
        assert.ok(!text.includes(secret), `a party's own analysis mentions ${secret}`);
      const russia = (await analysis(seed.keys.russia, seed.e3.id)).body;
      assert.equal(russia.parties.length, 1);
      assert.equal(russia.parties[0].name, 'Russia');
      assert.ok(close(russia.parties[0].draftUtility, 0.24));
      assert.ok(!JSON.stringify(russia).includes('Ukraine'));
    });

    test("a party's analysis reads its own valuation only and never runs the engine", async () => {
      const read: string[] = [];
      const valuations: Store['valuations'] = {
        listByPlan: async (planId) => {
          read.push('listByPlan');
          return store.valuations.listByPlan(planId);
        },
        get: async (planId, partyId) => {
          read.push(`get ${partyId}`);
          return store.valuations.get(planId, partyId);
        },
      };
      const watched = new Proxy(store, {
        get: (target, key) =>
          key === 'readAs'
            ? (p: Principal | null) => ({ ...target.readAs(p), valuations })
            : Reflect.get(target, key),
      });
      const noEngine = new Proxy({} as EnginePool, {
        get: () => {
          throw new Error("the engine ran for a party's own analysis");
        },
      });
      const own = await analyzeVersion(
        { store: watched, engine: noEngine },
        await seed.principalOf('ukraine'),
        { versionId: seed.v28.id, disagreement: 'reservation' },
      );
      assert.deepEqual(read, [`get ${seed.ukraine.id}`]);
      assert.equal(own.scope, 'own');
      assert.ok(close(own.parties[0]?.draftUtility ?? -1, 0.06));
    });

    test('an incomplete valuation is named with its points and left out of the analysis', async () => {
      const put = await callAs(
        app,
        seed.keys.mediator,
        'PUT',
        `/api/plans/${seed.plan.id}/valuations/${seed.europe.id}`,
        {
          reservation: 0.2,
          points: [{ lineageId: seed.lineages.cap, weight: 1, values: { [seed.v28.id]: 1 } }],
        },
      );
      assert.equal(put.status, 201);
      const full = (await analysis(seed.keys.mediator, seed.v28.id)).body;
      assert.deepEqual(full.incomplete, [{ partyId: seed.europe.id, name: 'Europe', points: ['Point 6'] }]);
      assert.deepEqual(full.missing, []);
      assert.deepEqual(full.analysis.parties, ['Ukraine', 'Russia']);
      const europeKey = (await memberToken(store, seed.process.id, 'delegate', { partyId: seed.europe.id }))
        .token;
      const own = (await analysis(europeKey, seed.v28.id)).body;
      assert.deepEqual(own.parties, []);
      assert.deepEqual(own.incomplete, full.incomplete);
      assert.deepEqual(own.missing, []);
    });

    test('a plan whose versions agree on every point has nothing to analyse, and says so', async () => {
      const only = await addOtherPlanVersion(app, seed);
      const domain = await call(app, 'GET', `/api/versions/${only.body.id}/domain`);
      assert.deepEqual([domain.body.outcomes, domain.body.issues], [1, []]);
      const answer = (await analysis(seed.keys.otherMediator, only.body.id)).body;
      assert.equal(answer.analysis, null);
      assert.deepEqual(answer.notes, [NOTHING_CONTESTED_NOTE]);
      assert.deepEqual(answer.missing, [{ partyId: seed.israel.id, name: 'Israel' }]);
    });

    test('a full analysis queue is a 503 analysis-busy problem with Retry-After, saying so', async () => {
      // The pool itself refusing past its bound is tested in the engine (engine-pool.test.ts).
      const full: EnginePool = {
        run: () =>
          Promise.reject(new EngineRunError('BUSY', 'analysis refused: 1 running and 8 waiting already')),
        close: async () => {},
      };
      const busy = createApp({ store, engine: full });
      const answer = await callAs(busy, seed.keys.mediator, 'GET', `/api/versions/${seed.v28.id}/analysis`);
      assert.ok(isProblem(answer, 503, 'analysis-busy'), JSON.stringify(answer.body));
      assert.equal(answer.headers.get('retry-after'), '5');
      assert.match(answer.body.detail, /1 running and 8 waiting/);
    });

    test('an engine limit is a 503 analysis-limit problem; a cancelled request cancels the run', async () => {
      const slow = createEnginePool({ timeLimitMs: 1 });
      try {
        const limited = createApp({ store, engine: slow });
        const answer = await callAs(
          limited,
          seed.keys.mediator,
          'GET',
          `/api/versions/${seed.v28.id}/analysis`,
        );
        assert.ok(isProblem(answer, 503, 'analysis-limit'));
        assert.match(answer.body.detail, /time limit of 1 ms/);
      } finally {
        await slow.close();
      }
      const controller = new AbortController();
      controller.abort();
      await assert.rejects(
        analyzeVersion({ store, engine }, await seed.principalOf('mediator'), {
          versionId: seed.v28.id,
          disagreement: 'reservation',
          signal: controller.signal,
        }),
        (error: unknown) =>
          error instanceof ProblemError && error.status === 503 && /cancelled/.test(error.message),
      );
    });
  });
}
