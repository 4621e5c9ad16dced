// Randomized equivalence of the merge (the sweep for three and four parties, the k-d tree kernel above) against the
// frontier by definition on small domains, and of the sweep against the k-d tree kernel on larger ones with float
// ties, equal vectors, dominated options, single-option issues and reservations that bind.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Outcome, type Scenario, utilityOf, utilityTables } from '../model.ts';
import { mergeFrontier } from './merge-frontier.ts';
import { rng } from './random-scenario.ts';
import type { Frontier, FrontierResult } from './types.ts';

function ok(f: FrontierResult): Frontier {
  assert.equal(f.status, 'ok');
  return f as Frontier;
}

type Values = 'eighths' | 'tenths' | 'reals' | 'integers';

/** A scenario whose issues differ in size; some options repeat or dominate another, some issues have one option. */
function scenario(
  seed: number,
  parties: number,
  sizes: number[],
  values: Values,
  acceptable: boolean,
): Scenario {
  const r = rng(seed);
  const level = (): number => {
    if (values === 'eighths') return Math.floor(r() * 9) / 8;
    if (values === 'tenths') return Math.floor(r() * 4) / 10;
    if (values === 'integers') return Math.floor(r() * 4);
    return r();
  };
  const weight = (): number =>
    values === 'tenths' ? Math.ceil(r() * 3) / 10 : values === 'eighths' ? 1 : r();
  return {
    name: `sweep-${seed}`,
    issues: sizes.map((n, i) => ({ name: `i${i}`, options: Array.from({ length: n }, (_, j) => `o${j}`) })),
    parties: Array.from({ length: parties }, (_, p) => {
      const rows = sizes.map((n) => Array.from({ length: n }, level));
      // Every fourth issue repeats its first option's values in its last one (equal vectors across runs).
      rows.forEach((row, i) => {
        if (i % 4 === 3 && row.length > 1) row[row.length - 1] = row[0] as number;
      });
      const weights = sizes.map(weight);
      let most = 0;
      rows.forEach((row, i) => {
        most += (weights[i] as number) * Math.max(...row);
      });
      return {
        name: `p${p}`,
        weights,
        values: rows,
        reservation: acceptable && r() < 0.6 ? r() * 0.6 * most : null,
      };
    }),
  };
}

/** The frontier by definition: every outcome, pairwise dominance, acceptable ones only (as frontier.test.ts). */
function bruteForce(s: Scenario): Map<string, Outcome[]> {
  const t = utilityTables(s);
  const all: { o: Outcome; u: number[] }[] = [];
  const walk = (prefix: Outcome) => {
    if (prefix.length === s.issues.length) {
      const u = s.parties.map((_, p) => utilityOf(t, p, prefix));
      if (s.parties.every((p, k) => p.reservation === null || (u[k] as number) >= p.reservation - 1e-9))
        all.push({ o: prefix, u });
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

/** Points with their package counts and (up to 50) packages, in a canonical order. */
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

describe('merge frontier, randomized', () => {
  test('3–6 parties on small domains: the merge gives the frontier by definition, packages and counts included', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const r = rng(1000 + seed);
      const parties = 3 + (seed % 4);
      const sizes = Array.from({ length: 2 + Math.floor(r() * 3) }, () => 1 + Math.floor(r() * 5));
      if (sizes.reduce((a, n) => a * n, 1) > 600) sizes.pop();
      const s = scenario(seed, parties, sizes, 'eighths', seed % 3 !== 0);
      const want = bruteForce(s);
      const f = ok(mergeFrontier(s, { acceptableOnly: seed % 3 !== 0 }));
      const got = new Map(f.points.map((p, i) => [p.join(','), f.outcomesOf(i, 1e6)]));
      const where = `seed ${seed}, ${parties} parties, options ${sizes.join('×')}`;
      assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort(), where);
      for (const [key, outcomes] of want) {
        assert.deepEqual(got.get(key), outcomes, `${where}: packages of ${key}`);
        const i = f.points.findIndex((p) => p.join(',') === key);
        assert.equal(f.outcomeCountOf(i), BigInt(outcomes.length), `${where}: count of ${key}`);
      }
    }
  });

  test('3–4 parties on larger domains: the sweep gives what the k-d tree kernel gives, float ties included', () => {
    const kinds: Values[] = ['tenths', 'reals', 'tenths', 'integers', 'tenths', 'eighths'];
    let points = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const r = rng(5000 + seed);
      const parties = 3 + (seed % 2);
      const sizes = Array.from({ length: 6 + Math.floor(r() * 5) }, () => 1 + Math.floor(r() * 5));
      const values = kinds[seed % kinds.length] as Values;
      const acceptableOnly = seed % 5 !== 0;
      const s = scenario(seed, parties, sizes, values, acceptableOnly);
      const reference = ok(mergeFrontier(s, { kernel: 'kd-tree', acceptableOnly }));
      const sweep = ok(mergeFrontier(s, { acceptableOnly }));
      points += sweep.points.length;
      assert.deepEqual(
        canon(sweep),
        canon(reference),
        `seed ${seed}, ${parties} parties, ${values}, options ${sizes.join('×')}`,
      );
    }
    // The domains are not trivial: their frontiers hold many points in all.
    assert.ok(points > 2000, `${points} frontier points in all`);
  });
});
