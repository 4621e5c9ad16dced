// The valuation form's parts rendered without a browser: a point of weight 0 folds its wordings to one line, a
// weighted one lists them, and the filter bar names its choices with their counts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DomainIssue } from '../api/analysis-types.ts';
import { PointFields } from './valuation-fields.tsx';
import { ValuationFilterBar } from './valuation-filter-bar.tsx';

const issue: DomainIssue = {
  name: 'Point 4',
  lineageId: 'lin-4',
  number: '4',
  title: 'Armed forces',
  inTarget: true,
  draftOption: 1,
  options: ['600,000', '800,000'].map((label) => ({
    label,
    text: `capped at ${label}`,
    quantities: [],
    versionIds: [`v-${label}`],
    versionLabels: [],
    kind: 'variant' as const,
  })),
};

const point = (weight: string, values: string[], folded: boolean, errors = {}) =>
  renderToStaticMarkup(
    createElement(PointFields, {
      issue,
      index: 0,
      row: { lineageId: 'lin-4', weight, values },
      folded,
      errors,
      onChange: () => {},
    }),
  );

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

describe('valuation form parts', () => {
  test('a folded point shows one line instead of its wordings, and says values entered are kept', () => {
    const html = point('0', ['0.2', ''], true);
    assert.equal(count(html, 'valuation-value'), 0);
    assert.match(html, /data-folded="true"/);
    assert.match(
      html,
      /weight 0 — not counted; set a weight to value its wordings \(the value entered is kept\)/,
    );
    assert.match(point('0', ['0.2', '0.4'], true), /\(the 2 values entered are kept\)/);
    assert.doesNotMatch(point('', ['', ''], true), /kept/);
  });

  test('a weighted point lists a value field per wording, this draft marked', () => {
    const html = point('3', ['0.2', '0.9'], false, { 'value:0:1': 'a number from 0 to 1' });
    assert.equal(count(html, 'valuation-value'), 2);
    assert.equal(count(html, 'valuation-folded'), 0);
    assert.match(html, /value="0.9"/);
    assert.match(html, /class="valuation-option draft-option">.*800,000.*this draft/);
    assert.match(html, /data-field="valuation-value">a number from 0 to 1/);
  });

  test('the filter bar: three choices with their counts, the chosen one pressed, how many are shown', () => {
    const html = renderToStaticMarkup(
      createElement(ValuationFilterBar, {
        filter: 'weighted',
        counts: { weighted: 8, all: 51, inVersion: 20 },
        query: ' nato ',
        shown: 2,
        onFilter: () => {},
        onQuery: () => {},
      }),
    );
    const buttons = [...html.matchAll(/aria-pressed="(true|false)" data-filter="(\w+)">([^<]*)</g)].map(
      (m) => `${m[2]}:${m[1]}:${m[3]}`,
    );
    assert.deepEqual(buttons, [
      'weighted:true:weighted (8)',
      'all:false:all contested (51)',
      'inVersion:false:in this version (20)',
    ]);
    assert.match(html, /data-testid="valuation-search"/);
    assert.match(html, /Showing 2 of 51 points matching “nato”\./);
  });
});
