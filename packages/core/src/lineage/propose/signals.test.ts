import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Place, placesOf, rankLabel } from './position.ts';
import { compareCategories, compareQuantities, placeReason, quantityLabel } from './signals.ts';
import type { CandidatePoint } from './types.ts';

const q = (value: number, unit: string) => ({ value, unit, text: '' });

describe('signals', () => {
  test('quantities: the same value and unit, an amended figure, none', () => {
    assert.equal(compareQuantities([q(600_000, 'personnel')], [q(600_000, 'Personnel')]).similarity, 1);
    const changed = compareQuantities([q(600_000, 'personnel')], [q(800_000, 'personnel')]);
    assert.equal(changed.similarity, 0.6);
    assert.deepEqual(changed.changed, [[q(600_000, 'personnel'), q(800_000, 'personnel')]]);
    assert.equal(compareQuantities([q(100, 'days')], [q(100, 'USD')]).similarity, 0);
    assert.ok(compareQuantities([], []).similarity > compareQuantities([q(1, 'days')], []).similarity);
    assert.equal(quantityLabel(q(600_000, 'personnel')), '600,000 personnel');
  });

  test('categories: the main one counts half, the overlap the rest', () => {
    assert.equal(compareCategories(['territory', 'security'], ['Territory', 'security']), 1);
    assert.equal(compareCategories(['territory'], ['security']), 0);
    assert.ok(compareCategories(['territory', 'security'], ['security']) < 0.5);
    assert.equal(compareCategories([], ['security']), 0);
  });

  test('places: rank among siblings, sub-points between their parent and the next point', () => {
    const point = (id: string, ordinal: number, parentPointId: string | null = null): CandidatePoint => ({
      id,
      versionId: 'v',
      parentPointId,
      ordinal,
      number: id,
      text: { en: id },
      categories: [],
      quantities: [],
    });
    const places = placesOf([
      point('3', 2),
      point('1', 0),
      point('2', 1),
      point('2a', 0, '2'),
      point('2b', 1, '2'),
    ]);
    assert.equal(places.get('1')?.relative, 0);
    assert.equal(places.get('3')?.relative, 1);
    const place = (id: string) => places.get(id) as Place;
    assert.ok(0.5 < place('2a').relative && place('2a').relative < place('2b').relative);
    assert.ok(place('2b').relative < 1);
    assert.equal(rankLabel(place('2')), '2nd of 3');
    assert.equal(placeReason(place('2'), place('2')), 'same position (2nd of 3)');
    assert.equal(placeReason(place('1'), place('3')), null);
  });
});
