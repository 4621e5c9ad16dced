// A plan's lineage graph: its versions (a tree by parent) and its points, each with edges to the points of
// earlier versions it comes from. Everything that asks "where does this point come from" or "what became of
// that one" reads it here, so there is one answer.
import type { Derivation } from '../schemas/point.ts';
import { deriveOperations } from './derive.ts';
import type { Wording } from './wording.ts';

export type LineagePoint = Wording & {
  id: string;
  versionId: string;
  lineageId: string;
  parentPointId: string | null;
  ordinal: number;
  /** Absent or empty on points written before edges existed (their `lineageId` then says it all). */
  derivedFrom?: readonly Derivation[] | undefined;
};

export type LineageVersion = { id: string; parentVersionId: string | null; label: string };

export type PlanLineage = { versions: readonly LineageVersion[]; points: readonly LineagePoint[] };

export class LineageGraph {
  readonly versions = new Map<string, LineageVersion>();
  readonly points = new Map<string, LineagePoint>();
  private readonly byVersion = new Map<string, LineagePoint[]>();
  private readonly edges = new Map<string, Derivation[]>();
  private readonly successors = new Map<string, string[]>();

  constructor(plan: PlanLineage) {
    for (const v of plan.versions) this.versions.set(v.id, v);
    for (const p of plan.points) {
      this.points.set(p.id, p);
      const list = this.byVersion.get(p.versionId) ?? [];
      list.push(p);
      this.byVersion.set(p.versionId, list);
    }
    for (const list of this.byVersion.values()) list.splice(0, list.length, ...readingOrder(list));
    for (const p of plan.points) this.edges.set(p.id, this.resolveEdges(p));
    this.nameOperations();
    for (const p of plan.points) {
      for (const e of this.sourcesOf(p.id)) {
        const list = this.successors.get(e.pointId);
        if (list) list.push(p.id);
        else this.successors.set(e.pointId, [p.id]);
      }
    }
  }

  /** The version's points in reading order (each point followed by its sub-points). */
  pointsOf(versionId: string): LineagePoint[] {
    return this.byVersion.get(versionId) ?? [];
  }

  /** The edges a point comes from; [] for a point inserted in its version. */
  sourcesOf(pointId: string): Derivation[] {
    return this.edges.get(pointId) ?? [];
  }

  /** The points (of any later version) derived directly from this one. */
  successorsOf(pointId: string): string[] {
    return this.successors.get(pointId) ?? [];
  }

  /** The version's ancestors, nearest first (its parent, the parent's parent, …). */
  ancestorVersions(versionId: string): string[] {
    const out: string[] = [];
    const seen = new Set([versionId]);
    let at = this.versions.get(versionId)?.parentVersionId ?? null;
    while (at !== null && !seen.has(at)) {
      out.push(at);
      seen.add(at);
      at = this.versions.get(at)?.parentVersionId ?? null;
    }
    return out;
  }

  /** Every point this one comes from, transitively (not itself). */
  ancestorsOf(pointId: string): Set<string> {
    const out = new Set<string>();
    const stack = this.sourcesOf(pointId).map((e) => e.pointId);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (out.has(id)) continue;
      out.add(id);
      for (const e of this.sourcesOf(id)) stack.push(e.pointId);
    }
    return out;
  }

  // The operation an edge names is read from the graph and the wordings as they are now, not trusted from the
  // record: a working draft edited after a point was written (split further, reworded) still reads truly.
  private nameOperations(): void {
    for (const [versionId, points] of this.byVersion) {
      const parent = this.versions.get(versionId)?.parentVersionId ?? null;
      const drafted = points.map((p) => ({
        ...p,
        sources: this.sourcesOf(p.id).map((e) => ({ pointId: e.pointId })),
      }));
      const { edges } = deriveOperations(this, parent, drafted);
      for (const [id, named] of edges) this.edges.set(id, named);
    }
  }

  // Before edges, a point continued its parent version's point of the same lineage (or, for a lineage the
  // parent lacks, the nearest ancestor version's). The edge is read the same way forever.
  private resolveEdges(p: LineagePoint): Derivation[] {
    if (p.derivedFrom && p.derivedFrom.length > 0)
      return p.derivedFrom.filter((e) => this.points.has(e.pointId));
    if (p.lineageId === p.id) return [];
    // The operation is named afterwards (nameOperations); `keep` is a placeholder for the edge found.
    for (const versionId of this.ancestorVersions(p.versionId)) {
      const source = this.pointsOf(versionId).find((q) => q.lineageId === p.lineageId);
      if (source) return [{ pointId: source.id, operation: 'keep' }];
    }
    return [];
  }
}

/** Points in document order: top-level by ordinal, each followed by its sub-points, depth first. */
export function readingOrder<P extends { id: string; parentPointId: string | null; ordinal: number }>(
  points: readonly P[],
): P[] {
  const children = new Map<string | null, P[]>();
  const ids = new Set(points.map((p) => p.id));
  for (const p of points) {
    // A parent outside the list is read as top level rather than dropping the point.
    const parent = p.parentPointId !== null && ids.has(p.parentPointId) ? p.parentPointId : null;
    children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  // Siblings by ordinal, then id, so two points that claim one ordinal still read in a fixed order.
  for (const list of children.values()) list.sort((a, b) => a.ordinal - b.ordinal || (a.id < b.id ? -1 : 1));
  const out: P[] = [];
  const visit = (parent: string | null) => {
    for (const p of children.get(parent) ?? []) {
      out.push(p);
      visit(p.id);
    }
  };
  visit(null);
  return out;
}
