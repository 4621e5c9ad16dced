import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Point } from '../api/types.ts';
import { buildOutline, languagesOf, pointText } from './point-outline.ts';

const p = (
  id: string,
  parentPointId: string | null,
  ordinal: number,
  text: Record<string, string> = { en: id },
): Point => ({
  id,
  versionId: 'v',
  lineageId: `l-${id}`,
  parentPointId,
  derivedFrom: [],
  note: '',
  ordinal,
  number: id,
  text,
  categories: [],
  quantities: [],
  conditions: [],
  logIndex: 0,
});

const shape = (nodes: ReturnType<typeof buildOutline>): string[] =>
  nodes.flatMap((n) => [`${'-'.repeat(n.depth)}${n.point.id}`, ...shape(n.children)]);

describe('buildOutline', () => {
  test('sub-points nest under their point, each level by ordinal', () => {
    const points = [p('2', null, 2), p('1b', '1', 2), p('1', null, 1), p('1a', '1', 1), p('1a-i', '1a', 1)];
    assert.deepEqual(shape(buildOutline(points)), ['1', '-1a', '--1a-i', '-1b', '2']);
  });

  test('a point with a missing parent stays visible at the top', () => {
    assert.deepEqual(shape(buildOutline([p('1', null, 1), p('x', 'gone', 0)])), ['x', '1']);
  });

  test('a cycle neither hides nor repeats points', () => {
    const ids = shape(buildOutline([p('a', 'b', 1), p('b', 'a', 2), p('c', 'c', 3)])).map((s) =>
      s.replace(/^-+/, ''),
    );
    assert.deepEqual(ids.sort(), ['a', 'b', 'c']);
  });
});

describe('pointText and languagesOf', () => {
  test('prefers the wanted language, then English, then any', () => {
    assert.deepEqual(pointText({ en: 'peace', fr: 'paix' }, 'fr'), { lang: 'fr', text: 'paix' });
    assert.deepEqual(pointText({ en: 'peace', fr: 'paix' }, 'uk'), { lang: 'en', text: 'peace' });
    assert.deepEqual(pointText({ ru: 'мир' }, 'uk'), { lang: 'ru', text: 'мир' });
  });

  test('lists languages with English first', () => {
    assert.deepEqual(languagesOf([p('1', null, 1, { uk: 'a', en: 'b' }), p('2', null, 2, { ar: 'c' })]), [
      'en',
      'ar',
      'uk',
    ]);
  });
});
