import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DomainIssue } from '../api/analysis-types.ts';
import type { Valuation } from '../api/types.ts';
import { shownPoints } from './valuation-filter.ts';
import { fieldErrorsFromProblem, initialForm, toValuationInput } from './valuation-form.ts';

const option = (label: string, versionIds: string[], text: string | null = label) => ({
  label,
  text,
  quantities: [],
  versionIds,
  versionLabels: versionIds.map((v) => `label of ${v}`),
  kind: text === null ? ('absent' as const) : ('variant' as const),
});

const issues: DomainIssue[] = [
  {
    name: 'Point 6',
    lineageId: 'lin-6',
    number: '6',
    title: 'Armed forces',
    inTarget: true,
    draftOption: 0,
    options: [option('600k', ['v-us']), option('800k', ['v-e3', 'v-e3b'])],
  },
  {
    name: 'Point 7',
    lineageId: 'lin-7',
    number: '7',
    title: 'NATO',
    inTarget: true,
    draftOption: 0,
    options: [option('no NATO', ['v-us']), option('absent', ['v-e3', 'v-e3b'], null)],
  },
];

const existing: Valuation = {
  id: 'val-1',
  processId: 'p',
  planId: 'plan',
  partyId: 'ua',
  enteredBy: 'mediator',
  reservation: 0.4,
  note: 'first pass',
  // The E3 wording is valued through its second version only: the form still finds it.
  points: [{ lineageId: 'lin-6', weight: 3, values: { 'v-us': 0.2, 'v-e3b': 0.9 } }],
  logIndex: 12,
};

describe('valuation form', () => {
  test('a new form weights every point 1 and has no values', () => {
    assert.deepEqual(initialForm(issues, null), {
      reservation: '',
      note: '',
      points: [
        { lineageId: 'lin-6', weight: '1', values: ['', ''] },
        { lineageId: 'lin-7', weight: '1', values: ['', ''] },
      ],
    });
  });

  test('an existing valuation fills the form; a lineage it omits has weight 0', () => {
    assert.deepEqual(initialForm(issues, existing), {
      reservation: '0.4',
      note: 'first pass',
      points: [
        { lineageId: 'lin-6', weight: '3', values: ['0.2', '0.9'] },
        { lineageId: 'lin-7', weight: '0', values: ['', ''] },
      ],
    });
  });

  test('the input writes each value for every version of the wording and leaves blanks out', () => {
    const form = initialForm(issues, existing);
    const result = toValuationInput(issues, { ...form, reservation: ' 0,5 ' });
    assert.deepEqual(result, {
      ok: true,
      input: {
        reservation: 0.5,
        note: 'first pass',
        points: [
          { lineageId: 'lin-6', weight: 3, values: { 'v-us': 0.2, 'v-e3': 0.9, 'v-e3b': 0.9 } },
          { lineageId: 'lin-7', weight: 0, values: {} },
        ],
      },
    });
  });

  test('points the filter hides are saved with their weights and values all the same', () => {
    const form = initialForm(issues, existing);
    // Values entered for Point 7 (weight 0), and Point 6 searched out: neither is on screen.
    const edited = {
      ...form,
      points: [form.points[0], { lineageId: 'lin-7', weight: '0', values: ['0.7', '0.1'] }],
    } as typeof form;
    const view = {
      filter: 'weighted' as const,
      query: 'NATO',
      keep: new Set<string>(),
      errors: new Set<string>(),
    };
    assert.deepEqual(shownPoints(issues, edited, view), []);
    assert.deepEqual(shownPoints(issues, edited, { ...view, query: '' }), [0]);
    assert.deepEqual(toValuationInput(issues, edited), {
      ok: true,
      input: {
        reservation: 0.4,
        note: 'first pass',
        points: [
          { lineageId: 'lin-6', weight: 3, values: { 'v-us': 0.2, 'v-e3': 0.9, 'v-e3b': 0.9 } },
          { lineageId: 'lin-7', weight: 0, values: { 'v-us': 0.7, 'v-e3': 0.1, 'v-e3b': 0.1 } },
        ],
      },
    });
  });

  test('out-of-range and non-numeric fields are named, and nothing is built', () => {
    const form = initialForm(issues, existing);
    const bad = {
      ...form,
      reservation: '1.2',
      points: [
        { lineageId: 'lin-6', weight: '-1', values: ['abc', '0.3'] },
        { lineageId: 'lin-7', weight: '1', values: ['', '2'] },
      ],
    };
    assert.deepEqual(toValuationInput(issues, bad), {
      ok: false,
      errors: {
        reservation: 'a number from 0 to 1',
        'weight:0': 'a number of 0 or more',
        'value:0:0': 'a number from 0 to 1',
        'value:1:1': 'a number from 0 to 1',
      },
    });
  });

  test('all weights 0 is refused', () => {
    const form = initialForm(issues, null);
    const zero = { ...form, reservation: '0.3', points: form.points.map((p) => ({ ...p, weight: '0' })) };
    assert.deepEqual(toValuationInput(issues, zero), {
      ok: false,
      errors: { 'weight:0': 'at least one point needs a weight above 0' },
    });
  });

  test("the server's field errors land beside their fields", () => {
    assert.deepEqual(
      fieldErrorsFromProblem(issues, [
        { path: 'body.reservation', message: 'must be at most 1' },
        { path: 'points.1.values.v-e3b', message: 'not a version of the plan' },
        { path: 'points.0.lineageId', message: 'not in the plan' },
        { path: 'points.9.weight', message: 'ignored: no such point' },
        { path: 'note', message: 'left to the summary' },
      ]),
      {
        reservation: 'must be at most 1',
        'value:1:1': 'not a version of the plan',
        'weight:0': 'not in the plan',
      },
    );
  });
});
