import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { errorLine } from './errors.ts';

describe('errorLine', () => {
  test('one line, bounded', () => {
    assert.equal(errorLine(new Error('first\nsecond\tthird')), 'first second third');
    assert.equal(errorLine(''), 'unknown error');
    assert.equal(errorLine('x'.repeat(1000)).length, 400);
  });

  test('a quoted text cannot act on the terminal or reorder the line', () => {
    assert.equal(
      errorLine(new Error('no issue named "Army\u001b[2J\u202Ecap"')),
      'no issue named "Army⟦U+001B⟧[2J⟦U+202E⟧cap"',
    );
    assert.equal(errorLine('Мирна угода: اتفاق السلام'), 'Мирна угода: اتفاق السلام');
  });
});
