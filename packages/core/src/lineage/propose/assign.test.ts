import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignOneToOne } from './assign.ts';

describe('one-to-one assignment', () => {
  test('best pairs first, each row and column once, nothing under the threshold', () => {
    // rows: later points; columns: earlier points
    const score = [0.9, 0.8, 0.1, 0.85, 0.3, 0.1, 0.2, 0.2, 0.2];
    const match = assignOneToOne({ rows: 3, columns: 3, score, threshold: 0.25, related: () => [] });
    assert.deepEqual([...match], [0, 1, -1]);
  });

  test('a column takes its related columns (the same point in other versions) with it', () => {
    const score = [0.9, 0.1, 0.1, 0.8];
    const match = assignOneToOne({ rows: 2, columns: 2, score, threshold: 0.25, related: (j) => [1 - j] });
    assert.deepEqual([...match], [0, -1]);
  });
});
