import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DomainIssue } from '../api/analysis-types.ts';
import type { ValuationForm } from './valuation-form.ts';
import { describeWeights, weightSummary } from './weight-summary.ts';

const issues: DomainIssue[] = ['4', '5', '7', '14', '16', '18', '20'].map((number) => ({
  name: `Point ${number}`,
  lineageId: `lin-${number}`,
  number,
  title: '',
  inTarget: true,
  draftOption: 0,
  options: [],
}));

const form = (weights: string[]): ValuationForm => ({
  reservation: '',
  note: '',
  points: issues.map((x, i) => ({ lineageId: x.lineageId, weight: weights[i] ?? '0', values: [] })),
});

describe('the weights summary at the save bar', () => {
  test('shares of the total, heaviest first, ties in the domain order, cut at five', () => {
    // Total 40: 15/40 = 37.5%, 10/40 = 25%, 4/40 = 10% (three of them), 1.5/40 = 3.75% (two).
    const summary = weightSummary(issues, form(['4', '15', '10', '1.5', '4', '1.5', '4']));
    assert.equal(summary.weighted, 7);
    assert.equal(summary.more, 2);
    assert.deepEqual(
      summary.top.map((p) => [p.name, p.share]),
      [
        ['Point 5', 0.375],
        ['Point 7', 0.25],
        ['Point 4', 0.1],
        ['Point 16', 0.1],
        ['Point 20', 0.1],
      ],
    );
    assert.equal(
      describeWeights(summary),
      '7 points weighted; weights normalised: Point 5 38%, Point 7 25%, Point 4 10%, Point 16 10%, Point 20 10%, …',
    );
  });

  test('blank, 0 and invalid weights do not count', () => {
    const summary = weightSummary(issues, form(['', '0', 'abc', '-2', '3', '1', '0']));
    assert.equal(
      describeWeights(summary),
      '2 points weighted; weights normalised: Point 16 75%, Point 18 25%',
    );
  });

  test('one point, a tiny share, and none at all', () => {
    assert.equal(
      describeWeights(weightSummary(issues, form(['0', '0', '1']))),
      '1 point weighted; weights normalised: Point 7 100%',
    );
    const tiny = weightSummary(issues, form(['1000', '1']));
    assert.equal(describeWeights(tiny), '2 points weighted; weights normalised: Point 4 100%, Point 5 <1%');
    assert.equal(
      describeWeights(weightSummary(issues, form([]))),
      'No point weighted yet: at least one needs a weight above 0.',
    );
  });
});
