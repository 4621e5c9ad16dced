import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { AnalysisAnswers, AnalysisResult } from '../analyze-scenario.ts';
import { randomScenario } from '../count/testing.ts';
import { createEnginePool, EngineRunError } from './engine-pool.ts';
import type { Progress } from './tasks.ts';

const hogs = new URL('./testdata/hog-tasks.ts', import.meta.url);

describe('engine pool', () => {
  const pool = createEnginePool({ maxThreads: 1, memoryLimitMb: 256, timeLimitMs: 30_000 });
  const hogPool = createEnginePool({ maxThreads: 1, memoryLimitMb: 64, timeLimitMs: 20_000, module: hogs });
  after(async () => {
    await pool.close();
    await hogPool.close();
  });

  test('runs engine tasks off the main thread and reports progress', async () => {
    const scenario = randomScenario({
      seed: 2028,
      issues: 28,
      options: 4,
      parties: 4,
      reservation: () => 0.5,
    });
    const progress: Progress[] = [];
    const nash = await pool.run<{ value: number; points: unknown[] } | null>(
      { kind: 'nash', scenario, disagreement: 'reservation' },
      { onProgress: (p) => progress.push(p) },
    );
    assert.ok(nash && nash.value > 0 && nash.points.length >= 1);
    const count = await pool.run<{ kind: string; value: unknown }>(
      { kind: 'count', scenario },
      { onProgress: (p) => progress.push(p) },
    );
    assert.equal(count.kind, 'estimate');
    assert.ok(progress.some((p) => p.phase === 'count'));
  });

  test('the analyze task hands over its answers before its frontier is done', async () => {
    const scenario = randomScenario({ seed: 7, issues: 12, options: 4, parties: 3 });
    let answers: AnalysisAnswers | null = null;
    let resolved = false;
    const run = pool.run<AnalysisResult>(
      { kind: 'analyze', scenario, disagreement: 'reservation', frontier: 'full' },
      {
        onAnswers: (a) => {
          answers = a;
          assert.equal(resolved, false, 'answers arrive while the run is still going');
        },
      },
    );
    const result = await run;
    resolved = true;
    const a = answers as AnalysisAnswers | null;
    assert.ok(a, 'answers arrived');
    assert.deepEqual(a.acceptableToAll, result.acceptableToAll);
    assert.equal(result.frontierStatus.status, 'ok');
    assert.ok(a.nash && result.nash);
  });

  test('a malformed task fails with a clear error and the pool keeps working', async () => {
    await assert.rejects(
      pool.run({ kind: 'nash', scenario: { name: 'x', issues: [], parties: [] } }),
      /no issues/,
    );
    const echoed = await hogPool.run({ kind: 'echo', value: 42 });
    assert.equal(echoed, 42);
  });

  test('cancellation through an AbortSignal ends a running task', async () => {
    const controller = new AbortController();
    const progress: Progress[] = [];
    // Cancel once the task is demonstrably running (its first progress report), however slowly the worker started.
    const running = hogPool.run(
      { kind: 'spin' },
      {
        signal: controller.signal,
        onProgress: (p) => {
          progress.push(p);
          controller.abort();
        },
      },
    );
    await assert.rejects(running, (e: unknown) => e instanceof EngineRunError && e.code === 'CANCELLED');
    assert.ok(progress.length > 0, 'progress arrived while it ran');
    assert.equal(await hogPool.run({ kind: 'echo', value: 'after cancel' }), 'after cancel');
  });

  test('runs beyond the queue are refused at once as BUSY, naming the bound', async () => {
    // The spinning run ends at its time limit; the queued one may wait out its own.
    const small = createEnginePool({ maxThreads: 1, maxQueue: 1, timeLimitMs: 5_000, module: hogs });
    const runs: Promise<unknown>[] = [];
    // Their ends (time limits) are not what is tested: handled at once so none is an unhandled rejection.
    const keep = (run: Promise<unknown>) => {
      run.catch(() => {});
      runs.push(run);
    };
    try {
      await new Promise<void>((resolve) => {
        keep(small.run({ kind: 'spin' }, { onProgress: () => resolve() }));
      });
      keep(small.run({ kind: 'echo', value: 'queued' }));
      const started = performance.now();
      await assert.rejects(
        small.run({ kind: 'echo', value: 'one too many' }),
        (e: unknown) =>
          e instanceof EngineRunError && e.code === 'BUSY' && /1 running and 1 waiting/.test(e.message),
      );
      assert.ok(performance.now() - started < 1000, 'refused at once, not after waiting');
    } finally {
      await Promise.allSettled(runs);
      await small.close();
    }
  });

  test('the time limit ends a run with a clear error', async () => {
    const started = performance.now();
    await assert.rejects(
      hogPool.run({ kind: 'spin' }, { timeLimitMs: 400 }),
      (e: unknown) =>
        e instanceof EngineRunError && e.code === 'TIME_LIMIT' && /time limit of 400 ms/.test(e.message),
    );
    assert.ok(performance.now() - started < 10_000);
  });

  test('the memory limit ends a run with a clear error, not an out-of-memory crash of this process', async () => {
    await assert.rejects(
      hogPool.run({ kind: 'allocate' }),
      (e: unknown) =>
        e instanceof EngineRunError && e.code === 'MEMORY_LIMIT' && /memory limit of 64 MB/.test(e.message),
    );
    assert.equal(await hogPool.run({ kind: 'echo', value: 'still alive' }), 'still alive');
  });

  test("the engine's own memory budget ends a run whose frontier would outgrow the limit; the pool carries on", async () => {
    // Four parties, no reservations, 12 options on 12 issues: the frontier's arrays (outside V8's heap) need > 64 MB.
    const scenario = randomScenario({
      seed: 3,
      issues: 12,
      options: 12,
      parties: 4,
      reservation: () => null,
    });
    const small = createEnginePool({ maxThreads: 1, memoryLimitMb: 64 });
    try {
      await assert.rejects(
        small.run({ kind: 'analyze', scenario, disagreement: 'reservation', frontier: 'full' }),
        (e: unknown) =>
          e instanceof EngineRunError &&
          e.code === 'MEMORY_LIMIT' &&
          /memory limit of 64 MB exceeded \(the frontier would hold \d+ MB/.test(e.message),
      );
      const after = await small.run<{ frontierStatus: { status: string } }>({
        kind: 'analyze',
        scenario: randomScenario({ seed: 4, issues: 5, options: 3, parties: 3 }),
        disagreement: 'reservation',
      });
      assert.equal(after.frontierStatus.status, 'ok');
    } finally {
      await small.close();
    }
  });

  test('a worker that runs out of memory while starting ends the run with the memory error, not a crash', async () => {
    const tiny = createEnginePool({ maxThreads: 1, memoryLimitMb: 1, module: hogs });
    try {
      await assert.rejects(
        tiny.run({ kind: 'echo', value: 1 }),
        (e: unknown) => e instanceof EngineRunError && e.code === 'MEMORY_LIMIT',
      );
    } finally {
      await tiny.close();
    }
  });
});
