import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAcceptable } from '../count/acceptable.ts';
import { forEachOutcome, randomScenario } from '../count/testing.ts';
import {
  type Disagreement,
  disagreementPoint,
  reservationFloors,
  type Scenario,
  utilityOf,
  utilityTables,
} from '../model.ts';
import { optimizeEgalitarian } from './optimize-egalitarian.ts';
import { optimizeNash } from './optimize-nash.ts';
import type { Optimum } from './solve-concave.ts';

type Reference = { value: number; vectors: Set<string>; outcomes: number } | null;

const key = (u: number[]) => u.map((x) => x.toFixed(7)).join(',');

/** Lists every outcome: the best value, and the distinct utility vectors (and outcomes) within tolerance. */
function bruteForce(
  s: Scenario,
  value: (u: number[]) => number,
  relative: boolean,
  pareto: boolean,
): Reference {
  const tables = utilityTables(s);
  const floors = reservationFloors(s);
  const all: { u: number[]; v: number }[] = [];
  forEachOutcome(s, (o) => {
    const u = tables.map((_, p) => utilityOf(tables, p, o));
    if (!u.every((x, p) => isAcceptable(x, floors[p] as number))) return;
    const v = value(u);
    if (Number.isFinite(v)) all.push({ u, v });
  });
  if (all.length === 0) return null;
  const best = Math.max(...all.map((x) => x.v));
  const tol = relative ? 1e-9 * Math.abs(best) : 1e-9;
  let ties = all.filter((x) => x.v >= best - tol);
  if (pareto) {
    ties = ties.filter(
      (a) =>
        !ties.some(
          (b) =>
            b.u.every((x, p) => x >= (a.u[p] as number) - 1e-12) &&
            b.u.some((x, p) => x > (a.u[p] as number) + 1e-9),
        ),
    );
  }
  return { value: best, vectors: new Set(ties.map((t) => key(t.u))), outcomes: ties.length };
}

function assertMatches(found: Optimum | null, expected: Reference, label: string): void {
  if (expected === null) {
    assert.equal(found, null, label);
    return;
  }
  assert.ok(found, label);
  assert.ok(Math.abs(found.value - expected.value) <= 1e-9 * Math.max(1, Math.abs(expected.value)), label);
  assert.deepEqual(new Set(found.points.map((p) => key(p.utilities))), expected.vectors, label);
  assert.equal(
    found.points.reduce((n, p) => n + p.outcomes.length, 0),
    expected.outcomes,
    label,
  );
}

const conventions: Disagreement[] = ['reservation', 'zero', 'negmas'];

describe('exact large-domain optimisers agree with listing every outcome', () => {
  test('Nash: random scenarios, 2–4 parties, all three disagreement conventions', () => {
    for (let seed = 1; seed <= 90; seed++) {
      const s = randomScenario({
        seed,
        issues: 2 + (seed % 5),
        options: [2, 4],
        parties: 2 + (seed % 3),
        values: seed % 4 === 0 ? 'small-integers' : 'real',
        reservation: (p, r) => (seed % 5 === 0 && p === 1 ? null : 0.1 + 0.5 * r()),
      });
      const convention = conventions[seed % 3] as Disagreement;
      const d = disagreementPoint(s, convention);
      const expected = bruteForce(
        s,
        (u) =>
          u.every((x, p) => x - (d[p] as number) > 0)
            ? u.reduce((a, x, p) => a * (x - (d[p] as number)), 1)
            : Number.NaN,
        true,
        false,
      );
      assertMatches(optimizeNash(s, convention), expected, `seed ${seed} ${convention}`);
    }
  });

  test('egalitarian: random scenarios, 2–4 parties, ties reduced to the non-dominated packages', () => {
    for (let seed = 200; seed <= 290; seed++) {
      const s = randomScenario({
        seed,
        issues: 2 + (seed % 5),
        options: [2, 4],
        parties: 2 + (seed % 3),
        values: seed % 3 === 0 ? 'small-integers' : 'real',
      });
      const convention = conventions[seed % 3] as Disagreement;
      const d = disagreementPoint(s, convention);
      const expected = bruteForce(s, (u) => Math.min(...u.map((x, p) => x - (d[p] as number))), false, true);
      assertMatches(optimizeEgalitarian(s, convention), expected, `seed ${seed} ${convention}`);
    }
  });

  test('28 issues × 4 options × 4 parties (7.2e16 packages) is solved exactly in seconds, not listed', () => {
    const s = randomScenario({ seed: 2028, issues: 28, options: 4, parties: 4, reservation: () => 0.45 });
    const nash = optimizeNash(s, 'reservation');
    const egalitarian = optimizeEgalitarian(s, 'reservation');
    assert.ok(nash && egalitarian);
    assert.ok(nash.nodes < 5e7 && egalitarian.nodes < 5e7);
    // Local optimality check: no single-issue change improves either objective.
    const tables = utilityTables(s);
    const d = disagreementPoint(s, 'reservation');
    const floors = reservationFloors(s);
    const base = nash.points[0]?.outcomes[0] as number[];
    for (let i = 0; i < 28; i++) {
      for (let o = 0; o < 4; o++) {
        const x = [...base];
        x[i] = o;
        const u = tables.map((_, p) => utilityOf(tables, p, x));
        if (!u.every((v, p) => isAcceptable(v, floors[p] as number))) continue;
        const product = u.reduce((a, v, p) => a * Math.max(0, v - (d[p] as number)), 1);
        assert.ok(product <= nash.value * (1 + 1e-9));
      }
    }
  });
});
