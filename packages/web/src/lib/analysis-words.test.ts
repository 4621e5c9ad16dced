import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeAcceptable, formatCount, sentencesOf } from './analysis-words.ts';

describe('analysis figures in words', () => {
  test('counts are grouped by thousands, also beyond 2^53 as strings', () => {
    assert.equal(formatCount(0), '0');
    assert.equal(formatCount(1234567), '1,234,567');
    assert.equal(formatCount('36028797018963968'), '36,028,797,018,963,968');
    assert.equal(formatCount('not a number'), 'not a number');
  });

  test('an estimate says so, with its interval', () => {
    assert.equal(describeAcceptable({ kind: 'exact', value: 1024, method: 'depth-first' }), '1,024');
    assert.equal(
      describeAcceptable({
        kind: 'estimate',
        value: 3104.4,
        low: 2900.2,
        high: 3300.9,
        confidence: 0.99,
        samples: 20000,
        method: 'monte-carlo',
      }),
      'about 3,104 (estimate: 99% between 2,900 and 3,301, from 20,000 samples)',
    );
  });

  test('a change text is one sentence per line', () => {
    assert.deepEqual(sentencesOf('Point 6: replace "a" with "b"\n\nPoint 7: leave the point out\n'), [
      'Point 6: replace "a" with "b"',
      'Point 7: leave the point out',
    ]);
  });
});
