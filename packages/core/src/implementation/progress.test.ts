// The roll-up: a status holds from its day; progress is score / 3 for a leaf and the weighted mean of the parts
// for a commitment with parts; properties over random trees (bounds, weights, monotone when a status rises).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ProgressNode, progressOn, statusOn, weightedMean } from './progress.ts';

const s = (score: number, on: string, logIndex: number) => ({ score, on, logIndex });
const node = (
  id: string,
  parentId: string | null,
  weight: number,
  statuses: ProgressNode['statuses'] = [],
) => ({
  commitmentId: id,
  parentId,
  weight,
  statuses,
});

describe('statusOn', () => {
  const history = [
    s(1, '2025-11-01', 10),
    s(3, '2025-12-01', 11),
    s(2, '2025-12-01', 12),
    s(0, '2025-10-01', 13),
  ];
  test('the latest status by its day, then by log order (a later correction for the same day wins)', () => {
    assert.equal(statusOn(history, '2025-09-30'), null);
    assert.equal(statusOn(history, '2025-10-15')?.score, 0);
    assert.equal(statusOn(history, '2025-11-30')?.score, 1);
    assert.equal(statusOn(history, '2025-12-01')?.score, 2);
  });
});

describe('progressOn', () => {
  test('a leaf is its score / 3; a parent the weighted mean of its parts, whatever its own status', () => {
    const nodes = [
      node('withdrawal', null, 1, [s(3, '2025-10-01', 1)]),
      node('stage-1', 'withdrawal', 3, [s(3, '2025-10-10', 2)]),
      node('stage-2', 'withdrawal', 1, [s(1, '2025-10-10', 3)]),
      node('stage-3', 'withdrawal', 2),
    ];
    const p = progressOn(nodes, '2025-10-31');
    assert.equal(p.get('stage-1'), 1);
    assert.equal(p.get('stage-2'), 1 / 3);
    assert.equal(p.get('stage-3'), 0);
    assert.equal(p.get('withdrawal'), (3 * 1 + 1 * (1 / 3) + 2 * 0) / 6);
    assert.equal(progressOn(nodes, '2025-10-05').get('withdrawal'), 0);
  });

  test('a cycle in stored data still ends', () => {
    const p = progressOn([node('a', 'b', 1, [s(3, '2025-01-01', 1)]), node('b', 'a', 1)], '2025-02-01');
    assert.ok(p.has('a') && p.has('b'));
  });

  test('weightedMean of nothing is 0', () => {
    assert.equal(
      weightedMean([], () => 1),
      0,
    );
  });
});

// Properties over random trees (a seeded generator: the same cases on every run).
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomTree(next: () => number): ProgressNode[] {
  const size = 1 + Math.floor(next() * 12);
  const nodes: ProgressNode[] = [];
  for (let i = 0; i < size; i++) {
    const parent = i === 0 || next() < 0.3 ? null : `c${Math.floor(next() * i)}`;
    const statuses = next() < 0.8 ? [s(Math.floor(next() * 4), '2025-10-01', i)] : [];
    nodes.push(node(`c${i}`, parent, 1 + Math.floor(next() * 10), statuses));
  }
  return nodes;
}

describe('progressOn: properties over 2,000 random trees', () => {
  const next = random(2025);
  const trees = Array.from({ length: 2000 }, () => randomTree(next));
  const DAY = '2025-12-31';

  test('every progress lies in 0..1, and all-complete leaves make every commitment complete', () => {
    for (const tree of trees) {
      for (const value of progressOn(tree, DAY).values()) assert.ok(value >= 0 && value <= 1, String(value));
      const done = tree.map((n) => ({ ...n, statuses: [s(3, '2025-01-01', 0)] }));
      for (const value of progressOn(done, DAY).values()) assert.ok(Math.abs(value - 1) < 1e-12);
    }
  });

  test('raising one status never lowers any progress, and raises its top-level commitment unless a heading', () => {
    for (const tree of trees) {
      const before = progressOn(tree, DAY);
      const i = Math.floor(next() * tree.length);
      const target = tree[i] as ProgressNode;
      const old = target.statuses[0]?.score ?? 0;
      if (old === 3) continue;
      const raised = tree.map((n, j) =>
        j === i ? { ...n, statuses: [...n.statuses, s(old + 1, '2025-11-01', 99)] } : n,
      );
      const after = progressOn(raised, DAY);
      for (const [id, value] of before) assert.ok((after.get(id) ?? 0) >= value - 1e-12, id);
      const isLeaf = !tree.some((n) => n.parentId === target.commitmentId);
      if (isLeaf) assert.ok((after.get(target.commitmentId) ?? 0) > (before.get(target.commitmentId) ?? 0));
    }
  });

  test('scaling every weight by the same factor changes nothing', () => {
    for (const tree of trees.slice(0, 500)) {
      const before = progressOn(tree, DAY);
      const after = progressOn(
        tree.map((n) => ({ ...n, weight: n.weight * 7 })),
        DAY,
      );
      for (const [id, value] of before) assert.ok(Math.abs((after.get(id) ?? -1) - value) < 1e-12);
    }
  });

  test('a heavier part pulls its parent toward its own progress', () => {
    const parts = (w: number) => [
      node('p', null, 1),
      node('done', 'p', w, [s(3, '2025-01-01', 1)]),
      node('none', 'p', 1),
    ];
    const light = progressOn(parts(1), DAY).get('p') ?? 0;
    const heavy = progressOn(parts(9), DAY).get('p') ?? 0;
    assert.equal(light, 0.5);
    assert.equal(heavy, 0.9);
  });
});
