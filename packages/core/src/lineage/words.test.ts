import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  distinguishingSpan,
  excerpt,
  normaliseText,
  pairSpans,
  redline,
  spanLabel,
  wordsOf,
} from './words.ts';

describe('words', () => {
  test('normalising folds typography, spaces and a final full stop, and keeps case', () => {
    assert.equal(normaliseText('  Ukraine\u2019s  army\u2014capped.\n'), "Ukraine's army-capped");
    assert.notEqual(normaliseText('Ukraine is not'), normaliseText('Ukraine is NOT'));
    assert.notEqual(normaliseText('capped at 600,000'), normaliseText('capped at 800,000'));
  });

  test('the distinguishing span of each wording against all the others', () => {
    const w = [
      wordsOf('The cap is 600,000 personnel.'),
      wordsOf('The cap is 800,000 in peacetime.'),
      wordsOf('The cap is 800,000 in peacetime and 1,000,000 in wartime.'),
    ];
    assert.equal(
      spanLabel(w[0] ?? [], distinguishingSpan(w, 0) ?? { start: 0, end: 0 }),
      '600,000 personnel',
    );
    // contained in the third but not in the first: named by what the first lacks
    assert.equal(
      spanLabel(w[1] ?? [], distinguishingSpan(w, 1) ?? { start: 0, end: 0 }),
      '800,000 in peacetime',
    );
    assert.equal(
      spanLabel(w[2] ?? [], distinguishingSpan(w, 2) ?? { start: 0, end: 0 }),
      '800,000 in peacetime and 1,000,000 in…',
    );
    assert.equal(distinguishingSpan([wordsOf('a b'), wordsOf('a b c')], 0), null);
  });

  test('pair spans mark an insertion by an empty span where the other side adds words', () => {
    const a = wordsOf('The cap is 800,000.');
    const b = wordsOf('The cap is 800,000 in peacetime.');
    const s = pairSpans(a, b);
    assert.deepEqual(s.a, { start: 4, end: 4 });
    assert.deepEqual(s.b, { start: 4, end: 6 });
    assert.equal(excerpt(a, s.a), '… cap is 800,000.');
    assert.equal(excerpt(b, s.b), '… cap is 800,000 in peacetime.');
  });

  test('excerpts cut long texts with ellipses on both sides', () => {
    const w = wordsOf(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    assert.equal(excerpt(w, { start: 10, end: 11 }), '… w7 w8 w9 w10 w11 w12 w13 …');
    assert.equal(excerpt(w, { start: 0, end: 40 }, 0, 3), 'w0 w1 w2 …');
  });

  test('beyond the exact-diff size the whole differing middle counts as changed', () => {
    const long = (x: string) =>
      wordsOf(`start ${Array.from({ length: 500 }, (_, i) => `${x}${i}`).join(' ')} end`);
    const s = pairSpans(long('a'), long('b'));
    assert.deepEqual(s.a, { start: 1, end: 501 });
  });

  test('a redline marks removed and added words and keeps what both share', () => {
    assert.deepEqual(redline('Ukraine is a sovereign state.', 'Ukraine is NOT a sovereign state.'), [
      { op: 'same', text: 'Ukraine is' },
      { op: 'added', text: 'NOT' },
      { op: 'same', text: 'a sovereign state.' },
    ]);
    assert.deepEqual(redline('a b c', 'a x c'), [
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'added', text: 'x' },
      { op: 'same', text: 'c' },
    ]);
    assert.deepEqual(redline('', 'new words'), [{ op: 'added', text: 'new words' }]);
    assert.deepEqual(redline('same', 'same'), [{ op: 'same', text: 'same' }]);
  });

  test('a redline of long texts stays bounded and loses no word', () => {
    const a = Array.from({ length: 3_000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3_000 }, (_, i) => `b${i}`).join(' ');
    const runs = redline(`start ${a} end`, `start ${b} end`);
    assert.deepEqual(
      runs.map((r) => r.op),
      ['same', 'removed', 'added', 'same'],
    );
    assert.equal(runs[1]?.text.split(' ').length, 3_000);
  });
});
