// Compliance per party over time: on each day a status of one of its commitments took effect (and on the last day
// asked for), the weighted mean progress of the party's top-level commitments — the Peace Accords Matrix's
// aggregate (sum of scores ÷ (provisions × 3)), with weights and sub-commitments rolled up.
import { type ProgressNode, progressOn, weightedMean } from './progress.ts';

export type ComplianceNode = ProgressNode & { obligor: string };
export type CompliancePoint = { on: string; value: number };
export type ComplianceSeries = { party: string; points: CompliancePoint[] };

/**
 * One series per obligor (in name order): a point on every day one of its statuses holds from, and on `until`
 * (a day, the clock's today) when given and later, so the chart reaches today.
 */
export function complianceSeries(nodes: readonly ComplianceNode[], until?: string): ComplianceSeries[] {
  const byId = new Map(nodes.map((n) => [n.commitmentId, n]));
  const rootOf = (n: ComplianceNode): ComplianceNode => {
    let current = n;
    const seen = new Set<string>();
    while (current.parentId !== null && !seen.has(current.commitmentId)) {
      seen.add(current.commitmentId);
      const parent = byId.get(current.parentId);
      if (parent === undefined) break;
      current = parent;
    }
    return current;
  };
  const parties = [...new Set(nodes.filter((n) => n.parentId === null).map((n) => n.obligor))].sort();
  return parties.map((party) => {
    const roots = nodes.filter((n) => n.parentId === null && n.obligor === party);
    const days = new Set<string>();
    for (const n of nodes) if (rootOf(n).obligor === party) for (const s of n.statuses) days.add(s.on);
    const sorted = [...days].sort();
    const last = sorted.at(-1);
    if (until !== undefined && (last === undefined || until > last)) sorted.push(until);
    const points = sorted.map((on) => {
      const progress = progressOn(nodes, on);
      return { on, value: weightedMean(roots, (r) => progress.get(r.commitmentId) ?? 0) };
    });
    return { party, points };
  });
}
