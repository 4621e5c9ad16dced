import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contentOperation, edgeOperation } from './operations.ts';
import type { CandidatePoint } from './types.ts';

const point = (number: string, text: string, extra: Partial<CandidatePoint> = {}): CandidatePoint => ({
  id: `p${number}`,
  versionId: 'v',
  parentPointId: null,
  ordinal: 0,
  number,
  text: { en: text },
  categories: [],
  quantities: [],
  ...extra,
});

describe('edge operations', () => {
  test('keep, renumber or amend by what a reader sees', () => {
    assert.equal(contentOperation(point('6', 'Capped at 600,000.'), point('6', 'Capped at 600,000')), 'keep');
    assert.equal(
      contentOperation(point('6', 'Capped at 600,000.'), point('4', 'Capped at 600,000.')),
      'renumber',
    );
    assert.equal(
      contentOperation(point('6', 'Capped at 600,000.'), point('6', 'Capped at 800,000.')),
      'amend',
    );
    const q = { value: 600_000, unit: 'personnel', text: '' };
    assert.equal(
      contentOperation(point('6', 'A cap.', { quantities: [q] }), point('6', 'A cap.', { quantities: [] })),
      'amend',
    );
    // categories are a reader's index, not wording
    assert.equal(
      contentOperation(point('6', 'A cap.'), point('6', 'A cap.', { categories: ['security'] })),
      'keep',
    );
  });

  test('merge before split before restore before the wording', () => {
    const [a, b] = [point('1', 'x'), point('1', 'x')];
    assert.equal(edgeOperation({ sources: 2, successors: 2, restored: true, earlier: a, later: b }), 'merge');
    assert.equal(edgeOperation({ sources: 1, successors: 2, restored: true, earlier: a, later: b }), 'split');
    assert.equal(
      edgeOperation({ sources: 1, successors: 1, restored: true, earlier: a, later: b }),
      'restore',
    );
    assert.equal(edgeOperation({ sources: 1, successors: 1, restored: false, earlier: a, later: b }), 'keep');
  });
});
