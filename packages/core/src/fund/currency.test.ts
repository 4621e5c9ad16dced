import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exponentOf, formatMinor, parseMajor } from './currency.ts';

test('minor-unit exponents follow ISO 4217 (cents, yen, fils)', () => {
  assert.equal(exponentOf('USD'), 2);
  assert.equal(exponentOf('JPY'), 0);
  assert.equal(exponentOf('KWD'), 3);
});

test('amounts print with their currency’s digits and thousands separators', () => {
  assert.equal(formatMinor(10_000_000_000_000, 'USD'), '100,000,000,000.00 USD');
  assert.equal(formatMinor(5, 'EUR'), '0.05 EUR');
  assert.equal(formatMinor(1500, 'JPY'), '1,500 JPY');
  assert.equal(formatMinor(1, 'KWD'), '0.001 KWD');
});

test('typed amounts parse to minor units; extra decimals, zero and nonsense are refused, not rounded', () => {
  assert.equal(parseMajor('1,000.5', 'USD'), 100_050);
  assert.equal(parseMajor('100000000000', 'USD'), 10_000_000_000_000);
  assert.equal(parseMajor('12', 'JPY'), 12);
  assert.equal(parseMajor('0.001', 'USD'), null);
  assert.equal(parseMajor('1.5', 'JPY'), null);
  assert.equal(parseMajor('0', 'USD'), null);
  assert.equal(parseMajor('-3', 'USD'), null);
  assert.equal(parseMajor('1e9', 'USD'), null);
  assert.equal(parseMajor('9999999999999999', 'USD'), null);
});
