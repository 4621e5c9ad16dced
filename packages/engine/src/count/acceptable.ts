// "Acceptable to all": every party with a reservation value gets at least that value. Utilities are float sums,
// so the comparison allows ACCEPT_TOLERANCE below the reservation; every counting method applies the same rule.
import { reservationFloors, type Scenario, utilityTables } from '../model.ts';

export const ACCEPT_TOLERANCE = 1e-9;

/** Does a party with this reservation floor (−∞ for none) accept utility u? */
export function isAcceptable(u: number, floor: number): boolean {
  return u >= floor - ACCEPT_TOLERANCE;
}

/**
 * The parties whose reservation actually excludes something, with what the counters need: the thresholds,
 * per-issue utility tables and the best and worst utility still reachable after each issue (suffix sums).
 */
export type Binding = {
  /** Indexes (into scenario.parties) of parties whose reservation binds. */
  parties: number[];
  /** threshold[j] = floor − tolerance for binding party j; accept iff utility ≥ threshold. */
  threshold: number[];
  /** table[j][issue][option]: utility contribution for binding party j. */
  table: number[][][];
  /** maxAfter[i][j], minAfter[i][j]: extreme utility party j can still collect from issues i..end. */
  maxAfter: number[][];
  minAfter: number[][];
  /** Margin that absorbs float re-association when bounds are compared with thresholds. */
  slack: number;
  /** Some party cannot reach its reservation in any outcome. */
  impossible: boolean;
};

export function bindingReservations(s: Scenario): Binding {
  const tables = utilityTables(s);
  const floors = reservationFloors(s);
  const m = s.issues.length;
  const scale = tables.flat(2).reduce((acc, v) => acc + Math.abs(v), 1);
  const slack = 1e-12 * scale;
  const binding: Binding = {
    parties: [],
    threshold: [],
    table: [],
    maxAfter: Array.from({ length: m + 1 }, () => []),
    minAfter: Array.from({ length: m + 1 }, () => []),
    slack,
    impossible: false,
  };
  floors.forEach((floor, p) => {
    if (floor === Number.NEGATIVE_INFINITY) return;
    const table = tables[p] as number[][];
    const threshold = floor - ACCEPT_TOLERANCE;
    let lo = 0;
    let hi = 0;
    for (const row of table) {
      lo += Math.min(...row);
      hi += Math.max(...row);
    }
    if (hi < threshold - slack) binding.impossible = true;
    if (lo >= threshold + slack) return; // every outcome satisfies this party
    binding.parties.push(p);
    binding.threshold.push(threshold);
    binding.table.push(table);
  });
  for (const [j, table] of binding.table.entries()) {
    let lo = 0;
    let hi = 0;
    (binding.maxAfter[m] as number[])[j] = 0;
    (binding.minAfter[m] as number[])[j] = 0;
    for (let i = m - 1; i >= 0; i--) {
      lo += Math.min(...(table[i] as number[]));
      hi += Math.max(...(table[i] as number[]));
      (binding.maxAfter[i] as number[])[j] = hi;
      (binding.minAfter[i] as number[])[j] = lo;
    }
  }
  return binding;
}
