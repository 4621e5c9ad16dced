// The reference plan's three contested points (Point 6 cap, Point 7 NATO, Point 26 amnesty; option 0 = the
// 28-point wording, 1 = the E3 wording or deletion) with the weights and values the hand-worked tests use.
import type { Scenario } from '../../model.ts';
import { buildPlanDomain } from '../build-plan-domain.ts';
import { points, V28, versions } from './reference-plan.ts';

export const referenceDomain = () => buildPlanDomain({ versions, points, target: V28 });

export function referenceScenario(reservations: [number, number] = [0.45, 0.5]): Scenario {
  return {
    name: 'reference plan',
    issues: referenceDomain().issues,
    parties: [
      {
        name: 'Ukraine',
        weights: [0.5, 0.3, 0.2],
        values: [
          [0, 1],
          [0, 1],
          [0.3, 1],
        ],
        reservation: reservations[0],
      },
      {
        name: 'Russia',
        weights: [0.4, 0.4, 0.2],
        values: [
          [1, 0.5],
          [1, 0],
          [1, 0.2],
        ],
        reservation: reservations[1],
      },
    ],
  };
}
