import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EnginePool } from '@concord/engine';
import { rememberAnalyses } from './analysis-cache.ts';

function countingEngine(): EnginePool & { runs: unknown[] } {
  const runs: unknown[] = [];
  return {
    runs,
    async run<T>(task: unknown): Promise<T> {
      runs.push(task);
      if ((task as { fail?: boolean }).fail) throw new Error('engine stopped');
      return { answer: runs.length, task } as T;
    },
    close: async () => {},
  };
}

describe('remembered analyses', () => {
  test('the same task is computed once; a different one (a changed valuation) again', async () => {
    const engine = countingEngine();
    const cached = rememberAnalyses(engine);
    const task = { kind: 'plan-analysis', scenario: { parties: [{ reservation: 0.5 }] } };
    const first = await cached.run<{ answer: number }>(task);
    const again = await cached.run<{ answer: number }>(structuredClone(task));
    assert.equal(first.answer, 1);
    assert.deepEqual(again, first);
    assert.equal(engine.runs.length, 1);
    const changed = await cached.run<{ answer: number }>({
      kind: 'plan-analysis',
      scenario: { parties: [{ reservation: 0.6 }] },
    });
    assert.equal(changed.answer, 2);
  });

  test('a caller changing its answer does not change what the next caller gets', async () => {
    const cached = rememberAnalyses(countingEngine());
    const a = await cached.run<{ answer: number }>({ k: 1 });
    a.answer = 99;
    const b = await cached.run<{ answer: number }>({ k: 1 });
    assert.equal(b.answer, 1);
  });

  test('failures are not remembered; the oldest entry goes when full', async () => {
    const engine = countingEngine();
    const cached = rememberAnalyses(engine, 2);
    await assert.rejects(cached.run({ fail: true }), /engine stopped/);
    await assert.rejects(cached.run({ fail: true }), /engine stopped/);
    assert.equal(engine.runs.length, 2);
    await cached.run({ k: 1 });
    await cached.run({ k: 2 });
    await cached.run({ k: 1 }); // hit: k1 becomes the most recent
    await cached.run({ k: 3 }); // evicts k2
    assert.equal(engine.runs.length, 5);
    await cached.run({ k: 1 });
    assert.equal(engine.runs.length, 5, 'k1 kept');
    await cached.run({ k: 2 });
    assert.equal(engine.runs.length, 6, 'k2 was evicted');
  });
});
