import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asciiDigits, digitValue, readNumberWord, readNumeral } from './numbers.ts';

describe('numbers as printed', () => {
  test('digits of any script', () => {
    assert.equal(digitValue('٧'), 7); // Arabic-Indic
    assert.equal(digitValue('۹'), 9); // Extended Arabic-Indic (Persian)
    assert.equal(digitValue('५'), 5); // Devanagari
    assert.equal(digitValue('３'), 3); // full width
    assert.equal(digitValue('𝟖'), 8); // mathematical bold, in a run of fifty
    assert.equal(asciiDigits('١٠٠ يوم'), '100 يوم');
  });

  test('grouping by comma, dot, space, thin and no-break space; decimal marks', () => {
    const cases: [string, number | null][] = [
      ['600,000', 600_000],
      ['600.000', 600_000],
      ['600 000', 600_000],
      ['600\u202f000', 600_000],
      ['600\u00a0000', 600_000],
      ['1,234,567', 1_234_567],
      ['1.5', 1.5],
      ['2,5', 2.5],
      ['1.234,56', 1234.56],
      ['1,234.56', 1234.56],
      ['١٠٠', 100],
      ['72', 72],
      ['1,2,3', null],
      ['1,23,456', null],
      ['1..2', null],
      ['abc', null],
    ];
    for (const [printed, value] of cases) assert.equal(readNumeral(printed), value, printed);
  });

  test('number words', () => {
    assert.equal(readNumberWord('two'), 2);
    assert.equal(readNumberWord('Six'), 6);
    assert.equal(readNumberWord('forty-eight'), 48);
    assert.equal(readNumberWord('thirty'), 30);
    assert.equal(readNumberWord('several'), null);
  });
});
