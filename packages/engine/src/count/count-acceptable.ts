// How many outcomes every party can accept. Exact whenever one of the exact counters fits its budget:
// depth-first search with prunes (any number of parties, when Knuth's estimate of its tree fits the budget),
// merged-state dynamic programming (any number of parties; strong when scores coincide), then meet-in-the-middle
// (one or two binding reservations); beyond that a Monte Carlo estimate with a 99% interval, always labelled as
// an estimate.
import { outcomeCount, type Scenario } from '../model.ts';
import { bindingReservations } from './acceptable.ts';
import { countByDepthFirst, estimateNodes } from './depth-first.ts';
import { countByMeetInTheMiddle } from './meet-in-the-middle.ts';
import { countByMergedStates } from './merged-states.ts';
import { sampleAcceptable } from './monte-carlo.ts';

export type ExactMethod =
  | 'no-binding-reservation'
  | 'unreachable-reservation'
  | 'merged-states'
  | 'depth-first'
  | 'meet-in-the-middle';

export type AcceptableCount =
  | { kind: 'exact'; value: bigint; outcomes: bigint; method: ExactMethod }
  | {
      kind: 'estimate';
      /** Point estimate and 99% Wilson interval, in outcomes (not exact integers). */
      value: number;
      low: number;
      high: number;
      confidence: 0.99;
      samples: number;
      outcomes: bigint;
      method: 'monte-carlo';
    };

export type CountOptions = {
  /** Which counters may run; 'auto' tries the exact ones first. */
  method?: 'auto' | 'merged-states' | 'depth-first' | 'meet-in-the-middle' | 'monte-carlo';
  maxStates?: number;
  maxWork?: number;
  maxHalfStates?: number;
  /** Node budget of the depth-first counter (tried in 'auto' only when Knuth's estimate is within half of it). */
  maxNodes?: number;
  seed?: number;
  relativePrecision?: number;
  maxSamples?: number;
  timeBudgetMs?: number;
};

export const countDefaults = {
  maxStates: 250_000,
  maxWork: 10_000_000,
  maxHalfStates: 3_000_000,
  maxNodes: 40_000_000,
  seed: 1,
  relativePrecision: 0.005,
  maxSamples: 50_000_000,
  timeBudgetMs: 5_000,
} as const;

export function countAcceptable(s: Scenario, options: CountOptions = {}): AcceptableCount {
  const o = { ...countDefaults, method: 'auto', ...options };
  const outcomes = outcomeCount(s);
  const b = bindingReservations(s);
  if (b.impossible) return { kind: 'exact', value: 0n, outcomes, method: 'unreachable-reservation' };
  if (b.parties.length === 0)
    return { kind: 'exact', value: outcomes, outcomes, method: 'no-binding-reservation' };
  if (o.method === 'depth-first' || (o.method === 'auto' && estimateNodes(s, b) <= o.maxNodes / 2)) {
    const value = countByDepthFirst(s, b, o.maxNodes);
    if (value !== null) return { kind: 'exact', value, outcomes, method: 'depth-first' };
  }
  if (o.method === 'auto' || o.method === 'merged-states') {
    const value = countByMergedStates(s, b, o);
    if (value !== null) return { kind: 'exact', value, outcomes, method: 'merged-states' };
  }
  if (o.method === 'auto' || o.method === 'meet-in-the-middle') {
    const value = countByMeetInTheMiddle(s, b, o);
    if (value !== null) return { kind: 'exact', value, outcomes, method: 'meet-in-the-middle' };
  }
  if (o.method !== 'auto' && o.method !== 'monte-carlo') {
    throw new Error(`${o.method} counting exceeds its limits on ${s.name}`);
  }
  const share = sampleAcceptable(s, b, o);
  const n = Number(outcomes);
  return {
    kind: 'estimate',
    value: (share.hits / share.samples) * n,
    low: share.low * n,
    high: share.high * n,
    confidence: 0.99,
    samples: share.samples,
    outcomes,
    method: 'monte-carlo',
  };
}

/** JSON form: exact counts as numbers when safe, else decimal strings; estimates keep their interval. */
export function acceptableCountToJson(c: AcceptableCount): Record<string, unknown> {
  const big = (v: bigint) => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString());
  if (c.kind === 'exact') return { kind: 'exact', value: big(c.value), method: c.method };
  return {
    kind: 'estimate',
    value: c.value,
    low: c.low,
    high: c.high,
    confidence: c.confidence,
    samples: c.samples,
    method: c.method,
  };
}
