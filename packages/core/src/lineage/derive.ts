// Names the operation of each edge of a new version's points (keep, renumber, amend, split, merge, restore)
// from the plan's graph and the wordings, so a derivation always says what a reader would see. A caller may
// state the operations it meant; a statement the content contradicts is refused rather than stored.
import type { Derivation, DerivationOperation } from '../schemas/point.ts';
import type { LineageGraph } from './graph.ts';
import { contentOperation, type Wording } from './wording.ts';

export type DraftedPoint = Wording & {
  id: string;
  /** The points it comes from, with the operation the author stated, if any. */
  sources: ReadonlyArray<{ pointId: string; operation?: DerivationOperation | undefined }>;
};

export type Derived = { edges: Map<string, Derivation[]>; problems: string[] };

/**
 * `graph` holds the plan as it is (the new version not yet in it); `parentVersionId` is the version the new one
 * answers. Every source must be a point of the plan.
 */
export function deriveOperations(
  graph: LineageGraph,
  parentVersionId: string | null,
  points: readonly DraftedPoint[],
): Derived {
  const problems: string[] = [];
  const fanOut = new Map<string, number>();
  for (const p of points) for (const s of p.sources) fanOut.set(s.pointId, (fanOut.get(s.pointId) ?? 0) + 1);
  const continuedByParent = parentVersionId === null ? new Set<string>() : carriedBy(graph, parentVersionId);
  const olderThanParent = new Set(parentVersionId === null ? [] : graph.ancestorVersions(parentVersionId));
  const edges = new Map<string, Derivation[]>();
  // A restore brings back what the parent dropped: the source is older than the parent and nothing in the
  // parent continues it. A point taken from a sibling branch is not a restore; its wording says what it is.
  for (const p of points) {
    const known = p.sources.filter((s) => {
      if (graph.points.has(s.pointId)) return true;
      problems.push(
        `point ${p.number} is derived from ${s.pointId}, which is not a point of an earlier version of this plan`,
      );
      return false;
    });
    const derived = known.map((s) => {
      const source = graph.points.get(s.pointId) as Wording & { versionId: string };
      const operation: DerivationOperation =
        known.length > 1
          ? 'merge'
          : (fanOut.get(s.pointId) ?? 0) > 1
            ? 'split'
            : olderThanParent.has(source.versionId) && !continuedByParent.has(s.pointId)
              ? 'restore'
              : contentOperation(source, p);
      if (s.operation !== undefined && s.operation !== operation)
        problems.push(
          `point ${p.number} is said to ${s.operation} point ${source.number}, but it is a ${words[operation]}`,
        );
      return { pointId: s.pointId, operation };
    });
    edges.set(p.id, derived);
  }
  return { edges, problems };
}

const words: Record<DerivationOperation, string> = {
  keep: 'copy word for word (keep)',
  renumber: 'copy under another number (renumber)',
  amend: 'changed wording (amend)',
  split: 'part of a split (split)',
  merge: 'merge of several points (merge)',
  restore: 'point the parent version had dropped (restore)',
};

/** Every point the version carries and every point those come from: what the version still continues. */
function carriedBy(graph: LineageGraph, versionId: string): Set<string> {
  const out = new Set<string>();
  for (const p of graph.pointsOf(versionId)) {
    out.add(p.id);
    for (const a of graph.ancestorsOf(p.id)) out.add(a);
  }
  return out;
}
