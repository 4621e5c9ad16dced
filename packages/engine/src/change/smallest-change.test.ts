import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAcceptable } from '../count/acceptable.ts';
import { forEachOutcome, randomScenario } from '../count/testing.ts';
import {
  type Disagreement,
  disagreementPoint,
  type Outcome,
  reservationFloors,
  type Scenario,
  utilityOf,
  utilityTables,
} from '../model.ts';
import { smallestChange } from './smallest-change.ts';

/** Lists every package: fewest changes among the acceptable ones, then the best Nash product and its ties. */
function bruteForce(s: Scenario, draft: Outcome, convention: Disagreement) {
  const tables = utilityTables(s);
  const floors = reservationFloors(s);
  const d = disagreementPoint(s, convention);
  let fewest = Number.POSITIVE_INFINITY;
  let rows: { key: string; changes: number; log: number }[] = [];
  forEachOutcome(s, (o) => {
    const u = tables.map((_, p) => utilityOf(tables, p, o));
    if (!u.every((x, p) => isAcceptable(x, floors[p] as number))) return;
    const changes = o.filter((x, i) => x !== draft[i]).length;
    const log = u.every((x, p) => x > (d[p] as number))
      ? u.reduce((a, x, p) => a + Math.log(x - (d[p] as number)), 0)
      : Number.NEGATIVE_INFINITY;
    fewest = Math.min(fewest, changes);
    rows.push({ key: o.join(','), changes, log });
  });
  if (!Number.isFinite(fewest)) return null;
  rows = rows.filter((r) => r.changes === fewest);
  const best = Math.max(...rows.map((r) => r.log));
  return { changed: fewest, best, ties: new Set(rows.filter((r) => r.log >= best - 1e-9).map((r) => r.key)) };
}

describe('smallestChange', () => {
  test('equals brute force on random scenarios (fewest changes, then Nash product, ties as sets)', () => {
    const conventions: Disagreement[] = ['reservation', 'zero', 'negmas'];
    let impossible = 0;
    let nonzero = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const s = randomScenario({
        seed,
        issues: 2 + (seed % 6),
        options: [2, 4],
        parties: 2 + (seed % 3),
        values: seed % 4 === 0 ? 'small-integers' : 'real',
        reservation: (p, r) => (seed % 6 === 0 && p === 0 ? null : 0.2 + 0.7 * r()),
      });
      const draft = s.issues.map((issue, i) => (seed * 7 + i * 3) % issue.options.length);
      const convention = conventions[seed % 3] as Disagreement;
      const expected = bruteForce(s, draft, convention);
      const result = smallestChange(s, draft, { disagreement: convention });
      if (expected === null) {
        impossible++;
        assert.equal(result.status, 'impossible', `seed ${seed}`);
        continue;
      }
      assert.equal(result.status, 'found', `seed ${seed}`);
      if (result.status !== 'found') continue;
      if (expected.changed > 0) nonzero++;
      assert.equal(result.changed, expected.changed, `seed ${seed}`);
      assert.deepEqual(
        new Set(result.candidates.map((c) => c.outcome.join(','))),
        expected.ties,
        `seed ${seed}`,
      );
      if (Number.isFinite(expected.best)) {
        assert.ok(Math.abs(Math.log(result.nashProduct as number) - expected.best) < 1e-9, `seed ${seed}`);
      } else assert.equal(result.nashProduct, null);
      for (const c of result.candidates) assert.equal(c.changes.length, result.changed);
    }
    // The random cases exercise all three answers.
    assert.ok(impossible > 0 && nonzero > 10, `impossible ${impossible}, changed ${nonzero}`);
  });

  test('an acceptable draft needs no change; a bad draft is refused clearly', () => {
    const s = randomScenario({ seed: 3, issues: 4, options: 3, parties: 2, reservation: () => 0 });
    const result = smallestChange(s, [0, 1, 2, 0], { disagreement: 'zero' });
    assert.equal(result.status, 'found');
    assert.equal(result.status === 'found' && result.changed, 0);
    assert.throws(() => smallestChange(s, [0, 1, 2], { disagreement: 'zero' }), /each of the 4 issues/);
    assert.throws(() => smallestChange(s, [0, 1, 2, 9], { disagreement: 'zero' }), /does not exist/);
  });

  test('28 issues × 4 options × 4 parties: proven smallest change', () => {
    const s = randomScenario({ seed: 2028, issues: 28, options: 4, parties: 4, reservation: () => 0.5 });
    const draft = s.issues.map((_, i) => i % 4);
    const result = smallestChange(s, draft, { disagreement: 'reservation' });
    assert.equal(result.status, 'found');
    if (result.status !== 'found') return;
    assert.ok(result.changed > 0);
    // Every candidate is acceptable and changes exactly `changed` issues.
    const tables = utilityTables(s);
    const floors = reservationFloors(s);
    for (const c of result.candidates) {
      assert.ok(tables.every((_, p) => isAcceptable(utilityOf(tables, p, c.outcome), floors[p] as number)));
      assert.equal(c.outcome.filter((o, i) => o !== draft[i]).length, result.changed);
    }
  });
});
