import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  bodyOf,
  emptyCommitment,
  emptyForm,
  formOf,
  parseAmount,
  validateCommitment,
  validatePoint,
} from './point-form.ts';

const point = {
  id: '0192f0c8-7d2a-7000-8000-000000000001',
  versionId: '0192f0c8-7d2a-7000-8000-000000000002',
  lineageId: '0192f0c8-7d2a-7000-8000-000000000001',
  parentPointId: null,
  derivedFrom: [],
  note: '',
  ordinal: 5,
  number: '6',
  text: { en: 'Armed forces capped at 600,000.' },
  categories: ['milrfm'],
  quantities: [{ value: 600000, unit: 'troops', text: '600,000 personnel' }],
  conditions: [],
  logIndex: 3,
};

describe('point form', () => {
  test('a point round-trips through the form into the body the server takes', () => {
    const body = bodyOf(formOf(point));
    assert.deepEqual(body, {
      number: '6',
      text: { en: 'Armed forces capped at 600,000.' },
      categories: ['milrfm'],
      quantities: [{ value: 600000, unit: 'troops', text: '600,000 personnel' }],
      conditions: [],
    });
    assert.deepEqual(validatePoint(formOf(point), 'update'), {});
  });

  test("core's messages land beside the field that caused them", () => {
    const form = formOf(point);
    form.texts = [{ lang: 'en', text: '   ' }];
    form.quantities = [{ value: 'many', unit: '', text: '' }];
    form.conditions = [{ if: 'Russia invades again', then: '' }];
    const errors = validatePoint(form, 'update');
    assert.equal(errors['text.en'], 'must not be empty');
    assert.equal(errors['quantities.0.value'], 'must be a number, like 600000 or 1.5');
    assert.equal(errors['quantities.0.unit'], 'must not be empty');
    assert.equal(errors['conditions.0.then'], 'must not be empty');
  });

  test('a bad language tag and a language given twice are named', () => {
    const form = emptyForm('en');
    form.texts = [
      { lang: 'en', text: 'One' },
      { lang: 'english', text: 'Two' },
      { lang: 'en', text: 'Three' },
    ];
    const errors = validatePoint(form, 'create');
    assert.ok(
      Object.keys(errors).some((k) => k.startsWith('text')),
      JSON.stringify(errors),
    );
    assert.equal(errors['texts.2.lang'], 'en is already a language of this point');
  });

  test('a blank number is left to the server; hostile text is refused with its code point', () => {
    const form = emptyForm('en');
    form.texts[0] = { lang: 'en', text: 'Ceasefire\u202e' };
    assert.equal('number' in bodyOf(form), false);
    assert.match(validatePoint(form, 'create')['text.en'] ?? '', /U\+202E/);
  });

  test('amounts are read as people type them', () => {
    assert.equal(parseAmount('600,000'), 600000);
    assert.equal(parseAmount('600 000'), 600000);
    assert.equal(parseAmount('1.5'), 1.5);
    assert.ok(Number.isNaN(parseAmount('6,00')));
    assert.ok(Number.isNaN(parseAmount('')));
  });

  test('a commitment needs who and what; a due date must be a real date', () => {
    const c = emptyCommitment();
    const errors = validateCommitment(c);
    assert.equal(errors.obligor, 'must not be empty');
    assert.equal(errors.action, 'must not be empty');
    const dated = {
      ...c,
      obligor: 'Ukraine',
      action: 'hold elections',
      dueKind: 'date' as const,
      due: '2026-02-30',
    };
    assert.ok(validateCommitment(dated).due);
    assert.deepEqual(validateCommitment({ ...dated, due: '2026-03-01' }), {});
  });
});
