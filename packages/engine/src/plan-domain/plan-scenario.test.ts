// Valuations named by version turned into the engine's scenario over the reference plan's domain. The domain's
// issues are Point 6 (28-point wording | E3 and December wording), Point 7 (same) and Point 26 (28-point wording |
// deleted in E3 and December); Point 1 (sovereignty) is not contested. Raw weights 5/3/2 (+10 on Point 1, which the
// domain does not contest) normalise to 0.5/0.3/0.2; 2/2/1 to 0.4/0.4/0.2.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildPlanDomain } from './build-plan-domain.ts';
import { type PlanParty, planScenario } from './plan-scenario.ts';
import {
  AMNESTY,
  ARMY,
  NATO,
  points,
  SOVEREIGNTY,
  V28,
  VDEC,
  VE3,
  versions,
} from './testdata/reference-plan.ts';

const domain = buildPlanDomain({ versions, points, target: V28 });

const ukraine: PlanParty = {
  partyId: 'ua',
  name: 'Ukraine',
  valuation: {
    reservation: 0.45,
    points: [
      { lineageId: SOVEREIGNTY, weight: 10, values: { [V28]: 1 } },
      { lineageId: ARMY, weight: 5, values: { [V28]: 0, [VE3]: 1 } },
      // Only the December version valued for the E3/December wording: the option still finds it.
      { lineageId: NATO, weight: 3, values: { [V28]: 0, [VDEC]: 1 } },
      // Both E3 and December are valued: the option takes the first of its versions, E3.
      { lineageId: AMNESTY, weight: 2, values: { [V28]: 0.3, [VE3]: 1, [VDEC]: 0.5 } },
    ],
  },
};

const russia: PlanParty = {
  partyId: 'ru',
  name: 'Russia',
  valuation: {
    reservation: 0.5,
    points: [
      { lineageId: ARMY, weight: 2, values: { [V28]: 1, [VE3]: 0.5 } },
      { lineageId: NATO, weight: 2, values: { [V28]: 1, [VE3]: 0 } },
      { lineageId: AMNESTY, weight: 1, values: { [V28]: 1, [VDEC]: 0.2 } },
    ],
  },
};

const withPoints = (
  party: PlanParty,
  pts: PlanParty['valuation']['points'],
  reservation = 0.5,
): PlanParty => ({
  ...party,
  valuation: { reservation, points: pts },
});

describe('planScenario', () => {
  test('normalises weights over the domain and takes each option’s value from its first valued version', () => {
    const { scenario, included, incomplete } = planScenario(domain, [ukraine, russia]);
    assert.deepEqual(incomplete, []);
    assert.deepEqual(included, [
      { partyId: 'ua', name: 'Ukraine' },
      { partyId: 'ru', name: 'Russia' },
    ]);
    assert.deepEqual(
      scenario.issues.map((i) => i.name),
      ['Point 6', 'Point 7', 'Point 26'],
    );
    assert.deepEqual(scenario.parties, [
      {
        name: 'Ukraine',
        weights: [0.5, 0.3, 0.2],
        values: [
          [0, 1],
          [0, 1],
          [0.3, 1],
        ],
        reservation: 0.45,
      },
      {
        name: 'Russia',
        weights: [0.4, 0.4, 0.2],
        values: [
          [1, 0.5],
          [1, 0],
          [1, 0.2],
        ],
        reservation: 0.5,
      },
    ]);
  });

  test('a contested point left out weighs 0; the others share the whole weight', () => {
    // Army 3, NATO 1, amnesty not valued → 0.75, 0.25, 0.
    const party = withPoints(russia, [
      { lineageId: ARMY, weight: 3, values: { [V28]: 1, [VDEC]: 0.5 } },
      { lineageId: NATO, weight: 1, values: { [V28]: 1, [VE3]: 0 } },
    ]);
    const { scenario, incomplete } = planScenario(domain, [party]);
    assert.deepEqual(incomplete, []);
    assert.deepEqual(scenario.parties[0]?.weights, [0.75, 0.25, 0]);
    assert.deepEqual(scenario.parties[0]?.values, [
      [1, 0.5],
      [1, 0],
      [0, 0],
    ]);
  });

  test('a weighted point with a wording left unvalued makes the party incomplete, naming the point', () => {
    const party = withPoints(ukraine, [
      { lineageId: ARMY, weight: 1, values: { [V28]: 0, [VE3]: 1 } },
      { lineageId: NATO, weight: 1, values: { [VE3]: 1 } },
      { lineageId: AMNESTY, weight: 1, values: { [V28]: 0.3 } },
    ]);
    const { scenario, included, incomplete } = planScenario(domain, [party, russia]);
    assert.deepEqual(incomplete, [{ partyId: 'ua', name: 'Ukraine', points: ['Point 7', 'Point 26'] }]);
    assert.deepEqual(included, [{ partyId: 'ru', name: 'Russia' }]);
    assert.deepEqual(
      scenario.parties.map((p) => p.name),
      ['Russia'],
    );
  });

  test('a party weighing only points the domain does not contest is incomplete on every point', () => {
    const party = withPoints(ukraine, [
      { lineageId: SOVEREIGNTY, weight: 4, values: { [V28]: 1 } },
      { lineageId: ARMY, weight: 0, values: {} },
    ]);
    const { included, incomplete } = planScenario(domain, [party]);
    assert.deepEqual(included, []);
    assert.deepEqual(incomplete, [
      { partyId: 'ua', name: 'Ukraine', points: ['Point 6', 'Point 7', 'Point 26'] },
    ]);
  });

  test('values, weights and reservations out of range are refused with a clear error', () => {
    const value = withPoints(ukraine, [{ lineageId: ARMY, weight: 1, values: { [V28]: 1.5, [VE3]: 0 } }]);
    assert.throws(
      () => planScenario(domain, [value]),
      /Ukraine: the value of point .* must be between 0 and 1, got 1.5/,
    );
    const weight = withPoints(ukraine, [{ lineageId: ARMY, weight: -1, values: { [V28]: 1, [VE3]: 0 } }]);
    assert.throws(() => planScenario(domain, [weight]), /weight of point .* must be 0 or more, got -1/);
    const reservation = withPoints(ukraine, [], Number.NaN);
    assert.throws(() => planScenario(domain, [reservation]), /reservation value must be between 0 and 1/);
    const twice = withPoints(ukraine, [
      { lineageId: ARMY, weight: 1, values: {} },
      { lineageId: ARMY, weight: 2, values: {} },
    ]);
    assert.throws(() => planScenario(domain, [twice]), /valued twice/);
    assert.throws(() => planScenario(domain, [russia, russia]), /party ru is given twice/);
  });
});
