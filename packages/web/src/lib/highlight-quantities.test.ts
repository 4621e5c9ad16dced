import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Quantity } from '../api/types.ts';
import { formatQuantity, highlightQuantities } from './highlight-quantities.ts';

const q = (text: string, value = 1, unit = 'x'): Quantity => ({ value, unit, text });
const marked = (r: ReturnType<typeof highlightQuantities>) =>
  r.segments.map((s) => (s.quantity ? `[${s.text}]` : s.text)).join('');

describe('highlightQuantities', () => {
  test('marks every quantity where it occurs, text otherwise unchanged', () => {
    const text = 'Ukraine’s armed forces are capped at 600,000 personnel within 100 days.';
    const r = highlightQuantities(text, [q('100 days', 100, 'days'), q('600,000', 600000, 'personnel')]);
    assert.equal(marked(r), 'Ukraine’s armed forces are capped at [600,000] personnel within [100 days].');
    assert.equal(r.segments.map((s) => s.text).join(''), text);
    assert.deepEqual(r.unplaced, []);
  });

  test('the longer quantity wins an overlap; the shorter takes a later free occurrence', () => {
    const r = highlightQuantities('$100 bn of frozen assets, 100 days', [q('100'), q('$100 bn')]);
    assert.equal(marked(r), '[$100 bn] of frozen assets, [100] days');
  });

  test('falls back to a case-insensitive match', () => {
    assert.equal(
      marked(highlightQuantities('Fifty Percent of profits', [q('fifty percent')])),
      '[Fifty Percent] of profits',
    );
  });

  test('when its own text is a description, the value as written is marked instead', () => {
    const cap = { value: 600000, unit: 'personnel', text: 'cap on the Armed Forces of Ukraine' };
    assert.equal(
      marked(highlightQuantities("Ukraine's armed forces are capped at 600,000 personnel.", [cap])),
      "Ukraine's armed forces are capped at [600,000 personnel].",
    );
    const fund = { value: 100e9, unit: 'USD', text: 'frozen assets' };
    const share = { value: 50, unit: '%', text: 'share of profit' };
    assert.equal(
      marked(
        highlightQuantities('$100 billion in frozen assets; the US receives 50% of the profit.', [
          fund,
          share,
        ]),
      ),
      '[$100 billion] in frozen assets; the US receives [50%] of the profit.',
    );
  });

  test('the unit word after a value is marked with it, singular or plural', () => {
    const hours = { value: 72, unit: 'hours', text: 'deadline for the hostage release' };
    assert.equal(
      marked(highlightQuantities('returned within 72 hours of acceptance', [hours])),
      'returned within [72 hours] of acceptance',
    );
    const day = { value: 1, unit: 'days', text: 'grace period' };
    assert.equal(
      marked(highlightQuantities('after 1 day, not 1 daylight', [day])),
      'after [1 day], not 1 daylight',
    );
    const usd = { value: 5, unit: 'USD', text: 'fee' };
    assert.equal(marked(highlightQuantities('a fee of 5 dollars.', [usd])), 'a fee of [5] dollars.');
    const area = { value: 30, unit: 'km²', text: 'zone' };
    assert.equal(marked(highlightQuantities('a 30 km² zone', [area])), 'a [30] km² zone');
  });

  test('a value is never marked inside a longer number', () => {
    const r = highlightQuantities('1,500 and 500.5 and 5000 but 500 here', [
      { value: 500, unit: 'x', text: 'n/a' },
    ]);
    assert.equal(marked(r), '1,500 and 500.5 and 5000 but [500] here');
  });

  test('quantities not in the text are returned, not lost', () => {
    const missing = q('800,000');
    const empty = q('');
    const r = highlightQuantities('A cap on the army.', [missing, empty]);
    assert.equal(marked(r), 'A cap on the army.');
    assert.deepEqual(r.unplaced, [missing, empty]);
  });

  test('the same text twice is marked at two places', () => {
    assert.equal(marked(highlightQuantities('50% and 50%', [q('50%'), q('50%')])), '[50%] and [50%]');
  });

  test('empty text gives one empty segment', () => {
    assert.deepEqual(highlightQuantities('', []).segments, [{ text: '' }]);
  });
});

describe('formatQuantity', () => {
  test('groups digits and keeps the unit', () => {
    assert.equal(formatQuantity({ value: 600000, unit: 'troops', text: '' }), '600,000 troops');
    assert.equal(formatQuantity({ value: 100000000000, unit: 'USD', text: '' }), '100,000,000,000 USD');
    assert.equal(formatQuantity({ value: 50, unit: '%', text: '' }), '50 %');
  });
});
