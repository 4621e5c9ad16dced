import { outcomeCount, type Scenario } from '../model.ts';
import { enumerateFrontier } from './enumerate-frontier.ts';
import { mergeFrontier } from './merge-frontier.ts';
import type { FrontierOptions, FrontierResult } from './types.ts';

/**
 * When listing beats merging (both are exact): tiny spaces, and small spaces with many parties, where dominance
 * prunes few partial packages and the merge only adds work (measured in bench/engine: Tram, partydomain).
 */
export function prefersEnumeration(outcomes: bigint, parties: number): boolean {
  return outcomes <= 64n || (parties >= 5 && outcomes <= 16_384n);
}

/** The Pareto frontier (of acceptable outcomes unless `acceptableOnly: false`), by the method that suits the size. */
export function paretoFrontier(s: Scenario, options: FrontierOptions = {}): FrontierResult {
  const method = options.method ?? 'auto';
  if (
    method === 'enumeration' ||
    (method === 'auto' && prefersEnumeration(outcomeCount(s), s.parties.length))
  ) {
    return enumerateFrontier(s, options);
  }
  return mergeFrontier(s, options);
}
