import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deriveOperations } from './derive.ts';
import { LineageGraph, type LineagePoint, readingOrder } from './graph.ts';
import { plan } from './testdata/plan.ts';

const graph = new LineageGraph(plan);
const point = (over: Partial<LineagePoint> & { id: string }): LineagePoint => ({
  versionId: 'new',
  lineageId: over.id,
  parentPointId: null,
  ordinal: 0,
  number: '1',
  text: { en: 'text' },
  categories: [],
  quantities: [],
  conditions: [],
  ...over,
});

describe('lineage graph', () => {
  test('ancestors follow edges across versions, merges included', () => {
    assert.deepEqual([...graph.ancestorsOf('dec-9')].sort(), ['28-12', '28-14']);
    assert.deepEqual([...graph.ancestorsOf('dec-4')].sort(), ['28-6', 'gen-4']);
    assert.deepEqual(graph.ancestorVersions('dec'), ['gen', 'v28']);
    assert.deepEqual(graph.successorsOf('28-2').sort(), ['e3-2a', 'e3-2b', 'gen-2']);
  });

  test('points written before edges existed are read through their lineage id', () => {
    const legacy = new LineageGraph({
      versions: [
        { id: 'a', parentVersionId: null, label: 'A' },
        { id: 'b', parentVersionId: 'a', label: 'B' },
        { id: 'c', parentVersionId: 'b', label: 'C' },
      ],
      points: [
        point({ id: 'a1', versionId: 'a', text: { en: 'kept' } }),
        point({ id: 'a2', versionId: 'a', number: '2', text: { en: 'dropped then back' } }),
        point({ id: 'b1', versionId: 'b', lineageId: 'a1', number: '3', text: { en: 'kept' } }),
        point({ id: 'c1', versionId: 'c', lineageId: 'a1', number: '3', text: { en: 'kept, amended' } }),
        point({ id: 'c2', versionId: 'c', lineageId: 'a2', number: '2', text: { en: 'dropped then back' } }),
      ],
    });
    assert.deepEqual(legacy.sourcesOf('b1'), [{ pointId: 'a1', operation: 'renumber' }]);
    assert.deepEqual(legacy.sourcesOf('c1'), [{ pointId: 'b1', operation: 'amend' }]);
    assert.deepEqual(legacy.sourcesOf('c2'), [{ pointId: 'a2', operation: 'restore' }]);
    assert.deepEqual(legacy.sourcesOf('a1'), []);
  });

  test('reading order puts each point before its sub-points', () => {
    const ps = [
      point({ id: 'x2', ordinal: 1 }),
      point({ id: 'x1a', parentPointId: 'x1', ordinal: 0 }),
      point({ id: 'x1', ordinal: 0 }),
    ];
    assert.deepEqual(
      readingOrder(ps).map((p) => p.id),
      ['x1', 'x1a', 'x2'],
    );
  });
});

describe('naming the operation of each edge', () => {
  const draft = (id: string, text: string, sources: string[], number = '1') => ({
    ...point({ id, text: { en: text }, number }),
    sources: sources.map((pointId) => ({ pointId })),
  });

  test('keep, renumber, amend, split, merge and restore follow from the graph and the wording', () => {
    const { edges, problems } = deriveOperations(graph, 'gen', [
      {
        ...draft('n1', "Ukraine's sovereignty will be confirmed.", ['gen-1']),
        text: { en: "Ukraine's sovereignty will be confirmed", uk: 'Суверенітет України буде підтверджено.' },
      },
      draft(
        'n2',
        'A non-aggression agreement between Russia, Ukraine and Europe; all ambiguities settled.',
        ['gen-2'],
        '7',
      ),
      draft('n3', "Ukraine's armed forces are capped at 900,000 personnel.", ['gen-4']),
      draft('n4', 'Funds.', ['28-12', '28-14']),
      draft('n5', 'Full amnesty for all parties for acts during the war.', ['28-26'], '26'),
      draft('n6', 'Half of it.', ['e3-12']),
      draft('n7', 'The other half.', ['e3-12']),
      draft('n8', 'Something new.', []),
    ]);
    assert.deepEqual(problems, []);
    const op = (id: string) => edges.get(id)?.map((e) => e.operation);
    // the final full stop and spacing are not a change a reader sees
    assert.deepEqual(op('n1'), ['keep']);
    assert.deepEqual(op('n2'), ['renumber']);
    assert.deepEqual(op('n3'), ['amend']);
    assert.deepEqual(op('n4'), ['merge', 'merge']);
    assert.deepEqual(op('n5'), ['restore']);
    // taken from a sibling branch: a split of the E3 point, not a restore
    assert.deepEqual(op('n6'), ['split']);
    assert.deepEqual(op('n8'), []);
  });

  test('a point taken word for word from a sibling branch is kept, not restored', () => {
    const { edges } = deriveOperations(graph, 'gen', [
      draft('n1', 'A fund for the reconstruction of Ukraine from frozen assets.', ['e3-12'], '12'),
    ]);
    assert.deepEqual(edges.get('n1'), [{ pointId: 'e3-12', operation: 'keep' }]);
  });

  test('a stated operation that the content contradicts is a problem, and so is an unknown source', () => {
    const { problems } = deriveOperations(graph, 'gen', [
      { ...draft('n1', 'Changed words.', []), sources: [{ pointId: 'gen-1', operation: 'keep' }] },
      draft('n2', 'x', ['nowhere']),
    ]);
    assert.equal(problems.length, 2);
    assert.match(problems[0] ?? '', /said to keep point 1, but it is a changed wording \(amend\)/);
    assert.match(problems[1] ?? '', /not a point of an earlier version/);
  });
});
