import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type AnalysisAnswers, AUTO_FRONTIER_LIMIT, analyzeScenario } from './analyze-scenario.ts';
import { randomScenario as countScenario } from './count/testing.ts';
import { mergeFrontier } from './frontier/merge-frontier.ts';
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

  test('the answers come first: handed over before any frontier work, and the same with any frontier mode', () => {
    for (let seed = 40; seed < 46; seed++) {
      const s = randomScenario(seed, 7, 4, 2 + (seed % 3));
      const events: string[] = [];
      let answers: AnalysisAnswers | null = null;
      const full = analyzeScenario(s, {
        onAnswers: (a) => {
          answers = a;
          events.push('answers');
        },
        onProgress: (p) => events.push(p.phase),
      });
      assert.ok(answers, 'onAnswers was called');
      const a = answers as AnalysisAnswers;
      assert.ok(events.indexOf('answers') < events.indexOf('frontier'), events.join(' '));
      assert.deepEqual(a.acceptableToAll, full.acceptableToAll);
      for (const mode of ['none', 'sample'] as const) {
        const r = analyzeScenario(s, { frontier: mode });
        assert.equal(r.kalaiSmorodinsky, null);
        assert.equal(r.equalUtility, null);
        assert.match(r.notes.join(' '), /Kalai–Smorodinsky and equal utility need the whole frontier/);
        for (const key of ['nash', 'egalitarian', 'maxWelfare'] as const) {
          const x = full[key];
          for (const y of [r[key], a[key]]) {
            assert.equal(x === null, y === null, `seed ${seed} ${mode} ${key}`);
            if (x && y)
              assert.ok(
                y.points.some((p) => x.points.some((q) => close(p, q))),
                `seed ${seed} ${key}`,
              );
          }
        }
      }
    }
  });

  test('--frontier none builds nothing and says so; sample lists exact frontier points, labelled as a sample', () => {
    const s = countScenario({ seed: 5, issues: 9, options: 4, parties: 4 });
    const none = analyzeScenario(s, { frontier: 'none' });
    assert.deepEqual(none.frontier, []);
    assert.equal(none.frontierStatus.status, 'skipped');
    assert.equal(none.timings.frontier < 50, true);
    const sample = analyzeScenario(s, { frontier: 'sample' });
    const exact = mergeFrontier(s);
    assert.equal(exact.status, 'ok');
    const all = new Set(exact.status === 'ok' ? exact.points.map((p) => p.join(',')) : []);
    assert.equal(sample.frontierStatus.status, 'sample');
    assert.match(
      sample.frontierStatus.status === 'sample' ? sample.frontierStatus.message : '',
      /not the whole frontier/,
    );
    assert.ok(sample.frontier.length > 0 && sample.frontier.length < all.size);
    for (const p of sample.frontier) assert.ok(all.has(p.join(',')), `${p} is on the exact frontier`);
  });

  test('auto: the exact frontier for two parties; for more, exact under the budget, else a sample with its size so far', () => {
    const two = analyzeScenario(randomScenario(3, 8, 4, 2), { frontier: 'auto' });
    assert.equal(two.frontierStatus.status, 'ok');
    const s = countScenario({ seed: 6, issues: 9, options: 4, parties: 4 });
    const small = analyzeScenario(s, { frontier: 'auto' });
    assert.equal(small.frontierStatus.status, 'ok');
    const size = small.frontierStatus.status === 'ok' ? small.frontierStatus.size : 0;
    assert.ok(size < AUTO_FRONTIER_LIMIT && size > 20);
    const over = analyzeScenario(s, { frontier: 'auto', frontierLimit: 20 });
    const st = over.frontierStatus;
    assert.equal(st.status, 'sample');
    if (st.status !== 'sample') return;
    assert.equal(st.limit, 20);
    assert.ok((st.pointsSoFar ?? 0) > 20);
    assert.match(
      st.message,
      /frontier larger than the budget of 20 points for 4 parties \(\d+ points so far\): a sample of \d+ exact frontier points/,
    );
  });

  test('with a draft: what each party gets from it, and the smallest change, in the answers', () => {
    const s = randomScenario(8, 6, 3, 3);
    const draft = s.issues.map(() => 0);
    let answers: AnalysisAnswers | null = null;
    const r = analyzeScenario(s, {
      draft,
      frontier: 'none',
      onAnswers: (a) => {
        answers = a;
      },
    });
    const a = answers as AnalysisAnswers | null;
    assert.ok(r.draft && r.smallestChange && a?.draft && a.smallestChange);
    const tables = s.parties.map((p) => p.weights.reduce((u, w, i) => u + w * (p.values[i]?.[0] ?? 0), 0));
    r.draft.utilities.forEach((u, k) => {
      assert.ok(Math.abs(u - (tables[k] as number)) < 1e-12);
    });
    assert.deepEqual(a.draft, r.draft);
    assert.ok((r.timings.smallestChange ?? -1) >= 0);
  });
});
