import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  combine,
  cosine,
  cosineMatrix,
  coverage,
  type TextVectors,
  vectorise,
  wordsShared,
} from './tf-idf.ts';

describe('tf-idf', () => {
  const texts: Record<string, string>[] = [
    { en: 'Ukraine holds elections within 100 days.' },
    { en: 'Prisoners are exchanged all for all.' },
    { uk: 'Україна проводить вибори.' },
  ];
  const later = [
    { en: 'Ukraine holds elections as soon as possible.' },
    { en: 'Prisoners are exchanged all for all.' },
  ];
  const v = vectorise(texts, later);
  const [e0, e1, e2] = v.earlier as [TextVectors, TextVectors, TextVectors];
  const [l0, l1] = v.later as [TextVectors, TextVectors];

  test('the matrix holds the cosine of every pair in a common language', () => {
    const { cosine: c, shared } = cosineMatrix(v.earlier, v.later, v.termCount);
    const at = (i: number, j: number) => c[i * 3 + j] as number;
    assert.ok(Math.abs(at(1, 1) - 1) < 1e-6, 'same text');
    assert.ok(at(0, 0) > at(0, 1), 'elections closer to elections than to prisoners');
    assert.equal(shared[0 * 3 + 2], 0, 'English and Ukrainian share no language');
    for (const [i, b] of [l0, l1].entries())
      for (const [j, a] of [e0, e1].entries())
        assert.ok(Math.abs(at(i, j) - (cosine(a, b) as number)) < 1e-6);
    assert.equal(cosine(e2, l0), null);
  });

  test('texts read together, and how much of a text others hold', () => {
    const both = combine([e0, e1]);
    assert.ok((coverage(both, [e0, e1]) as number) > 0.999);
    assert.ok((coverage(e0, [e1]) as number) < 0.2);
    assert.equal(wordsShared(e1, l1), 1);
  });
});
