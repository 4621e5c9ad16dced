// Proposals against the lineage the reference plans record (../shared/data/plans): the December 20 points'
// `fate_in_later_versions.from_28` and the E3 counter-draft's changes by `original_point`. Skips, saying so,
// where the shared data is absent (a fresh clone); the owned fixture in propose-lineage.test.ts always runs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { proposeLineage } from './propose-lineage.ts';
import { e3Version, planPoints, pointId, recordedFates, referencePlansPresent } from './reference-plans.ts';
import type { CandidatePoint, LineageProposal } from './types.ts';

const skip = referencePlansPresent()
  ? false
  : 'the reference plans (../shared/data/plans) are not on this machine';
const US_28 = 'us_28_point_ukraine_2025-11.json';
const DECEMBER = 'ukraine_20_point_framework_2025-12.json';

/** Share of later points whose proposed sources are exactly the recorded ones; prints each miss. */
function agreement(
  label: string,
  proposals: LineageProposal[],
  later: CandidatePoint[],
  recorded: (point: CandidatePoint) => string[],
): number {
  const numberOf = new Map(later.map((p) => [p.id, p]));
  let agreed = 0;
  for (const proposal of proposals) {
    const point = numberOf.get(proposal.pointId) as CandidatePoint;
    const got = proposal.derivedFrom.map((d) => d.pointId).sort();
    const want = recorded(point).sort();
    if (JSON.stringify(got) === JSON.stringify(want)) agreed++;
    else
      console.log(
        `${label}: miss at ${point.number}: recorded ${want.join(' + ') || 'new'}, proposed ` +
          `${proposal.derivedFrom.map((d) => `${d.pointId} (${d.operation})`).join(' + ') || 'new'} ` +
          `[${proposal.reasons.join('; ')}]`,
      );
  }
  console.log(`${label}: ${agreed} of ${proposals.length} points as recorded`);
  return agreed / proposals.length;
}

describe('proposals on the reference plans', { skip }, () => {
  for (const withSubPoints of [false, true]) {
    const how = withSubPoints ? 'with the 28 points’ sub-points' : 'top-level points';
    test(`28 points → December 20 points (${how})`, () => {
      const earlier = planPoints(US_28, 'us28', { withSubPoints });
      const later = planPoints(DECEMBER, 'dec');
      const fates = recordedFates(DECEMBER, 'from_28');
      const proposals = proposeLineage({ earlier, later, parentVersionId: 'us28' });
      const share = agreement(`28 → December (${how})`, proposals, later, (p) =>
        (fates.get(p.number) ?? []).map((n) => pointId('us28', n)),
      );
      assert.ok(share >= 0.9, `${Math.round(share * 100)}% as recorded`);
    });

    test(`28 points → E3 counter-draft (${how})`, () => {
      const earlier = planPoints(US_28, 'us28', { withSubPoints });
      const e3 = e3Version(earlier, 'e3');
      const proposals = proposeLineage({ earlier, later: e3.points, parentVersionId: 'us28' });
      const recorded = (p: CandidatePoint) =>
        (e3.recorded.get(p.number) ?? []).map((n) => pointId('us28', n));
      const share = agreement(`28 → E3 (${how})`, proposals, e3.points, recorded);
      const changed = e3.points.filter((p) => e3.changed.has(p.number));
      const changedIds = new Set(changed.map((p) => p.id));
      agreement(
        `28 → E3, the points the E3 changed (${how})`,
        proposals.filter((p) => changedIds.has(p.pointId)),
        changed,
        recorded,
      );
      assert.ok(share >= 0.9, `${Math.round(share * 100)}% as recorded`);
    });
  }

  test('December answering a Geneva-like version that dropped 13, 14 and 26: #9 restores 14', () => {
    const us28 = planPoints(US_28, 'us28');
    const dropped = new Set(['13', '14', '26']);
    const geneva = us28
      .filter((p) => !dropped.has(p.number))
      .map((p, k) => ({
        ...p,
        id: pointId('geneva', p.number),
        versionId: 'geneva',
        ordinal: k,
        derivedFrom: [{ pointId: p.id, operation: 'keep' as const }],
      }));
    const later = planPoints(DECEMBER, 'dec');
    const fates = recordedFates(DECEMBER, 'from_28');
    const proposals = proposeLineage({ earlier: [...us28, ...geneva], later, parentVersionId: 'geneva' });
    const share = agreement('28 → Geneva-like → December', proposals, later, (p) =>
      (fates.get(p.number) ?? []).map((n) => pointId(dropped.has(n) ? 'us28' : 'geneva', n)),
    );
    assert.ok(share >= 0.9);
    const nine = proposals.find((p) => p.pointId === pointId('dec', '9'));
    assert.ok(nine?.derivedFrom.some((d) => d.pointId === pointId('us28', '14')));
  });
});
