import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { randomScenario as countScenario } from '../count/testing.ts';
import { type Outcome, type Scenario, utilityOf, utilityTables } from '../model.ts';
import { enumerateFrontier } from './enumerate-frontier.ts';
import { mergeFrontier } from './merge-frontier.ts';
import { paretoFrontier } from './pareto-frontier.ts';
import { randomScenario, rng } from './random-scenario.ts';
import type { Frontier, FrontierResult } from './types.ts';

function ok(f: FrontierResult): Frontier {
  assert.equal(f.status, 'ok');
  return f as Frontier;
}

/** The frontier by definition: every outcome, O(n²) dominance, acceptable ones only. */
function bruteForce(s: Scenario): Map<string, Outcome[]> {
  const t = utilityTables(s);
  const all: { o: Outcome; u: number[] }[] = [];
  const walk = (prefix: Outcome) => {
    if (prefix.length === s.issues.length) {
      const u = s.parties.map((_, p) => utilityOf(t, p, prefix));
      if (s.parties.every((p, k) => p.reservation === null || (u[k] as number) >= p.reservation - 1e-9)) {
        all.push({ o: prefix, u });
      }
      return;
    }
    const n = s.issues[prefix.length]?.options.length ?? 0;
    for (let j = 0; j < n; j++) walk([...prefix, j]);
  };
  walk([]);
  const out = new Map<string, Outcome[]>();
  for (const a of all) {
    const dominated = all.some(
      (b) => b.u.every((x, p) => x >= (a.u[p] as number)) && b.u.some((x, p) => x > (a.u[p] as number)),
    );
    if (dominated) continue;
    const key = a.u.join(',');
    out.set(key, [...(out.get(key) ?? []), a.o]);
  }
  return out;
}

function asMap(f: Frontier): Map<string, Outcome[]> {
  return new Map(f.points.map((p, i) => [p.join(','), f.outcomesOf(i, 1e6)]));
}

describe('Pareto frontier', () => {
  test('merge and enumeration equal the brute-force definition, outcomes included (2–6 parties)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const parties = 2 + (seed % 5);
      const s = randomScenario(seed, 2 + (seed % 4), 4, parties);
      const want = bruteForce(s);
      for (const f of [ok(mergeFrontier(s)), ok(enumerateFrontier(s))]) {
        const got = asMap(f);
        assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort(), `seed ${seed} ${f.method}`);
        for (const [key, outcomes] of want) {
          assert.deepEqual(got.get(key), outcomes, `seed ${seed} ${f.method} outcomes of ${key}`);
          const i = f.points.findIndex((p) => p.join(',') === key);
          assert.equal(f.outcomeCountOf(i), BigInt(outcomes.length));
        }
      }
    }
  });

  test('without the reservation filter the frontier covers all outcomes', () => {
    const s = randomScenario(7, 4, 4, 2);
    s.parties.forEach((p) => {
      p.reservation = 1e9;
    });
    assert.equal(ok(mergeFrontier(s)).points.length, 0);
    assert.ok(ok(mergeFrontier(s, { acceptableOnly: false })).points.length > 0);
  });

  test('a frontier beyond the size limit stops with its size so far', () => {
    const s = randomScenario(3, 12, 6, 3);
    const f = mergeFrontier(s, { limit: 5, acceptableOnly: false });
    assert.equal(f.status, 'limit');
    assert.match(f.status === 'limit' ? f.message : '', /frontier exceeds limit \(5\), \d+ points so far/);
  });

  test('listing refuses spaces too large to hold, saying so', () => {
    const s = randomScenario(4, 30, 4, 2);
    s.issues.forEach((i) => {
      i.options = ['a', 'b', 'c', 'd'];
    });
    s.parties.forEach((p) => {
      p.values = p.values.map(() => [0, 0.25, 0.5, 1]);
    });
    const f = enumerateFrontier(s);
    assert.equal(f.status, 'limit');
    assert.match(f.status === 'limit' ? f.message : '', /too many outcomes to list/);
    assert.equal(ok(mergeFrontier(s)).points.length > 0, true);
  });

  test('auto picks enumeration for small spaces and merge above', () => {
    assert.equal(ok(paretoFrontier(randomScenario(1, 3, 3, 2))).method, 'enumeration');
    const big: Scenario = randomScenario(2, 14, 5, 2);
    big.issues.forEach((i) => {
      i.options = ['a', 'b', 'c', 'd', 'e'];
    });
    big.parties.forEach((p) => {
      p.values = p.values.map((row) => [0, 0.25, 0.5, 0.75, 1].map((_, j) => row[j] ?? j / 4));
    });
    assert.equal(ok(paretoFrontier(big)).method, 'merge');
  });

  test('50 issues × 10 options, 2 parties: merge is exact against the sweep on pairs of halves', () => {
    const r = rng(50);
    const s: Scenario = {
      name: 'wide',
      issues: Array.from({ length: 50 }, (_, i) => ({
        name: `i${i}`,
        options: Array.from({ length: 10 }, (_, j) => `${j}`),
      })),
      parties: [0, 1].map((p) => ({
        name: `p${p}`,
        weights: Array.from({ length: 50 }, () => r()),
        values: Array.from({ length: 50 }, () => Array.from({ length: 10 }, () => r())),
        reservation: null,
      })),
    };
    const f = ok(mergeFrontier(s));
    // Every reported point is reached by its outcome, and no point dominates another.
    const t = utilityTables(s);
    f.points.forEach((pt, i) => {
      const [o] = f.outcomesOf(i, 1);
      assert.ok(o);
      assert.deepEqual([utilityOf(t, 0, o), utilityOf(t, 1, o)], pt);
    });
    const sorted = [...f.points].sort((a, b) => (b[0] as number) - (a[0] as number));
    for (let i = 1; i < sorted.length; i++)
      assert.ok((sorted[i]?.[1] as number) > (sorted[i - 1]?.[1] as number));
  });

  test('3–4 parties: the sweep gives what the k-d tree kernel gives, groups, packages and counts included', () => {
    // Points with their package counts and (up to 50) packages, in a canonical order.
    const canon = (f: Frontier) =>
      f.points
        .map(
          (p, i) =>
            `${p.join(',')}|${f.outcomeCountOf(i)}|${f
              .outcomesOf(i, 50)
              .map((o) => o.join('.'))
              .join(';')}`,
        )
        .sort();
    // Decimal weights and values: sums of 0.1s and 0.3s that differ by float noise, the kernel's "float ties".
    const decimal = (seed: number, parties: number): Scenario => {
      const r = rng(seed);
      return {
        name: 'decimal',
        issues: Array.from({ length: 7 }, (_, i) => ({ name: `i${i}`, options: ['a', 'b', 'c'] })),
        parties: Array.from({ length: parties }, (_, p) => ({
          name: `p${p}`,
          weights: Array.from({ length: 7 }, () => Math.ceil(r() * 3) / 10),
          values: Array.from({ length: 7 }, () => [0, 1, 2].map(() => Math.floor(r() * 4) / 10)),
          reservation: null,
        })),
      };
    };
    for (let seed = 1; seed <= 90; seed++) {
      const k = 3 + (seed % 2);
      const s =
        seed % 3 === 0
          ? countScenario({
              seed,
              issues: 8,
              options: [2, 5],
              parties: k,
              values: seed % 2 ? 'small-integers' : 'real',
            })
          : seed % 3 === 1
            ? randomScenario(seed, 4 + (seed % 6), 5, k)
            : decimal(seed, k);
      const reference = ok(mergeFrontier(s, { kernel: 'kd-tree' }));
      const sweep = ok(mergeFrontier(s));
      assert.deepEqual(canon(sweep), canon(reference), `seed ${seed}, ${k} parties`);
    }
  });

  test('the sweep stops at the limit like the kernel', () => {
    const s = countScenario({ seed: 9, issues: 12, options: 4, parties: 4 });
    const f = mergeFrontier(s, { limit: 50 });
    assert.equal(f.status, 'limit');
    assert.match(f.status === 'limit' ? f.message : '', /frontier exceeds limit \(50\), \d+ points so far/);
  });
});
