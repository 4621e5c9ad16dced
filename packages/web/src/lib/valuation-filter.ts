// Which points of the valuation form are on screen. A plan's domain can hold fifty points with two or three
// wordings each; a mediator entering a valuation works on the few a party weighs, so the form shows a chosen
// subset. Hiding is only a view: the form keeps every point's fields, and saving sends every point.
import type { DomainIssue } from '../api/analysis-types.ts';
import type { Valuation } from '../api/types.ts';
import { type ValuationForm, weightOf } from './valuation-form.ts';

/** weighted: weight above 0; all: every contested point of the plan; inVersion: the points of this version. */
export type PointFilter = 'weighted' | 'all' | 'inVersion';

export type FilterCounts = Record<PointFilter, number>;

/** True when the weight field holds a number above 0 (a blank or invalid field does not count). */
export const isWeighted = (weight: string | undefined) => (weightOf(weight ?? '') ?? 0) > 0;

/** True when the point is not counted (weight blank or 0): its wordings can fold to one line. */
export const isUnweighted = (weight: string | undefined) => weightOf(weight ?? '') === 0;

/** The lineages weighted in the form now. */
export function weightedLineages(form: ValuationForm): Set<string> {
  return new Set(form.points.filter((p) => isWeighted(p.weight)).map((p) => p.lineageId));
}

/** Where the form opens: on the weighted points when the loaded valuation weighs any, else on all of them. */
export function defaultFilter(existing: Valuation | null): PointFilter {
  return existing?.points.some((p) => p.weight > 0) ? 'weighted' : 'all';
}

export function filterCounts(issues: DomainIssue[], form: ValuationForm): FilterCounts {
  return {
    weighted: issues.filter((_, i) => isWeighted(form.points[i]?.weight)).length,
    all: issues.length,
    inVersion: issues.filter((issue) => issue.inTarget).length,
  };
}

/** Everything the search looks in: the point's name and number, its title, and every wording's label and text. */
function searchText(issue: DomainIssue): string {
  const words = issue.options.flatMap((o) => [o.label, o.text ?? '']);
  return [issue.name, `point ${issue.number}`, issue.title, ...words].join('\n').toLowerCase();
}

/** A point matches when every word of the query occurs in it (case ignored); an empty query matches all. */
export function matchesSearch(issue: DomainIssue, query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return true;
  const text = searchText(issue);
  return words.every((w) => text.includes(w));
}

export type PointView = {
  filter: PointFilter;
  query: string;
  /**
   * Lineages the weighted filter keeps although their weight is now 0 or blank: those weighted when the filter
   * was chosen, so that a point does not vanish while its weight is retyped.
   */
  keep: ReadonlySet<string>;
  /** Lineages with a field to correct: shown whatever the filter and the search say. */
  errors: ReadonlySet<string>;
};

/** The indexes (into the domain's issues) of the points to show, in the domain's order. */
export function shownPoints(issues: DomainIssue[], form: ValuationForm, view: PointView): number[] {
  const inFilter = (issue: DomainIssue, i: number) => {
    if (view.filter === 'all') return true;
    if (view.filter === 'inVersion') return issue.inTarget;
    return isWeighted(form.points[i]?.weight) || view.keep.has(issue.lineageId);
  };
  const shown = (issue: DomainIssue, i: number) =>
    view.errors.has(issue.lineageId) || (inFilter(issue, i) && matchesSearch(issue, view.query));
  return issues.flatMap((issue, i) => (shown(issue, i) ? [i] : []));
}

/** The lineages of the points that have a field error (`weight:<i>`, `value:<i>:<j>`). */
export function lineagesWithErrors(issues: DomainIssue[], errors: Record<string, string>): Set<string> {
  const out = new Set<string>();
  for (const key of Object.keys(errors)) {
    const [kind, index] = key.split(':');
    const issue = issues[Number(index)];
    if ((kind === 'weight' || kind === 'value') && issue) out.add(issue.lineageId);
  }
  return out;
}
