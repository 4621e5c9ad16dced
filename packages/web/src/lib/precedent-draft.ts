// A new plan's first version from points of a precedent (a plan of another process): each chosen point with its
// sub-points, its text, categories, quantities and conditions copied and numbered anew (1, 2, 3 …; a sub-point
// keeps its own part: "12.a" under a point renumbered 2 becomes "2.a"). Commitments are not copied: they name
// the other process's parties. Derivation edges stay within a plan, so the copies carry none; each point's note
// and the version's note say where it comes from.
import type { Point } from '../api/types.ts';

export type PrecedentDraftPoint = {
  number: string;
  text: Record<string, string>;
  categories: string[];
  quantities: { value: number; unit: string; text: string }[];
  conditions: { if: string; then: string }[];
  note: string;
  points?: PrecedentDraftPoint[];
};

export type PrecedentSource = { planTitle: string; versionLabel: string; processTitle: string };

/** The chosen top-level points (ids) of `points` as drafts, in the precedent's reading order. */
export function precedentDraft(
  points: readonly Point[],
  chosen: ReadonlySet<string>,
  source: PrecedentSource,
): PrecedentDraftPoint[] {
  const copy = (p: Point, number: string, depth: number): PrecedentDraftPoint => {
    const children = points.filter((c) => c.parentPointId === p.id);
    const draft: PrecedentDraftPoint = {
      number,
      text: { ...p.text },
      categories: [...p.categories],
      quantities: p.quantities.map((q) => ({ value: q.value, unit: q.unit, text: q.text })),
      conditions: p.conditions.map((c) => ({ if: c.if, then: c.then })),
      note: `From point ${p.number} of “${source.planTitle}” (${source.versionLabel}, ${source.processTitle}).`,
    };
    if (children.length > 0 && depth < 4)
      draft.points = children.map((c) => copy(c, renumber(c.number, p.number, number), depth + 1));
    return draft;
  };
  return points
    .filter((p) => p.parentPointId === null && chosen.has(p.id))
    .map((p, k) => copy(p, String(k + 1), 1));
}

/** A sub-point's number under its parent's new number: the parent's old number as prefix is replaced. */
export function renumber(number: string, oldParent: string, newParent: string): string {
  if (number.startsWith(oldParent) && number.length > oldParent.length) {
    const rest = number.slice(oldParent.length);
    return `${newParent}${/^[.\-)\s]/.test(rest) ? rest : `.${rest}`}`.slice(0, 20);
  }
  return number;
}

/** The version's note: which plan and version the points come from, and which points. */
export function precedentNote(source: PrecedentSource, numbers: readonly string[]): string {
  const which = numbers.length === 1 ? `point ${numbers[0]}` : `points ${numbers.join(', ')}`;
  return `Started from a precedent: ${which} of “${source.planTitle}”, version “${source.versionLabel}” (${source.processTitle}).`;
}
