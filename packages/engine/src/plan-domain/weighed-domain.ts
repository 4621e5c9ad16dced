// The domain and scenario narrowed to the points some party weighs. A point nobody weighs changes no utility, but
// its wordings would multiply every package count and let solutions reword it at random; the draft's utilities,
// the frontier and the solutions' utilities are the same without it. Narrowed from what was built once (no new
// domain from the texts, no second scenario from the valuations): weights were normalised over all the domain's
// points, and the points dropped weigh 0 for everyone, so every utility stays as it was.
import type { Scenario } from '../model.ts';
import type { PlanDomain } from './types.ts';

export function weighedDomain(
  domain: PlanDomain,
  scenario: Scenario,
): { domain: PlanDomain; scenario: Scenario } {
  const keep = domain.issues.flatMap((_, i) =>
    scenario.parties.some((p) => (p.weights[i] ?? 0) > 0) ? [i] : [],
  );
  if (keep.length === domain.issues.length) return { domain, scenario };
  const pick = <T>(xs: readonly T[]) => keep.map((i) => xs[i] as T);
  return {
    domain: {
      ...domain,
      issues: pick(domain.issues),
      issuesMeta: pick(domain.issuesMeta),
      optionsMeta: pick(domain.optionsMeta),
      draft: pick(domain.draft),
    },
    scenario: {
      ...scenario,
      issues: pick(scenario.issues),
      parties: scenario.parties.map((p) => ({ ...p, weights: pick(p.weights), values: pick(p.values) })),
    },
  };
}
