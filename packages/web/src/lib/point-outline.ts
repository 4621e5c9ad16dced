import type { Point } from '../api/types.ts';

export type OutlineNode = { point: Point; depth: number; children: OutlineNode[] };

const byOrdinal = (a: Point, b: Point) => a.ordinal - b.ordinal || a.number.localeCompare(b.number);

/**
 * Nests a version's points under their parentPointId, each level in ordinal order. A point whose parent is
 * missing is kept at the top level (never dropped), and a parent cycle cannot hide or repeat a point.
 */
export function buildOutline(points: Point[]): OutlineNode[] {
  const byId = new Map(points.map((p) => [p.id, p]));
  const childrenOf = new Map<string, Point[]>();
  const top: Point[] = [];
  for (const p of [...byId.values()].sort(byOrdinal)) {
    const parent = p.parentPointId;
    if (parent === null || parent === p.id || !byId.has(parent)) top.push(p);
    else childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), p]);
  }
  const placed = new Set<string>();
  const build = (p: Point, depth: number): OutlineNode => {
    placed.add(p.id);
    const children = (childrenOf.get(p.id) ?? []).filter((c) => !placed.has(c.id));
    return { point: p, depth, children: children.map((c) => build(c, depth + 1)) };
  };
  const outline = top.map((p) => build(p, 0));
  for (const p of [...byId.values()].sort(byOrdinal)) if (!placed.has(p.id)) outline.push(build(p, 0));
  return outline;
}

/** The point's text in the wanted language, else English, else the first language it has. */
export function pointText(text: Record<string, string>, lang: string): { lang: string; text: string } {
  for (const l of [lang, 'en', ...Object.keys(text).sort()]) {
    const t = text[l];
    if (typeof t === 'string') return { lang: l, text: t };
  }
  return { lang, text: '' };
}

/** Every language any point of the version is written in, English first. */
export function languagesOf(points: Point[]): string[] {
  const langs = new Set(points.flatMap((p) => Object.keys(p.text)));
  return [...langs].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}
