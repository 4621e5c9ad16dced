import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildPlanDomain } from './build-plan-domain.ts';
import { describeChange, outcomeFromLabels } from './describe-change.ts';
import { points, V28, versions } from './testdata/reference-plan.ts';

const draft28 = buildPlanDomain({ versions, points, target: V28 });
const december = buildPlanDomain({ versions, points });

describe('describeChange', () => {
  test('a changed wording quotes the words that differ and names the version whose wording it takes', () => {
    const d = describeChange(draft28, [0, 0, 0], [1, 0, 0]);
    assert.equal(
      d.text,
      'Point 6: replace "… are capped at 600,000 personnel." with the wording of E3 counter-draft and ' +
        'December version: "… are capped at 800,000 in peacetime."',
    );
    assert.deepEqual(d.changes, [
      {
        issue: 'Point 6',
        lineageId: draft28.issuesMeta[0]?.lineageId,
        from: '600,000 personnel',
        to: '800,000 in peacetime',
        sentence: d.text,
      },
    ]);
  });

  test('deleting and restoring a point', () => {
    assert.equal(
      describeChange(draft28, [0, 0, 0], [0, 0, 1]).text,
      'Point 26: delete the point (as in E3 counter-draft and December version): ' +
        '"Everyone involved gets a full amnesty for wartime acts and renounces future claims."',
    );
    assert.equal(
      describeChange(december, december.draft, [1, 1, 0]).text,
      'Point 26 of 28-point draft: restore the point with the wording of 28-point draft: ' +
        '"Everyone involved gets a full amnesty for wartime acts and renounces future claims."',
    );
  });

  test('several points, one sentence each, in the order of the plan', () => {
    const d = describeChange(december, december.draft, [0, 0, 1]);
    assert.deepEqual(
      d.changes.map((c) => c.issue),
      ['Point 4', 'Point 5'],
    );
    assert.match(d.changes[0]?.sentence ?? '', /^Point 4: replace "… are capped at 800,000 in peacetime\." /);
    assert.match(
      d.changes[1]?.sentence ?? '',
      /with the wording of 28-point draft: "Ukraine writes into its/,
    );
    assert.equal(d.text.split('\n').length, 2);
  });

  test('no change', () => {
    const d = describeChange(draft28, [0, 1, 0], [0, 1, 0]);
    assert.deepEqual(d.changes, []);
    assert.equal(d.text, 'No change: every point keeps its wording.');
  });

  test('malformed packages are refused', () => {
    assert.throws(() => describeChange(draft28, [0, 0], [0, 0, 0]), /one option for each of the 3 points/);
    assert.throws(() => describeChange(draft28, [0, 0, 0], [0, 2, 0]), /option 2 does not exist for Point 7/);
    assert.throws(() => describeChange(draft28, [0, 0, 0.5], [0, 0, 0]), /does not exist/);
    assert.throws(() => describeChange(draft28, [0, 0, 0], null as unknown as number[]), RangeError);
  });
});

describe('outcomeFromLabels', () => {
  test('reads a package named by labels, refuses unknown ones', () => {
    const labels = {
      'Point 6': '800,000 in peacetime',
      'Point 7': draft28.issues[1]?.options[0] ?? '',
      'Point 26': '(point deleted)',
    };
    assert.deepEqual(outcomeFromLabels(draft28, labels), [1, 0, 1]);
    assert.throws(
      () => outcomeFromLabels(draft28, { ...labels, 'Point 6': '700,000' }),
      /no known option for Point 6/,
    );
    assert.throws(() => outcomeFromLabels(draft28, {}), /Point 6/);
  });
});
