import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildPlanDomain } from './build-plan-domain.ts';
import { commonPackages, directClosest, directCount } from './common-packages.ts';
import { points, V28, versions } from './testdata/reference-plan.ts';

// The 28-point draft's contested points: army cap, NATO, amnesty (two wordings each).
const domain = buildPlanDomain({ versions, points, target: V28 });

describe('commonPackages', () => {
  test('counts the packages of common wordings and keeps the draft where it is common', () => {
    // Army: both wordings common; NATO: only the counter-draft's; amnesty: only the draft's.
    const common = [
      [true, true],
      [false, true],
      [true, false],
    ];
    const result = commonPackages(domain, common);
    assert.equal(result.count, 2);
    assert.equal(result.closest?.changed, 1);
    assert.deepEqual(
      result.closest?.changes.map((c) => c.issue),
      ['Point 7'],
    );
    assert.equal(result.closest?.alternatives, 0);
    assert.match(result.closest?.text ?? '', /Point 7/);
  });

  test('the draft itself when every draft wording is common; alternatives are the other ways to change as little', () => {
    const all = domain.issues.map((i) => i.options.map(() => true));
    const result = commonPackages(domain, all);
    assert.equal(result.count, 8);
    assert.equal(result.closest?.changed, 0);
    const onlyOthers = domain.issues.map((i, k) => i.options.map((_, o) => o !== domain.draft[k]));
    assert.equal(commonPackages(domain, onlyOthers).closest?.changed, 3);
  });

  test('no package when some point has no common wording; none either without points', () => {
    assert.deepEqual(
      commonPackages(domain, [
        [true, true],
        [false, false],
        [true, true],
      ]),
      {
        count: 0,
        closest: null,
      },
    );
    const empty = { ...domain, issues: [], issuesMeta: [], optionsMeta: [], draft: [] };
    assert.deepEqual(commonPackages(empty, []), { count: 0, closest: null });
  });

  test('the engine’s answer equals the direct reading on every intersection of the domain', () => {
    const masks = [
      [true, false],
      [false, true],
      [true, true],
    ];
    for (const a of masks)
      for (const b of masks)
        for (const c of masks) {
          const common = [a, b, c];
          const result = commonPackages(domain, common);
          assert.equal(BigInt(result.count), directCount(common));
          const changed = directClosest(domain.draft, common).filter((o, i) => o !== domain.draft[i]).length;
          assert.equal(result.closest?.changed, changed);
        }
  });
});
