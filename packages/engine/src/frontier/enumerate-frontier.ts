// The plain method: list every outcome, keep the acceptable ones, filter the dominated. Used for small spaces,
// as the reference the merge is tested against, and as the baseline the benchmark measures in the same run.
// Utilities are summed in issue order, the same float operations the merge performs.
import { ACCEPT_TOLERANCE } from '../count/acceptable.ts';
import { type Outcome, outcomeCount, reservationFloors, type Scenario, utilityTables } from '../model.ts';
import { compareOutcomes } from './merge-frontier.ts';
import { paretoGroups } from './pareto.ts';
import {
  DEFAULT_FRONTIER_LIMIT,
  type FrontierOptions,
  type FrontierResult,
  MemoryLimitError,
  overLimit,
  pointBytes,
  tieTolerance,
} from './types.ts';

/** Above this many outcomes listing is refused (memory: outcomes × parties × 8 bytes). */
export const MAX_ENUMERATION = 12_000_000;

export function enumerateFrontier(s: Scenario, options: FrontierOptions = {}): FrontierResult {
  const total = outcomeCount(s);
  const limit = options.limit ?? DEFAULT_FRONTIER_LIMIT;
  if (total > BigInt(MAX_ENUMERATION)) {
    return {
      status: 'limit',
      method: 'enumeration',
      limit: MAX_ENUMERATION,
      pointsSoFar: 0,
      message: `too many outcomes to list (${total} > ${MAX_ENUMERATION}); use the merge`,
    };
  }
  const n = Number(total);
  const k0 = s.parties.length;
  // Every outcome's vector and id, the kernel's order and groups, and (at most) every outcome as a point.
  const need = n * (8 * k0 + 8 + 16) + pointBytes(n, k0);
  if (options.memoryBudget && need > options.memoryBudget.bytes) {
    throw new MemoryLimitError(
      options.memoryBudget.limitMb,
      `listing ${n} outcomes would take ${(need / 2 ** 20).toFixed(0)} MB`,
    );
  }
  const acceptableOnly = options.acceptableOnly ?? true;
  const tables = utilityTables(s);
  const tol = tieTolerance(tables);
  const k = s.parties.length;
  const m = s.issues.length;
  const sizes = s.issues.map((i) => i.options.length);
  const floors = reservationFloors(s).map((f) =>
    acceptableOnly ? f - ACCEPT_TOLERANCE : Number.NEGATIVE_INFINITY,
  );
  const vecs = new Float64Array(n * k);
  const ids = new Float64Array(n);
  // prefix[(i+1)*k + p]: party p's utility over issues 0..i of the current outcome, updated odometer-style.
  const prefix = new Float64Array((m + 1) * k);
  const digit = new Array<number>(m).fill(0);
  const recompute = (from: number) => {
    for (let i = from; i < m; i++) {
      for (let p = 0; p < k; p++) {
        prefix[(i + 1) * k + p] =
          (prefix[i * k + p] as number) +
          (((tables[p] as number[][])[i] as number[])[digit[i] as number] as number);
      }
    }
  };
  recompute(0);
  let kept = 0;
  for (let id = 0; id < n; id++) {
    let ok = true;
    for (let p = 0; p < k; p++) if ((prefix[m * k + p] as number) < (floors[p] as number)) ok = false;
    if (ok) {
      for (let p = 0; p < k; p++) vecs[kept * k + p] = prefix[m * k + p] as number;
      ids[kept++] = id;
    }
    let i = m - 1;
    while (i >= 0 && (digit[i] as number) + 1 === sizes[i]) digit[i--] = 0;
    if (i < 0) break;
    digit[i] = (digit[i] as number) + 1;
    recompute(i);
    if (options.onProgress && (id & 0xfffff) === 0) options.onProgress(id, n);
  }
  const groups = paretoGroups(vecs.subarray(0, kept * k), kept, k, tol);
  if (groups.count > limit) return overLimit('enumeration', limit, groups.count);
  options.onProgress?.(n, n);
  const decode = (id: number): Outcome => {
    const o = new Array<number>(m).fill(0);
    for (let i = m - 1; i >= 0; i--) {
      const size = sizes[i] as number;
      o[i] = id % size;
      id = Math.floor(id / size);
    }
    return o;
  };
  const points: number[][] = [];
  for (let g = 0; g < groups.count; g++) {
    const rep = groups.members[groups.start[g] as number] as number;
    points.push(Array.from(vecs.subarray(rep * k, rep * k + k)));
  }
  const membersOf = (g: number) =>
    groups.members.subarray(groups.start[g] as number, groups.start[g + 1] as number);
  return {
    status: 'ok',
    method: 'enumeration',
    points,
    outcomesOf: (g, max = 1000) =>
      Array.from(membersOf(g))
        .map((idx) => decode(ids[idx] as number))
        .sort(compareOutcomes)
        .slice(0, max),
    outcomeCountOf: (g) => BigInt(membersOf(g).length),
  };
}
