// The reference plan as a domain, analysed with weights set here, and the engine's answers told in the plan's
// own words. Utilities worked out by hand (issues: Point 6 cap, Point 7 NATO, Point 26 amnesty; 0 = 28-point
// wording, 1 = E3 wording or deletion):
//   Ukraine = 0.5·cap + 0.3·nato + 0.2·(0.3 | 1),        reservation 0.45
//   Russia  = 0.4·(1 | 0.5) + 0.4·(1 | 0) + 0.2·(1 | 0.2), reservation 0.5
//   000 (0.06, 1.00)  001 (0.20, 0.84)  010 (0.36, 0.60)  011 (0.50, 0.44)
//   100 (0.56, 0.80)  101 (0.70, 0.64)  110 (0.86, 0.40)  111 (1.00, 0.24)
// Acceptable to both: 100 and 101. Smallest change to the 28-point draft (000): one point, Point 6 (100).
// Nash (reservation): 100 → 0.11·0.30 = 0.033, 101 → 0.25·0.14 = 0.035, so 101: the cap and the amnesty.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeScenario } from '../analyze-scenario.ts';
import { smallestChange } from '../change/smallest-change.ts';
import { buildPlanDomain } from './build-plan-domain.ts';
import { describeChange, outcomeFromLabels } from './describe-change.ts';
import { points, V28, versions } from './testdata/reference-plan.ts';
import { referenceScenario } from './testdata/reference-scenario.ts';

const domain = buildPlanDomain({ versions, points, target: V28 });
const scenario = referenceScenario();

const CAP_SENTENCE =
  'Point 6: replace "… are capped at 600,000 personnel." with the wording of E3 counter-draft and ' +
  'December version: "… are capped at 800,000 in peacetime."';

describe('a plan domain analysed by the engine', () => {
  test('the smallest change to the 28-point draft, in the plan’s words', () => {
    const change = smallestChange(scenario, domain.draft, { disagreement: 'reservation' });
    assert.equal(change.status, 'found');
    if (change.status !== 'found') return;
    assert.equal(change.changed, 1);
    assert.equal(change.candidates.length, 1);
    const to = change.candidates[0]?.outcome ?? [];
    assert.deepEqual(to, [1, 0, 0]);
    assert.equal(describeChange(domain, domain.draft, to).text, CAP_SENTENCE);
  });

  test('the Nash package, read back from its labels, told as changes to the draft', () => {
    const result = analyzeScenario(scenario, { disagreement: 'reservation' });
    assert.equal(result.acceptableToAll.kind, 'exact');
    assert.equal(result.acceptableToAll.value, 2);
    const nash = result.nash?.outcomes[0];
    assert.ok(nash);
    assert.deepEqual(outcomeFromLabels(domain, nash), [1, 0, 1]);
    const u = result.nash?.utilities ?? [];
    assert.ok(Math.abs((u[0] ?? 0) - 0.7) < 1e-9 && Math.abs((u[1] ?? 0) - 0.64) < 1e-9);
    assert.equal(
      describeChange(domain, domain.draft, outcomeFromLabels(domain, nash)).text,
      `${CAP_SENTENCE}\nPoint 26: delete the point (as in E3 counter-draft and December version): ` +
        '"Everyone involved gets a full amnesty for wartime acts and renounces future claims."',
    );
  });
});
