// The packages every party could accept, built from sealed acceptability: on each point the wordings every party
// marked acceptable (the intersection; the parties' own marks never reach this module). They are counted with
// the engine's counter and the closest to the draft found with its smallest change, over one joint profile that
// values a common wording 1 and any other 0 and must reach 1 on every point: a package is acceptable to it
// exactly when every point takes a common wording. Nash and the other solutions need utilities, which marks do
// not give (and valuations are confidential), so they are not offered here.
import type { PackageCount, PointChange } from '@concord/core';
import { smallestChange } from '../change/smallest-change.ts';
import { countAcceptable } from '../count/count-acceptable.ts';
import type { Outcome, Scenario } from '../model.ts';
import { describeChange } from './describe-change.ts';
import type { PlanDomain } from './types.ts';

export type CommonPackages = {
  /** Packages made only of common wordings (0 when some point has none). */
  count: PackageCount;
  /** The common package closest to the draft, told as changes to it; null when there is none. */
  closest: { changed: number; changes: PointChange[]; text: string; alternatives: number } | null;
};

// The joint search is cheap (one profile with 0/1 values), but a stop keeps a hostile domain from holding the
// request thread: past it, the closest package is read off directly (the same answer, see the test).
const MAX_NODES = 200_000;

const asCount = (v: bigint): PackageCount =>
  v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();

/**
 * `common[i][k]`: whether option k of the domain's issue i is a wording every party accepts. The answer depends
 * on `common` and the domain alone.
 */
export function commonPackages(domain: PlanDomain, common: boolean[][]): CommonPackages {
  if (common.length !== domain.issues.length)
    throw new RangeError(`expected ${domain.issues.length} points, got ${common.length}`);
  if (domain.issues.length === 0) return { count: 0, closest: null };
  if (common.some((row) => !row.includes(true))) return { count: 0, closest: null };
  const n = domain.issues.length;
  const scenario: Scenario = {
    name: 'common wordings',
    issues: domain.issues,
    parties: [
      {
        name: 'every party',
        weights: domain.issues.map(() => 1),
        values: domain.issues.map((issue, i) => issue.options.map((_, k) => (common[i]?.[k] ? 1 : 0))),
        reservation: n,
      },
    ],
  };
  const counted = countAcceptable(scenario);
  const count = counted.kind === 'exact' ? asCount(counted.value) : asCount(directCount(common));
  const outcome = closestOutcome(scenario, domain.draft, common);
  const { changes, text } = describeChange(domain, domain.draft, outcome);
  // Every package with as few changes: on each changed point, any common wording.
  const ties = domain.draft.reduce(
    (total, d, i) => (common[i]?.[d] ? total : total * BigInt(common[i]?.filter(Boolean).length ?? 1)),
    1n,
  );
  const alternatives = ties - 1n;
  return {
    count,
    closest: {
      changed: changes.length,
      changes,
      text,
      alternatives:
        alternatives <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(alternatives) : Number.MAX_SAFE_INTEGER,
    },
  };
}

function closestOutcome(scenario: Scenario, draft: Outcome, common: boolean[][]): Outcome {
  try {
    const found = smallestChange(scenario, draft, {
      disagreement: 'zero',
      maxTies: 1,
      shouldStop: (nodes) => nodes > MAX_NODES,
    });
    const best = found.status === 'found' ? found.candidates[0] : undefined;
    if (best) return best.outcome;
  } catch {
    // Stopped at its node budget: fall through to the direct reading.
  }
  return directClosest(draft, common);
}

/** Keep the draft's wording where it is common, else take the first common wording. */
export function directClosest(draft: Outcome, common: boolean[][]): Outcome {
  return draft.map((d, i) => (common[i]?.[d] ? d : (common[i]?.indexOf(true) ?? -1)));
}

export function directCount(common: boolean[][]): bigint {
  return common.reduce((n, row) => n * BigInt(row.filter(Boolean).length), 1n);
}
