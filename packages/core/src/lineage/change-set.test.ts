import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ChangeKind, changeSet } from './change-set.ts';
import { LineageGraph } from './graph.ts';
import { plan } from './testdata/plan.ts';

const graph = new LineageGraph(plan);
const kinds = (from: string, to: string) =>
  changeSet(graph, from, to).changes.map((c) => [
    c.kind,
    c.before.map((p) => p.number).join('+'),
    c.after.map((p) => p.number).join('+'),
  ]);

describe('change set between two versions', () => {
  test('parent and child: split, amended, kept, and what was dropped', () => {
    assert.deepEqual(kinds('v28', 'e3'), [
      ['unchanged', '1', '1'],
      ['split', '2', '2a+2b'],
      ['amended', '6', '6'],
      ['unchanged', '12', '12'],
      ['removed', '14', ''],
      ['removed', '26', ''],
    ]);
  });

  test('across a generation: a merge of two points and a restored point count against the grandparent', () => {
    const set = changeSet(graph, 'v28', 'dec');
    assert.deepEqual(
      set.changes.map((c) => c.kind),
      ['amended', 'moved', 'amended', 'merged', 'moved', 'added'] satisfies ChangeKind[],
    );
    assert.equal(
      set.summary,
      '28-point draft (6 points) → December (6 points): 2 moved, 2 amended, 1 added, 1 merged',
    );
  });

  test('against the version that dropped them, the merged and restored points are restored, the new one added', () => {
    const byNumber = Object.fromEntries(
      changeSet(graph, 'gen', 'dec').changes.map((c) => [c.after[0]?.number, c.kind]),
    );
    assert.equal(byNumber['9'], 'restored');
    assert.equal(byNumber['10'], 'restored');
    assert.equal(byNumber['11'], 'added');
    assert.equal(byNumber['3'], 'moved');
  });

  test('a restored point names the point it brings back; an added one names none', () => {
    const changes = changeSet(graph, 'gen', 'dec').changes;
    const of = (n: string) => changes.find((c) => c.after[0]?.number === n);
    const restored = of('9')?.restoredFrom ?? [];
    assert.ok(restored.length > 0, 'point 9 names its source');
    for (const r of restored) {
      assert.notEqual(r.versionId, 'dec');
      assert.equal(graph.points.get(r.pointId)?.number, r.number);
      assert.equal(r.versionLabel, graph.versions.get(r.versionId)?.label);
    }
    assert.deepEqual(of('11')?.restoredFrom, []);
  });

  test('siblings correspond through their common origin', () => {
    assert.deepEqual(kinds('e3', 'gen'), [
      ['unchanged', '1', '1'],
      ['merged', '2a+2b', '2'],
      ['moved', '6', '4'],
      ['removed', '12', ''],
    ]);
  });

  test('read backwards, a newer version on the left reverses additions and removals', () => {
    const back = kinds('dec', 'v28').map(([k]) => k);
    assert.ok(back.includes('removed'), 'the December-only point is removed going back');
    assert.ok(back.includes('split'), 'the December merge reads as a split going back');
  });

  test('a change only in a quantity description is not an amendment', () => {
    const c = changeSet(graph, 'gen', 'dec').changes.find((x) => x.after[0]?.number === '4');
    assert.equal(c?.kind, 'unchanged');
    assert.deepEqual(c?.quantities, []);
  });

  test('an amendment carries a word-level redline and its quantities in words', () => {
    const c = changeSet(graph, 'v28', 'e3').changes.find((x) => x.after[0]?.number === '6');
    assert.deepEqual(c?.redlines.en, [
      { op: 'same', text: "Ukraine's armed forces are capped at" },
      { op: 'removed', text: '600,000' },
      { op: 'added', text: '800,000' },
      { op: 'same', text: 'personnel' },
      { op: 'added', text: 'in peacetime.' },
    ]);
    assert.deepEqual(c?.quantities, ['cap on the army: 600,000 → 800,000 personnel']);
  });

  test('a language whose text stayed while another changed is marked out of date', () => {
    const c = changeSet(graph, 'gen', 'dec').changes.find((x) => x.after[0]?.number === '1');
    assert.equal(c?.kind, 'amended');
    assert.deepEqual(c?.wording?.text.changed, ['en']);
    assert.deepEqual(c?.wording?.text.stale, ['uk']);
  });

  test('counts keep sub-points apart from points', () => {
    const g = new LineageGraph({
      versions: [
        { id: 'a', parentVersionId: null, label: 'A' },
        { id: 'b', parentVersionId: 'a', label: 'B' },
      ],
      points: [
        {
          id: 'a1',
          versionId: 'a',
          lineageId: 'a1',
          parentPointId: null,
          ordinal: 0,
          number: '1',
          text: { en: 'x' },
          categories: [],
          quantities: [],
          conditions: [],
        },
        {
          id: 'a1a',
          versionId: 'a',
          lineageId: 'a1a',
          parentPointId: 'a1',
          ordinal: 0,
          number: '1.a',
          text: { en: 'y' },
          categories: [],
          quantities: [],
          conditions: [],
        },
        {
          id: 'b1',
          versionId: 'b',
          lineageId: 'a1',
          parentPointId: null,
          ordinal: 0,
          number: '1',
          text: { en: 'x' },
          categories: [],
          quantities: [],
          conditions: [],
        },
      ],
    });
    const set = changeSet(g, 'a', 'b');
    assert.equal(set.counts.points.unchanged, 1);
    assert.equal(set.counts.subPoints.removed, 1);
    assert.equal(set.counts.points.removed, 0);
  });
});
