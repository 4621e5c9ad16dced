// The analysis of a plan at the reference case's full size (28 contested points, 3–4 wordings, four parties),
// through the API with the real engine pool: the answers come back, the chart's frontier is a labelled sample
// sized for a browser, and a client that goes away mid-analysis cancels the engine's run over a real socket,
// without the server logging it as an error.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { VersionAnalysis } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import {
  CHART_SAMPLE_SIZE,
  createEnginePool,
  type EnginePool,
  EngineRunError,
  type RunOptions,
} from '@concord/engine';
import { serve } from '@hono/node-server';
import { createApp } from '../app.ts';
import { sessionHeaders, signedIn } from '../test-support.ts';
import { seedFullSizePlan } from './full-size-seed.ts';

const target = databaseTargets()[0];

describe('the analysis at full size (28 × 3–4 wordings × 4 parties)', { timeout: 120_000 }, () => {
  let store: Store;
  let engine: EnginePool;
  let session: Awaited<ReturnType<typeof signedIn>>;
  let draftId: string;
  before(async () => {
    if (!target) throw new Error('no database target');
    store = await target.open();
    engine = createEnginePool();
    session = await signedIn(store, { name: 'Lead mediator' });
    const app = createApp({ store, engine });
    const call = (method: string, path: string, body?: unknown) => session(app, method, path, body);
    const process = (await call('POST', '/api/processes', { title: 'Full-size talks' })).body as {
      id: string;
    };
    draftId = (await seedFullSizePlan(call, process.id)).draft.id;
  });
  after(async () => {
    await engine?.close();
    await store?.close();
  });

  test('the answers, and a chart frontier sampled to a browser-sized, labelled set', async () => {
    const app = createApp({ store, engine });
    const answer = await session(app, 'GET', `/api/versions/${draftId}/analysis`);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const body = answer.body as VersionAnalysis;
    assert.equal(body.scope, 'full');
    if (body.scope !== 'full' || body.analysis === null) throw new Error('no full analysis');
    const a = body.analysis;
    assert.equal(a.parties.length, 4);
    assert.equal(a.outcomes, Number(4n ** 14n * 3n ** 14n), 'all 28 points contested');
    for (const name of ['nash', 'egalitarian', 'maxWelfare'] as const) assert.ok(a.solutions[name], name);
    assert.equal(a.frontier.status, 'sample');
    assert.ok(a.frontier.points.length <= CHART_SAMPLE_SIZE, `${a.frontier.points.length} points sent`);
    assert.match(a.frontier.message ?? '', /^a sample of \d+ of the efficient packages/);
    assert.equal(a.acceptableFrontier.status, 'sample');
    assert.ok(JSON.stringify(body).length < 400_000, 'small enough for a browser');
  });

  test('a memory limit ends the analysis, never the server: 503 analysis-limit, and the next request is answered', async (t) => {
    t.mock.method(console, 'error', () => {});
    const tiny = createEnginePool({ maxThreads: 1, memoryLimitMb: 1 });
    try {
      const limited = createApp({ store, engine: tiny });
      const answer = await session(limited, 'GET', `/api/versions/${draftId}/analysis?disagreement=negmas`);
      assert.equal(answer.status, 503, JSON.stringify(answer.body));
      const problem = answer.body as { type: string; detail: string };
      assert.match(problem.type, /analysis-limit$/);
      assert.match(problem.detail, /memory limit of 1 MB/);
      const domain = await session(limited, 'GET', `/api/versions/${draftId}/domain`);
      assert.equal(domain.status, 200, 'the server carries on');
    } finally {
      await tiny.close();
    }
  });

  test('a client leaving mid-analysis cancels the pool task, and no server error is logged', async (t) => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    let ended!: (error: unknown) => void;
    const outcome = new Promise<unknown>((resolve) => {
      ended = resolve;
    });
    // The real pool, watched: when its run starts, and how it ends.
    const watched: EnginePool = {
      run<T>(task: unknown, options?: RunOptions): Promise<T> {
        started();
        return engine.run<T>(task, options).then(
          (result) => {
            ended(result);
            return result;
          },
          (error: unknown) => {
            ended(error);
            throw error;
          },
        );
      },
      close: () => engine.close(),
    };
    const logged = t.mock.method(console, 'error', () => {});
    const server = serve({ fetch: createApp({ store, engine: watched }).fetch, port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const { port } = server.address() as AddressInfo;
      // Another disagreement than the test above: not a remembered answer, a new run.
      const url = `http://127.0.0.1:${port}/api/versions/${draftId}/analysis?disagreement=zero`;
      const headers = await sessionHeaders(store, session.accountId);
      const leaving = new AbortController();
      const request = fetch(url, { headers, signal: leaving.signal }).catch((error: unknown) => error);
      await running;
      leaving.abort();
      assert.equal(((await request) as Error).name, 'AbortError');
      const error = await outcome;
      assert.ok(error instanceof EngineRunError && error.code === 'CANCELLED', `the run ended by ${error}`);
      // The route's error handler runs once the cancelled run has unwound.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      const serverErrors = logged.mock.calls.filter((c) => /server error/.test(String(c.arguments[0])));
      assert.deepEqual(
        serverErrors.map((c) => String(c.arguments[1])),
        [],
        'a cancelled analysis is not a server error',
      );
    } finally {
      logged.mock.restore();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
