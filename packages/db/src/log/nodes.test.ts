import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rangeNodeIds } from './nodes.ts';

test('the compact range of size n is one perfect subtree per set bit, largest first', () => {
  assert.deepEqual(rangeNodeIds(0), []);
  assert.deepEqual(rangeNodeIds(1), [{ level: 0, index: 0 }]);
  assert.deepEqual(rangeNodeIds(6), [
    { level: 2, index: 0 },
    { level: 1, index: 2 },
  ]);
  assert.deepEqual(rangeNodeIds(13), [
    { level: 3, index: 0 },
    { level: 2, index: 2 },
    { level: 0, index: 12 },
  ]);
  assert.equal(rangeNodeIds(2 ** 40 - 1).length, 40);
});
