import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { englishStem, numbersIn, readNumber, termsOf } from './tokens.ts';

describe('tokens', () => {
  test('numbers are read as values whatever their grouping', () => {
    assert.equal(readNumber('600,000'), 600_000);
    assert.equal(readNumber('600 000'), 600_000);
    assert.equal(readNumber('600.000'), 600_000);
    assert.equal(readNumber('2.5'), 2.5);
    assert.equal(readNumber('2,5'), 2.5);
    assert.equal(readNumber('1,234,567.5'), 1_234_567.5);
    assert.deepEqual(
      numbersIn('capped at 600,000 (peacetime: 800 000), 50/50 and 100 days'),
      [600_000, 800_000, 50, 50, 100],
    );
  });

  test('a digit inside a word belongs to the word', () => {
    assert.deepEqual(numbersIn('Russia rejoins the G8; an A4 page'), []);
    assert.ok(termsOf('the G8').includes('g8'));
  });

  test('English inflections meet, other languages are cut to a stem', () => {
    for (const [a, b] of [
      ['cap', 'capped'],
      ['guarantee', 'guarantees'],
      ['guaranteed', 'guarantees'],
      ['agree', 'agreed'],
      ['country', 'countries'],
      ['force', 'forces'],
      ['rebuild', 'rebuilding'],
    ])
      assert.equal(englishStem(a as string), englishStem(b as string), `${a} / ${b}`);
    assert.deepEqual(termsOf('Capped forces', 'en'), termsOf('cap force', 'en'));
    assert.notDeepEqual(termsOf('Capped forces', 'fr'), termsOf('cap force', 'fr'));
    assert.deepEqual(termsOf('Збройні сили', 'uk'), termsOf('ЗБРОЙНІ СИЛИ', 'uk'));
  });

  test('accents fold, scripts without spaces are read in pairs of characters', () => {
    assert.deepEqual(termsOf('résumé', 'fr'), termsOf('resume', 'fr'));
    assert.deepEqual(termsOf('和平协议'), ['和平', '平协', '协议']);
  });
});
