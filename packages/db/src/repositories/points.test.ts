import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Point } from '@concord/core';
import { readingOrder } from './points.ts';

const point = (id: string, parent: string | null, ordinal: number): Point => ({
  id,
  versionId: 'v',
  lineageId: id,
  parentPointId: parent,
  derivedFrom: [],
  note: '',
  ordinal,
  number: id,
  text: { en: id },
  categories: [],
  quantities: [],
  conditions: [],
  logIndex: 0,
});

test('reading order: each point then its sub-points, siblings by ordinal', () => {
  const shuffled = [
    point('2.b', '2', 1),
    point('3', null, 2),
    point('2.a', '2', 0),
    point('1', null, 0),
    point('2.a.i', '2.a', 0),
    point('2', null, 1),
  ];
  assert.deepEqual(
    readingOrder(shuffled).map((p) => p.id),
    ['1', '2', '2.a', '2.a.i', '2.b', '3'],
  );
});

test('a point whose parent is missing is kept at the top level, not dropped', () => {
  assert.deepEqual(
    readingOrder([point('x', 'gone', 0), point('a', null, 1)]).map((p) => p.id),
    ['x', 'a'],
  );
});
