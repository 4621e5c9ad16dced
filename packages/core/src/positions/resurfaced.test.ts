import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineageGraph } from '../lineage/graph.ts';
import { currentPositions, isContested } from './current.ts';
import { resurfacedIn } from './resurfaced.ts';
import { createdOn, plan, position, reference } from './testdata/plan.ts';

const graph = new LineageGraph(plan);
const flags = (
  versionId: string,
  positions = reference,
  created: string | null = createdOn[versionId] ?? null,
) =>
  resurfacedIn(graph, positions, versionId, created).map((r) => ({
    point: r.pointId,
    party: r.partyId,
    cited: `${r.rejection.stance} ${r.rejection.takenOn} on ${r.rejectedVersionId}`,
    change: r.change,
  }));

describe('resurfaced points', () => {
  test('the reference case: the cap and the NATO ban Ukraine rejected in 2022 are flagged in the 28-point draft', () => {
    assert.deepEqual(flags('v28'), [
      { point: '28-6', party: 'ukraine', cited: 'rejects 2022-04-15 on v28', change: 'unchanged' },
      { point: '28-7', party: 'ukraine', cited: 'red-line 2022-04-15 on v28', change: 'unchanged' },
    ]);
  });

  test('a rejection of the draft itself is not a resurfacing in that draft, but it is when the point comes back', () => {
    // Point 21 was rejected on 22 November, after the draft was written: in the draft it is simply rejected.
    assert.ok(!flags('v28').some((f) => f.point === '28-21'));
    assert.deepEqual(
      flags('gen').filter((f) => f.point === 'gen-21'),
      [{ point: 'gen-21', party: 'ukraine', cited: 'rejects 2025-11-22 on v28', change: 'unchanged' }],
    );
  });

  test('a reworded point resurfaces, citing the latest rejection that stands; a changed number or a rewritten text does not', () => {
    // E3 raises the cap to 800,000 (e3-6) and rewrites the territory point (e3-21): neither is flagged.
    assert.deepEqual(flags('e3'), [
      { point: 'e3-7', party: 'ukraine', cited: 'rejects 2025-11-22 on v28', change: 'reworded' },
    ]);
    // Geneva keeps the 600,000 cap under a new number: the same substance, so it resurfaces.
    assert.deepEqual(
      flags('gen').filter((f) => f.point === 'gen-4'),
      [{ point: 'gen-4', party: 'ukraine', cited: 'rejects 2022-04-15 on v28', change: 'unchanged' }],
    );
  });

  test('a supportive position since lifts the flag, on the point or an earlier one; undecided does not', () => {
    const undecided = [...reference, position('ukraine', 'e3-7', 'undecided', '2025-11-24')];
    assert.equal(flags('e3', undecided).length, 1);
    const accepted = [...reference, position('ukraine', 'e3-7', 'accepts-with-conditions', '2025-11-24')];
    assert.deepEqual(flags('e3', accepted), []);
    // December carries E3's wording: the acceptance on E3 holds there too.
    assert.deepEqual(flags('dec', accepted), []);
    assert.equal(flags('dec').length, 1);
    // A support dated before the rejection does not lift it, even when recorded later.
    const early = [...reference, position('ukraine', '28-7', 'supports', '2025-11-01')];
    assert.equal(flags('e3', early).length, 1);
  });

  test('a rejection recorded after a support of the same day stands (log order breaks the tie)', () => {
    const sameDay = [
      ...reference,
      position('ukraine', 'e3-7', 'accepts', '2025-11-24'),
      position('ukraine', 'e3-7', 'rejects', '2025-11-24'),
    ];
    assert.deepEqual(flags('dec', sameDay), [
      { point: 'dec-7', party: 'ukraine', cited: 'rejects 2025-11-24 on e3', change: 'unchanged' },
    ]);
  });

  test('a restored point resurfaces; a rejection on another branch does not reach a point that does not come from it', () => {
    const amnesty = [position('ukraine', '28-26', 'rejects', '2025-11-22')];
    assert.deepEqual(flags('dec', amnesty), [
      { point: 'dec-10', party: 'ukraine', cited: 'rejects 2025-11-22 on v28', change: 'unchanged' },
    ]);
    const onGeneva = [position('ukraine', 'gen-21', 'red-line', '2025-12-01')];
    assert.deepEqual(flags('dec', onGeneva), []);
  });

  test('without the version’s day, only rejections on earlier versions count', () => {
    assert.deepEqual(flags('v28', reference, null), []);
    assert.equal(flags('gen', reference, null).length, 2);
  });
});

describe('current positions and contested points', () => {
  test('the current position is the latest by the day taken, then by log order', () => {
    const late = position('ukraine', '28-6', 'accepts', '2025-11-30');
    const backdated = position('ukraine', '28-6', 'red-line', '2023-01-01');
    const current = currentPositions([...reference, late, backdated], '28-6');
    assert.equal(current.get('ukraine')?.id, late.id);
    assert.equal(current.get('russia')?.stance, 'supports');
  });

  test('contested: the parties differ or any of them rejects', () => {
    assert.equal(isContested(['supports', 'supports']), false);
    assert.equal(isContested(['supports', 'accepts']), true);
    assert.equal(isContested(['red-line']), true);
    assert.equal(isContested(['undecided']), false);
    assert.equal(isContested([]), false);
  });
});
