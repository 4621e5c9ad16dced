import assert from 'node:assert/strict';
import { test } from 'node:test';
import { list, pairReasons, strength } from './reasons.ts';

test('a pair’s reasons in plain words: category names, key terms, units and wording', () => {
  const reasons = pairReasons({
    pointId: 'a',
    otherPointId: 'b',
    score: 0.67,
    categories: ['cease', 'with'],
    keyTerms: ['a halt to fighting', 'withdrawal of forces'],
    units: ['USD'],
    textSimilarity: 0.23,
  });
  assert.deepEqual(reasons, [
    'Both are about Cease Fire and Withdrawal of Troops.',
    'Both speak of a halt to fighting and withdrawal of forces.',
    'Both give figures in USD.',
    'Their wording is 23% alike once the parties’ names are set aside.',
  ]);
  assert.equal(strength(0.67), 'close');
  assert.equal(strength(0.45), 'likely');
  assert.equal(strength(0.31), 'loose');
  assert.equal(list(['a', 'b', 'c']), 'a, b and c');
});
