import type { Outcome } from '../model.ts';

export type FrontierMethod = 'enumeration' | 'merge';

/** The Pareto frontier as distinct utility vectors, each able to give back the outcomes that reach it. */
export type Frontier = {
  status: 'ok';
  method: FrontierMethod;
  /** Utility vectors, one per distinct frontier point, parties in scenario order. */
  points: number[][];
  /** Up to `limit` outcomes that reach point i (all of them tie on every party's utility). */
  outcomesOf(i: number, limit?: number): Outcome[];
  /** How many outcomes reach point i. */
  outcomeCountOf(i: number): bigint;
};

/** The frontier grew beyond the size limit; nothing more was computed. */
export type FrontierOverLimit = {
  status: 'limit';
  method: FrontierMethod;
  limit: number;
  pointsSoFar: number;
  message: string;
};

export type FrontierResult = Frontier | FrontierOverLimit;

export type FrontierOptions = {
  /** Only outcomes every party accepts (utility ≥ its reservation); default true, as NegMAS and the issue define it. */
  acceptableOnly?: boolean;
  /**
   * Most points (of the frontier or of any intermediate merge layer) before giving up; default 1,000,000. A merge
   * step also gives up before holding more than 8 × limit candidates (memory ≈ 8 × limit × parties × 8 bytes).
   */
  limit?: number;
  /** 'auto' enumerates small spaces and merges above. */
  method?: 'auto' | FrontierMethod;
  /**
   * The merge's dominance filter for three or four parties: 'sweep' (default) or 'kd-tree' (the kernel every
   * party count used before; kept as the reference the sweep is tested and benchmarked against).
   */
  kernel?: 'sweep' | 'kd-tree';
  onProgress?: (done: number, total: number) => void;
  /**
   * Most bytes the computation may hold (its typed arrays, which V8's heap limit does not count, and the points it
   * returns); beyond it a MemoryLimitError ends it. Unlimited when absent.
   */
  memoryBudget?: { bytes: number; limitMb: number };
};

/** The memory budget would be exceeded: the analysis ends with this one line, the process carries on. */
export class MemoryLimitError extends Error {
  override name = 'MemoryLimitError';
  constructor(limitMb: number, detail: string) {
    super(`memory limit of ${limitMb} MB exceeded (${detail})`);
  }
}

/** Bytes the returned points take on the heap (a small array of k numbers each), and again when sent back. */
export const pointBytes = (n: number, k: number) => 2 * n * (8 * k + 64);

export const DEFAULT_FRONTIER_LIMIT = 1_000_000;

export function overLimit(method: FrontierMethod, limit: number, pointsSoFar: number): FrontierOverLimit {
  return {
    status: 'limit',
    method,
    limit,
    pointsSoFar,
    message: `frontier exceeds limit (${limit}), ${pointsSoFar} points so far`,
  };
}

/**
 * Utility vectors closer than this on every party are float ties (one package value summed in different orders):
 * 1e-12 of the largest utility any party can reach.
 */
export function tieTolerance(tables: number[][][]): number {
  let scale = 1;
  for (const t of tables) {
    let most = 0;
    for (const row of t) most += Math.max(...row.map(Math.abs));
    scale = Math.max(scale, most);
  }
  return 1e-12 * scale;
}
