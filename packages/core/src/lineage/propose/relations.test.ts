import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relationsOf } from './relations.ts';
import type { CandidatePoint } from './types.ts';

const point = (
  id: string,
  versionId: string,
  text: string,
  extra: Partial<CandidatePoint> = {},
): CandidatePoint => ({
  id,
  versionId,
  parentPointId: null,
  ordinal: 0,
  number: '1',
  text: { en: text },
  categories: [],
  quantities: [],
  ...extra,
});

describe('relations between earlier points', () => {
  test('derivations tie a point to its ancestors and descendants in other versions', () => {
    const r = relationsOf([
      point('a1', 'a', 'one'),
      point('b1', 'b', 'one, amended', { derivedFrom: [{ pointId: 'a1', operation: 'amend' }] }),
      point('c1', 'c', 'one, again', { derivedFrom: [{ pointId: 'b1', operation: 'amend' }] }),
      point('a2', 'a', 'two'),
    ]);
    assert.equal(r.known, true);
    assert.deepEqual([...r.related(0)].sort(), [1, 2]);
    assert.deepEqual([...r.related(3)], []);
    assert.deepEqual([...r.continuedBy('c')].sort(), [0, 1]);
    assert.deepEqual([...r.continuedBy('b')], [0]);
  });

  test('lineage ids tie points too', () => {
    const r = relationsOf([
      point('a1', 'a', 'one', { lineageId: 'L' }),
      point('b1', 'b', 'uno', { lineageId: 'L' }),
    ]);
    assert.equal(r.known, true);
    assert.deepEqual([...r.related(1)], [0]);
    assert.deepEqual([...r.continuedBy('b')].sort(), [0, 1]);
  });

  test('without recorded lineage, the same wording in another version is the same point', () => {
    const r = relationsOf([point('a1', 'a', 'One.'), point('b1', 'b', 'One'), point('b2', 'b', 'two')]);
    assert.equal(r.known, false);
    assert.deepEqual([...r.related(0)], [1]);
    assert.deepEqual([...r.related(2)], []);
  });
});
