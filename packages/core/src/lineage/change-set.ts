// What changed between any two versions of a plan, by lineage rather than by number: parent and child, a
// version and its grandparent, or two sibling counter-drafts. Points correspond when one descends from the
// other; failing that (siblings), when they share an origin. Each group of corresponding points is one change.
import type { LineageGraph, LineagePoint } from './graph.ts';
import { quantityChanges } from './quantity-change.ts';
import { compareWording, type WordingChange } from './wording.ts';
import { type RedlineRun, redline } from './words.ts';

export const CHANGE_KINDS = [
  'unchanged',
  'moved',
  'amended',
  'added',
  'removed',
  'split',
  'merged',
  'restored',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type PointDiff = {
  kind: ChangeKind;
  /** The points of the older side (`from`), in its reading order. */
  before: LineagePoint[];
  /** The points of the newer side (`to`), in its reading order. */
  after: LineagePoint[];
  /** One before and one after: how the wording differs. */
  wording: WordingChange | null;
  /** Word-level redline per language whose text changed (one before and one after). */
  redlines: Record<string, RedlineRun[]>;
  /** Quantity changes in words ("peacetime cap: 600,000 → 800,000 personnel"). */
  quantities: string[];
  /** Whether the change concerns a top-level point (else only sub-points). */
  topLevel: boolean;
  /** A restored point: the nearest points of the older side's history it brings back. */
  restoredFrom: RestoredSource[];
};

/** A point of an earlier version that a restored point brings back, named as a reader would. */
export type RestoredSource = { pointId: string; versionId: string; versionLabel: string; number: string };

export type ChangeSet = {
  fromVersionId: string;
  toVersionId: string;
  changes: PointDiff[];
  /** Changes of top-level points by kind; sub-points apart, so a sub-point is never counted as a point. */
  counts: { points: Record<ChangeKind, number>; subPoints: Record<ChangeKind, number> };
  summary: string;
};

export function changeSet(graph: LineageGraph, fromVersionId: string, toVersionId: string): ChangeSet {
  const from = graph.pointsOf(fromVersionId);
  const to = graph.pointsOf(toVersionId);
  const groups = correspond(graph, from, to);
  const olderVersions = new Set([fromVersionId, ...graph.ancestorVersions(fromVersionId)]);
  const changes = order(
    groups.map((g) => describe(graph, g, olderVersions)),
    from,
    to,
  );
  const counts = { points: zero(), subPoints: zero() };
  for (const c of changes) (c.topLevel ? counts.points : counts.subPoints)[c.kind] += 1;
  const label = (id: string) => graph.versions.get(id)?.label ?? id;
  return {
    fromVersionId,
    toVersionId,
    changes,
    counts,
    summary: summarise(label(fromVersionId), label(toVersionId), from, to, counts.points),
  };
}

type Group = { before: LineagePoint[]; after: LineagePoint[] };

// Union-find over the pairs that correspond; each set is a change.
function correspond(graph: LineageGraph, from: LineagePoint[], to: LineagePoint[]): Group[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const p of [...from, ...to]) parent.set(p.id, p.id);
  const closure = new Map<string, Set<string>>();
  for (const p of [...from, ...to]) closure.set(p.id, new Set([p.id, ...graph.ancestorsOf(p.id)]));
  const fromIds = new Set(from.map((p) => p.id));
  const toIds = new Set(to.map((p) => p.id));
  const linked = new Set<string>();
  const link = (a: string, b: string) => {
    union(a, b);
    linked.add(a);
    linked.add(b);
  };
  // Descent, either way (the "from" side may be the newer one).
  for (const b of to) for (const a of closure.get(b.id) as Set<string>) if (fromIds.has(a)) link(a, b.id);
  for (const a of from) for (const b of closure.get(a.id) as Set<string>) if (toIds.has(b)) link(a.id, b);
  // Siblings: unlinked points that share an origin.
  const loneFrom = from.filter((p) => !linked.has(p.id));
  const loneTo = to.filter((p) => !linked.has(p.id));
  for (const a of loneFrom) {
    const ours = closure.get(a.id) as Set<string>;
    for (const b of loneTo)
      if ([...(closure.get(b.id) as Set<string>)].some((x) => ours.has(x) && x !== a.id && x !== b.id))
        union(a.id, b.id);
  }
  const groups = new Map<string, Group>();
  for (const p of from) groupOf(groups, find(p.id)).before.push(p);
  for (const p of to) groupOf(groups, find(p.id)).after.push(p);
  return [...groups.values()];
}

/** Walking the edges back from a point, the first points met in the older side's history (breadth first). */
function nearestOlder(graph: LineageGraph, pointId: string, olderVersions: Set<string>): RestoredSource[] {
  const found: RestoredSource[] = [];
  const seen = new Set([pointId]);
  let frontier = [pointId];
  while (frontier.length > 0 && found.length === 0) {
    const next: string[] = [];
    for (const id of frontier)
      for (const { pointId: source } of graph.sourcesOf(id)) {
        if (seen.has(source)) continue;
        seen.add(source);
        const p = graph.points.get(source);
        if (p === undefined) continue;
        if (olderVersions.has(p.versionId))
          found.push({
            pointId: p.id,
            versionId: p.versionId,
            versionLabel: graph.versions.get(p.versionId)?.label ?? p.versionId,
            number: p.number,
          });
        else next.push(source);
      }
    frontier = next;
  }
  return found;
}

function groupOf(groups: Map<string, Group>, root: string): Group {
  let g = groups.get(root);
  if (!g) {
    g = { before: [], after: [] };
    groups.set(root, g);
  }
  return g;
}

function describe(graph: LineageGraph, g: Group, olderVersions: Set<string>): PointDiff {
  const topLevel = [...g.before, ...g.after].some((p) => p.parentPointId === null);
  const base = {
    before: g.before,
    after: g.after,
    topLevel,
    wording: null,
    redlines: {},
    quantities: [],
    restoredFrom: [],
  };
  if (g.before.length === 0) {
    // A point the older side lacks but whose origin is older still was dropped and has come back.
    const [p] = g.after;
    const restoredFrom = p === undefined ? [] : nearestOlder(graph, p.id, olderVersions);
    return { ...base, kind: restoredFrom.length > 0 ? 'restored' : 'added', restoredFrom };
  }
  if (g.after.length === 0) return { ...base, kind: 'removed' };
  if (g.before.length > 1 || g.after.length > 1)
    return { ...base, kind: g.after.length > g.before.length ? 'split' : 'merged' };
  const before = g.before[0] as LineagePoint;
  const after = g.after[0] as LineagePoint;
  const wording = compareWording(before, after);
  const redlines: Record<string, RedlineRun[]> = {};
  for (const language of wording.text.changed)
    redlines[language] = redline(before.text[language] as string, after.text[language] as string);
  // Renumbered or moved to another level; a point that only shifts because another was inserted before it is not.
  const moved = wording.renumbered || levelChanged(before, after);
  return {
    ...base,
    kind: wording.amended ? 'amended' : moved ? 'moved' : 'unchanged',
    wording,
    redlines,
    quantities: quantityChanges(before.quantities, after.quantities),
  };
}

const levelChanged = (a: LineagePoint, b: LineagePoint) =>
  (a.parentPointId === null) !== (b.parentPointId === null);

// Changes in the newer side's reading order; a removed point right after the change that preceded it before.
function order(changes: PointDiff[], from: LineagePoint[], to: LineagePoint[]): PointDiff[] {
  const toIndex = new Map(to.map((p, i) => [p.id, i]));
  const first = (c: PointDiff) => Math.min(...c.after.map((p) => toIndex.get(p.id) as number));
  const present = changes.filter((c) => c.after.length > 0).sort((a, b) => first(a) - first(b));
  const position = new Map<string, number>();
  present.forEach((c, i) => {
    for (const p of c.before) position.set(p.id, i);
  });
  const fromIndex = new Map(from.map((p, i) => [p.id, i]));
  const removedAfter = new Map<number, PointDiff[]>();
  for (const c of changes.filter((x) => x.after.length === 0)) {
    let anchor = -1;
    for (let k = (fromIndex.get((c.before[0] as LineagePoint).id) ?? 0) - 1; k >= 0 && anchor === -1; k--)
      anchor = position.get((from[k] as LineagePoint).id) ?? -1;
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), c]);
  }
  const out: PointDiff[] = [...(removedAfter.get(-1) ?? [])];
  present.forEach((c, i) => {
    out.push(c, ...(removedAfter.get(i) ?? []));
  });
  return out;
}

function zero(): Record<ChangeKind, number> {
  return { unchanged: 0, moved: 0, amended: 0, added: 0, removed: 0, split: 0, merged: 0, restored: 0 };
}

function summarise(
  fromLabel: string,
  toLabel: string,
  from: LineagePoint[],
  to: LineagePoint[],
  counts: Record<ChangeKind, number>,
): string {
  const top = (ps: LineagePoint[]) => ps.filter((p) => p.parentPointId === null).length;
  const parts = CHANGE_KINDS.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}`);
  const body = parts.length === 0 ? 'no points' : parts.join(', ');
  return `${fromLabel} (${plural(top(from))}) → ${toLabel} (${plural(top(to))}): ${body}`;
}

const plural = (n: number) => `${n} point${n === 1 ? '' : 's'}`;
