import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DomainIssue } from '../api/analysis-types.ts';
import type { Valuation } from '../api/types.ts';
import {
  defaultFilter,
  filterCounts,
  isUnweighted,
  lineagesWithErrors,
  matchesSearch,
  type PointView,
  shownPoints,
  weightedLineages,
} from './valuation-filter.ts';
import type { ValuationForm } from './valuation-form.ts';

const option = (label: string, text: string | null) => ({
  label,
  text,
  quantities: [],
  versionIds: [`v-${label}`],
  versionLabels: [],
  kind: text === null ? ('absent' as const) : ('variant' as const),
});

const issue = (number: string, title: string, inTarget: boolean, texts: (string | null)[]): DomainIssue => ({
  name: inTarget ? `Point ${number}` : `Point ${number} of E3 counter-draft`,
  lineageId: `lin-${number}`,
  number,
  title,
  inTarget,
  draftOption: 0,
  options: texts.map((t, j) => option(`${number}-${j}`, t)),
});

const issues: DomainIssue[] = [
  issue('4', 'Armed forces', true, ['capped at 600,000', 'stay at 800,000 in peacetime']),
  issue('7', 'NATO', true, ['never joins NATO', null]),
  issue('12.a', 'Development fund', false, ['a fund for data centres', null]),
  issue('14', 'Territory', true, ['Zaporizhzhia frozen on the line of contact', 'talks from the line']),
];

const form = (weights: string[]): ValuationForm => ({
  reservation: '0.5',
  note: '',
  points: issues.map((x, i) => ({ lineageId: x.lineageId, weight: weights[i] ?? '', values: ['', ''] })),
});

const view = (over: Partial<PointView>): PointView => ({
  filter: 'weighted',
  query: '',
  keep: new Set(),
  errors: new Set(),
  ...over,
});

describe('which valuation points are shown', () => {
  test('the counts: weighted now, every contested point, the points of this version', () => {
    assert.deepEqual(filterCounts(issues, form(['3', '0', '', '1'])), { weighted: 2, all: 4, inVersion: 3 });
    // Blank, 0, negative and text are not weighted.
    assert.deepEqual(filterCounts(issues, form(['-1', 'abc', ' 0 ', '0.5'])), {
      weighted: 1,
      all: 4,
      inVersion: 3,
    });
  });

  test('each filter shows its points in the domain order', () => {
    const f = form(['3', '0', '', '1']);
    assert.deepEqual(shownPoints(issues, f, view({ filter: 'weighted' })), [0, 3]);
    assert.deepEqual(shownPoints(issues, f, view({ filter: 'all' })), [0, 1, 2, 3]);
    assert.deepEqual(shownPoints(issues, f, view({ filter: 'inVersion' })), [0, 1, 3]);
  });

  test('a point whose weight is being retyped stays under the weighted filter', () => {
    const f = form(['', '0', '', '1']);
    assert.deepEqual(shownPoints(issues, f, view({ keep: new Set(['lin-4']) })), [0, 3]);
    assert.deepEqual(shownPoints(issues, f, view({})), [3]);
  });

  test('the search looks in the number, the title and every wording, all words required, case ignored', () => {
    const f = form(['1', '1', '1', '1']);
    const search = (query: string) => shownPoints(issues, f, view({ filter: 'all', query }));
    assert.deepEqual(search('800,000'), [0]);
    assert.deepEqual(search('  nato  '), [1]);
    assert.deepEqual(search('point 12.a'), [2]);
    assert.deepEqual(search('Zaporizhzhia LINE'), [3]);
    assert.deepEqual(search('line'), [3]);
    assert.deepEqual(search('territory nato'), []);
    assert.deepEqual(search(''), [0, 1, 2, 3]);
    assert.equal(matchesSearch(issues[2] as DomainIssue, 'e3 counter'), true);
  });

  test('the search narrows the filter, and a point with an error shows through both', () => {
    const f = form(['3', '0', '', '1']);
    assert.deepEqual(shownPoints(issues, f, view({ query: 'nato' })), []);
    const errors = lineagesWithErrors(issues, { 'value:1:0': 'a number from 0 to 1', reservation: 'x' });
    assert.deepEqual([...errors], ['lin-7']);
    assert.deepEqual(shownPoints(issues, f, view({ query: 'territory', errors })), [1, 3]);
  });

  test('the form opens on the weighted points when the loaded valuation weighs any', () => {
    const saved = (weights: number[]): Valuation => ({
      id: 'val',
      processId: 'p',
      planId: 'plan',
      partyId: 'ua',
      enteredBy: 'mediator',
      reservation: 0.5,
      note: '',
      points: weights.map((weight, i) => ({ lineageId: `lin-${i}`, weight, values: {} })),
      logIndex: 3,
    });
    assert.equal(defaultFilter(saved([0, 2])), 'weighted');
    assert.equal(defaultFilter(saved([0, 0])), 'all');
    assert.equal(defaultFilter(null), 'all');
  });

  test('a point of weight 0 or blank is unweighted; an invalid weight is not folded away', () => {
    assert.deepEqual(
      ['0', ' ', '0.0', '2', '-1', 'abc'].map((w) => isUnweighted(w)),
      [true, true, true, false, false, false],
    );
    assert.deepEqual([...weightedLineages(form(['3', '0', 'x', '0,5']))], ['lin-4', 'lin-14']);
  });
});
