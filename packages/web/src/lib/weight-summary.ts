// The save bar's running summary of the weights: how many points count and the relative importance of the
// heaviest, as the analysis will read them (weights normalised to sum 1).
import type { DomainIssue } from '../api/analysis-types.ts';
import { type ValuationForm, weightOf } from './valuation-form.ts';

export type WeightShare = { name: string; lineageId: string; share: number };

export type WeightSummary = {
  /** Points with a weight above 0 (blank, 0 and invalid fields do not count). */
  weighted: number;
  /** The heaviest points first (ties in the domain's order), at most `top` of them. */
  top: WeightShare[];
  /** Weighted points not in `top`. */
  more: number;
};

export function weightSummary(issues: DomainIssue[], form: ValuationForm, top = 5): WeightSummary {
  const weights = issues.flatMap((issue, i) => {
    const w = weightOf(form.points[i]?.weight ?? '') ?? 0;
    return w > 0 ? [{ name: issue.name, lineageId: issue.lineageId, weight: w }] : [];
  });
  const total = weights.reduce((sum, p) => sum + p.weight, 0);
  // Array.prototype.sort is stable, so equal weights keep the domain's order.
  const heaviest = [...weights].sort((a, b) => b.weight - a.weight).slice(0, top);
  return {
    weighted: weights.length,
    top: heaviest.map((p) => ({ name: p.name, lineageId: p.lineageId, share: p.weight / total })),
    more: weights.length - heaviest.length,
  };
}

const percent = (share: number) => {
  const p = share * 100;
  // A share that rounds to 0% still counts: say so rather than print a weighted point as 0%.
  return p > 0 && p < 0.5 ? '<1%' : `${Math.round(p)}%`;
};

/** "3 points weighted; weights normalised: Point 21 50%, Point 6 30%, Point 7 20%", with "…" when cut. */
export function describeWeights(summary: WeightSummary): string {
  if (summary.weighted === 0) return 'No point weighted yet: at least one needs a weight above 0.';
  const count = summary.weighted === 1 ? '1 point weighted' : `${summary.weighted} points weighted`;
  const shares = summary.top.map((p) => `${p.name} ${percent(p.share)}`).join(', ');
  return `${count}; weights normalised: ${shares}${summary.more > 0 ? ', …' : ''}`;
}
