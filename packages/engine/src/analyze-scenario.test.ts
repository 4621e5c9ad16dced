import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeScenario } from './analyze-scenario.ts';
import { randomScenario } from './frontier/random-scenario.ts';

const close = (a: number[] | undefined, b: number[] | undefined) =>
  !!a && !!b && a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] as number)) <= 1e-9);

describe('analyzeScenario', () => {
  test('reports every result field with per-phase timings and progress', () => {
    const s = randomScenario(11, 6, 4, 3);
    const phases = new Set<string>();
    const r = analyzeScenario(s, { onProgress: (p) => phases.add(p.phase) });
    assert.deepEqual([...phases].sort(), ['count', 'frontier', 'solutions']);
    assert.equal(r.parties.length, 3);
    assert.equal(r.frontierStatus.status, 'ok');
    assert.equal(r.frontier.length, r.frontierStatus.status === 'ok' ? r.frontierStatus.size : -1);
    for (const key of ['count', 'frontier', 'solutions', 'total'] as const) assert.ok(r.timings[key] >= 0);
    assert.ok(r.nash && r.maxWelfare && r.egalitarian && r.kalaiSmorodinsky && r.equalUtility);
    assert.deepEqual(Object.keys(r.nashByConvention).sort(), ['negmas', 'reservation', 'zero']);
    assert.ok(r.nash.outcomes.length > 0 && typeof r.nash.outcomes[0] === 'object');
    // The result is plain JSON.
    assert.deepEqual(JSON.parse(JSON.stringify(r)).nash, r.nash);
  });

  test('over the frontier limit, Nash, egalitarian and welfare still come out exact (same as with the frontier)', () => {
    for (let seed = 20; seed < 30; seed++) {
      const s = randomScenario(seed, 7, 4, 2 + (seed % 3));
      const full = analyzeScenario(s);
      const capped = analyzeScenario(s, { frontierLimit: 1 });
      if (full.frontierStatus.status === 'ok' && full.frontierStatus.size <= 1) continue;
      assert.equal(capped.frontierStatus.status, 'limit');
      assert.match(capped.notes.join(' '), /frontier exceeds limit/);
      assert.equal(capped.kalaiSmorodinsky, null);
      for (const key of ['nash', 'egalitarian', 'maxWelfare'] as const) {
        const a = full[key];
        const b = capped[key];
        assert.equal(a === null, b === null, `seed ${seed} ${key}`);
        if (a && b)
          assert.ok(
            b.points.some((p) => a.points.some((q) => close(p, q))),
            `seed ${seed} ${key}`,
          );
      }
    }
  });

  test('a cancelled analysis stops with the reason', () => {
    const controller = new AbortController();
    controller.abort(new Error('stop now'));
    assert.throws(
      () => analyzeScenario(randomScenario(3, 5, 3, 2), { signal: controller.signal }),
      /stop now/,
    );
  });
});
