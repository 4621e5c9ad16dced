import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readMarker, romanValue } from './numbering.ts';

const read = (text: string) => {
  const m = readMarker(text);
  return m && { ...m.readings[0], rest: m.rest, readings: m.readings.length };
};

describe('markers', () => {
  test('numbered forms', () => {
    const cases: [string, string, string, string][] = [
      ['1. Ukraine', 'decimal.', '1', 'Ukraine'],
      ['1) Ukraine', 'decimal)', '1', 'Ukraine'],
      ['(1) Ukraine', 'decimal()', '1', 'Ukraine'],
      ['1: Ukraine', 'decimal.', '1', 'Ukraine'],
      ['1 – Ukraine', 'decimal.', '1', 'Ukraine'],
      ['1 - Ukraine', 'decimal.', '1', 'Ukraine'],
      ['1- Ukraine', 'decimal.', '1', 'Ukraine'],
      ['10a. Ukraine', 'decimal.', '10a', 'Ukraine'],
      ['10a) Ukraine', 'decimal)', '10a', 'Ukraine'],
      ['12bis. Ukraine', 'decimal.', '12bis', 'Ukraine'],
      ['1.2 The parties', 'decimaldotted1', '1.2', 'The parties'],
      ['1.2. the parties', 'decimaldotted1', '1.2', 'the parties'],
      ['Point 1 – Ukraine', 'word', '1', 'Ukraine'],
      ['Point 1: Ukraine', 'word', '1', 'Ukraine'],
      ['POINT 7. Ukraine', 'word', '7', 'Ukraine'],
      ['Пункт 1. Україна', 'word', '1', 'Україна'],
      ['Article 5 — Guarantees', 'word', '5', 'Guarantees'],
      ['Article IV. Guarantees', 'word', 'IV', 'Guarantees'],
      ['Chapter 2', 'word', '2', ''],
      ['١. أوكرانيا', 'decimal.', '1', 'أوكرانيا'],
      ['١- أوكرانيا', 'decimal.', '1', 'أوكرانيا'],
      ['１．全文', 'decimal.', '1', '全文'],
      ['（２） 全文', 'decimal()', '2', '全文'],
      ['**3.** Bold', 'decimal.', '3', 'Bold'],
      ['7.', 'decimal.', '7', ''],
    ];
    for (const [text, style, label, rest] of cases) {
      const m = read(text);
      assert.ok(m, text);
      assert.deepEqual([m.style, m.label, m.rest], [style, label, rest], text);
    }
  });

  test('letters, roman numerals and their ambiguity', () => {
    assert.deepEqual(read('a) text')?.style, 'alpha-lower)');
    assert.deepEqual(read('(b) text')?.label, 'b');
    assert.deepEqual(read('B. Territory')?.style, 'alpha-upper.');
    assert.deepEqual(read('а) текст')?.style, 'alpha-lower)');
    assert.deepEqual(read('б) текст')?.value, 2);
    assert.deepEqual(read('(ii) text')?.style, 'roman-lower()');
    assert.deepEqual(read('(iv) text')?.value, 4);
    assert.deepEqual(read('IV. Security')?.style, 'roman-upper.');
    // "i" reads first as the roman one, "c" or "v" first as a letter; both readings are kept.
    assert.deepEqual([read('(i) x')?.style, read('(i) x')?.readings], ['roman-lower()', 2]);
    assert.deepEqual([read('(c) x')?.style, read('(c) x')?.readings], ['alpha-lower()', 2]);
    assert.deepEqual([read('v) x')?.style, read('v) x')?.readings], ['alpha-lower)', 2]);
  });

  test('bullets and arrows', () => {
    for (const b of ['-', '•', '*', '–', '—', '▪', '◦', '→', '->', '=>']) {
      const m = read(`${b} item`);
      assert.deepEqual([m?.kind, m?.style, m?.rest], ['bullet', `bullet${b}`, 'item'], b);
    }
  });

  test('a number in a sentence is not a marker', () => {
    for (const text of [
      '123456. Six digits',
      '600,000 troops',
      '1.5 million people',
      '12 months',
      'Article 5 guarantees apply',
      'Point 5 of the plan',
      'Point in time.',
      'Section iv. lower case',
      'G8',
      '-5% growth',
      '1-2 days',
      '(1 of 3)',
      'ab) x',
      '1st. x',
    ])
      assert.equal(readMarker(text), null, text);
  });

  test('roman values', () => {
    assert.equal(romanValue('xiv'), 14);
    assert.equal(romanValue('MCMXC'), 1990);
    assert.equal(romanValue('iiii'), null);
    assert.equal(romanValue('vx'), null);
  });
});
