import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fullTexts } from './full-text.ts';
import type { CandidatePoint } from './types.ts';

const point = (id: string, parentPointId: string | null, text: Record<string, string>): CandidatePoint => ({
  id,
  versionId: 'v',
  parentPointId,
  ordinal: 0,
  number: id,
  text,
  categories: [],
  quantities: [],
});

describe('full texts', () => {
  test('a point reads with its sub-points, per language', () => {
    const texts = fullTexts([
      point('10', null, { en: 'A guarantee with four clauses.', uk: 'Гарантія.' }),
      point('10a', '10', { en: 'The US is paid for it.' }),
      point('10a.i', '10a', { en: 'In advance.' }),
      point('11', null, { en: 'EU membership.' }),
    ]);
    assert.deepEqual(texts[0], {
      en: 'A guarantee with four clauses.\nThe US is paid for it.\nIn advance.',
      uk: 'Гарантія.',
    });
    assert.deepEqual(texts[1], { en: 'The US is paid for it.\nIn advance.' });
    assert.deepEqual(texts[3], { en: 'EU membership.' });
  });
});
