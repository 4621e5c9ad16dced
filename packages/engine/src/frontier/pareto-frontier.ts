import { outcomeCount, type Scenario } from '../model.ts';
import { enumerateFrontier } from './enumerate-frontier.ts';
import { mergeFrontier } from './merge-frontier.ts';
import type { FrontierOptions, FrontierResult } from './types.ts';

/** Spaces up to this size are listed outright; the merge wins above (and is exact everywhere). */
export const ENUMERATION_THRESHOLD = 4096n;

/** The Pareto frontier (of acceptable outcomes unless `acceptableOnly: false`), by the method that suits the size. */
export function paretoFrontier(s: Scenario, options: FrontierOptions = {}): FrontierResult {
  const method = options.method ?? 'auto';
  if (method === 'enumeration' || (method === 'auto' && outcomeCount(s) <= ENUMERATION_THRESHOLD)) {
    return enumerateFrontier(s, options);
  }
  return mergeFrontier(s, options);
}
