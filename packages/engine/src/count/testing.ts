// Test helpers shared by the engine's own tests: seeded random scenarios and a brute-force lister.
// Not exported from the package; brute force is the reference every clever method is checked against.
import { type Outcome, reservationFloors, type Scenario, utilityOf, utilityTables } from '../model.ts';
import { isAcceptable } from './acceptable.ts';
import { randomSource } from './monte-carlo.ts';

export type RandomScenarioSpec = {
  seed: number;
  issues: number;
  options: number | [number, number];
  parties: number;
  /** 'real': random reals; 'small-integers': evaluations 0..3 (many equal sums). */
  values?: 'real' | 'small-integers';
  /** Reservation as a fraction of each party's utility range; null = no reservation. */
  reservation?: (party: number, random: () => number) => number | null;
};

export function randomScenario(spec: RandomScenarioSpec): Scenario {
  const random = randomSource(spec.seed);
  const [lo, hi] = typeof spec.options === 'number' ? [spec.options, spec.options] : spec.options;
  const issues = Array.from({ length: spec.issues }, (_, i) => ({
    name: `issue ${i}`,
    options: Array.from({ length: lo + Math.floor(random() * (hi - lo + 1)) }, (_, o) => `option ${o}`),
  }));
  const parties = Array.from({ length: spec.parties }, (_, p) => {
    const integer = spec.values === 'small-integers';
    const weights = issues.map(() => (integer ? 1 : random()));
    const total = weights.reduce((a, w) => a + w, 0);
    const normalised = weights.map((w) => (integer ? w : w / total));
    const values = issues.map((issue) =>
      issue.options.map(() => (integer ? Math.floor(random() * 4) : random())),
    );
    const u = values.map((row, i) => row.map((v) => v * (normalised[i] as number)));
    const min = u.reduce((a, row) => a + Math.min(...row), 0);
    const max = u.reduce((a, row) => a + Math.max(...row), 0);
    const share = spec.reservation ? spec.reservation(p, random) : 0.3 + 0.4 * random();
    return {
      name: `party ${p}`,
      weights: normalised,
      values,
      reservation: share === null ? null : min + share * (max - min),
    };
  });
  return { name: `random-${spec.seed}`, issues, parties };
}

/** Calls visit for every outcome (odometer order); the array is reused between calls. */
export function forEachOutcome(s: Scenario, visit: (outcome: Outcome) => void): void {
  const sizes = s.issues.map((i) => i.options.length);
  const outcome = sizes.map(() => 0);
  for (;;) {
    visit(outcome);
    let i = sizes.length - 1;
    while (i >= 0 && outcome[i] === (sizes[i] as number) - 1) outcome[i--] = 0;
    if (i < 0) return;
    outcome[i] = (outcome[i] as number) + 1;
  }
}

export function bruteForceAcceptable(s: Scenario): bigint {
  const tables = utilityTables(s);
  const floors = reservationFloors(s);
  let n = 0n;
  forEachOutcome(s, (o) => {
    if (floors.every((f, p) => isAcceptable(utilityOf(tables, p, o), f))) n++;
  });
  return n;
}
