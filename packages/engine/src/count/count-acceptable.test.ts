import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Scenario } from '../model.ts';
import { acceptableCountToJson, countAcceptable } from './count-acceptable.ts';
import { wilson } from './monte-carlo.ts';
import { bruteForceAcceptable, randomScenario } from './testing.ts';

describe('countAcceptable', () => {
  test('merged-state DP equals brute force on random small scenarios (1–4 parties, reals and integers)', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const s = randomScenario({
        seed,
        issues: 2 + (seed % 5),
        options: [2, 5],
        parties: 1 + (seed % 4),
        values: seed % 3 === 0 ? 'small-integers' : 'real',
        reservation: (p, r) => (seed % 7 === 0 && p === 0 ? null : 0.2 + 0.6 * r()),
      });
      const count = countAcceptable(s, { method: 'merged-states' });
      assert.equal(count.kind, 'exact');
      assert.equal(count.value, bruteForceAcceptable(s), `seed ${seed}`);
    }
  });

  test('depth-first search equals brute force on random small scenarios (1–4 parties)', () => {
    for (let seed = 300; seed <= 380; seed++) {
      const s = randomScenario({
        seed,
        issues: 2 + (seed % 6),
        options: [1, 5],
        parties: 1 + (seed % 4),
        values: seed % 3 === 0 ? 'small-integers' : 'real',
        reservation: (p, r) => (seed % 5 === 0 && p === 0 ? null : 0.1 + 0.8 * r()),
      });
      const count = countAcceptable(s, { method: 'depth-first' });
      assert.equal(count.value, bruteForceAcceptable(s), `seed ${seed}`);
    }
  });

  test('meet-in-the-middle equals brute force with one and two binding reservations', () => {
    for (let seed = 100; seed <= 160; seed++) {
      const s = randomScenario({
        seed,
        issues: 2 + (seed % 6),
        options: [1, 5],
        parties: 1 + (seed % 2),
        values: seed % 4 === 0 ? 'small-integers' : 'real',
        reservation: (_, r) => 0.1 + 0.8 * r(),
      });
      const count = countAcceptable(s, { method: 'meet-in-the-middle' });
      assert.equal(count.value, bruteForceAcceptable(s), `seed ${seed}`);
    }
  });

  test('a reservation met exactly by some outcome counts that outcome (utility ≥ reservation)', () => {
    const s: Scenario = {
      name: 'edge',
      issues: [
        { name: 'a', options: ['x', 'y'] },
        { name: 'b', options: ['x', 'y'] },
      ],
      parties: [
        {
          name: 'p',
          weights: [0.1, 0.2],
          values: [
            [1, 0],
            [1, 0],
          ],
          reservation: 0.3,
        },
      ],
    };
    // 0.1 + 0.2 = 0.30000000000000004 ≥ 0.3; the other outcomes are below.
    for (const method of ['merged-states', 'meet-in-the-middle'] as const) {
      assert.equal(countAcceptable(s, { method }).value, 1n, method);
    }
    s.parties[0] = {
      name: 'p',
      weights: [0.1, 0.2],
      values: [
        [1, 0],
        [1, 0],
      ],
      reservation: 0.3 + 5e-10,
    };
    assert.equal(countAcceptable(s, { method: 'merged-states' }).value, 1n, 'within tolerance');
  });

  test('no reservation, or one nobody can reach, is answered exactly without search', () => {
    const free = randomScenario({ seed: 5, issues: 30, options: 4, parties: 3, reservation: () => null });
    assert.deepEqual(countAcceptable(free), {
      kind: 'exact',
      value: 4n ** 30n,
      outcomes: 4n ** 30n,
      method: 'no-binding-reservation',
    });
    const impossible = randomScenario({
      seed: 6,
      issues: 30,
      options: 4,
      parties: 3,
      reservation: () => 1.5,
    });
    assert.equal(countAcceptable(impossible).value, 0n);
  });

  test('exact far beyond listing: 60 issues × 3 options (4e28 outcomes) with integer scores', () => {
    // One party, every issue scores {0, 1, 2}: the count is the number of sequences with sum ≥ 70, which a
    // polynomial recurrence gives independently.
    const s: Scenario = {
      name: 'wide',
      issues: Array.from({ length: 60 }, (_, i) => ({ name: `i${i}`, options: ['0', '1', '2'] })),
      parties: [
        { name: 'p', weights: Array(60).fill(1), values: Array(60).fill([0, 1, 2]), reservation: 70 },
      ],
    };
    let ways = [1n];
    for (let i = 0; i < 60; i++) {
      const next = Array(ways.length + 2).fill(0n);
      ways.forEach((w, sum) => {
        for (let v = 0; v <= 2; v++) next[sum + v] += w;
      });
      ways = next;
    }
    const expected = ways.slice(70).reduce((a, w) => a + w, 0n);
    const count = countAcceptable(s);
    assert.equal(count.kind, 'exact');
    assert.equal(count.value, expected);
  });

  test('meet-in-the-middle reaches 6^14 ≈ 7.8e10 outcomes with real-valued utilities, inside the MC interval', () => {
    const s = randomScenario({ seed: 42, issues: 14, options: 6, parties: 2, reservation: () => 0.55 });
    const exact = countAcceptable(s, { method: 'meet-in-the-middle' });
    assert.equal(exact.kind, 'exact');
    const estimate = countAcceptable(s, {
      method: 'monte-carlo',
      relativePrecision: 0.01,
      timeBudgetMs: 120_000,
    });
    assert.equal(estimate.kind, 'estimate');
    if (estimate.kind !== 'estimate') return;
    const value = Number(exact.value);
    assert.ok(
      value >= estimate.low && value <= estimate.high,
      `${value} in [${estimate.low}, ${estimate.high}]`,
    );
    assert.ok((estimate.high - estimate.low) / 2 <= 0.01 * estimate.value * 1.0001);
  });

  test('beyond the exact budgets the answer is an estimate with a 99% interval, never labelled exact', () => {
    const s = randomScenario({ seed: 7, issues: 28, options: 4, parties: 4, reservation: () => 0.45 });
    const count = countAcceptable(s, { maxWork: 100_000, relativePrecision: 0.02 });
    assert.equal(count.kind, 'estimate');
    const json = acceptableCountToJson(count);
    assert.equal(json.kind, 'estimate');
    assert.equal(json.confidence, 0.99);
  });

  test('Wilson interval matches a textbook value and covers the truth at about the stated rate', () => {
    const { low, high } = wilson(50, 100, 1.959963984540054);
    assert.ok(Math.abs(low - 0.4038) < 1e-4 && Math.abs(high - 0.5962) < 1e-4);
    // 100 repeated estimates of a known count: the 99% interval should miss rarely (expected 1; allow ≤ 5).
    const s = randomScenario({ seed: 9, issues: 6, options: 3, parties: 3, reservation: () => 0.4 });
    const truth = Number(bruteForceAcceptable(s));
    let misses = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const c = countAcceptable(s, { method: 'monte-carlo', seed, maxSamples: 1 });
      if (c.kind === 'estimate' && (truth < c.low || truth > c.high)) misses++;
    }
    assert.ok(misses <= 5, `${misses} misses of 100`);
  });
});
