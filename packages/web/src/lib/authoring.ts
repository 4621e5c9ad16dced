// The pure steps of editing a working draft in the web app: a counter-draft's points copied from the version it
// answers (each derived from its source), where a new point goes among its siblings, and which points of earlier
// versions the parent dropped and may be restored. What the operations are called (keep, amend, split, merge,
// restore) is the server's to say; the web app only says where each point comes from.
import type { Commitment, Point } from '../api/types.ts';

export type DraftPoint = {
  number: string;
  text: Record<string, string>;
  categories: string[];
  quantities: { value: number; unit: string; text: string }[];
  conditions: { if: string; then: string }[];
  commitments: {
    obligor: string;
    beneficiary: string | null;
    action: string;
    due: Commitment['due'];
    verification: string | null;
  }[];
  derivedFrom: { pointId: string }[];
  points?: DraftPoint[];
};

/** Every point of `source` (reading order) as a point draft of a counter-draft: same text, derived from it. */
export function counterDraftPoints(
  points: readonly Point[],
  commitments: readonly Commitment[],
): DraftPoint[] {
  const below = (parentId: string | null): DraftPoint[] =>
    points
      .filter((p) => p.parentPointId === parentId)
      .map((p) => {
        const children = below(p.id);
        return {
          number: p.number,
          text: { ...p.text },
          categories: [...p.categories],
          quantities: p.quantities.map((q) => ({ value: q.value, unit: q.unit, text: q.text })),
          conditions: p.conditions.map((c) => ({ if: c.if, then: c.then })),
          commitments: commitments
            .filter((c) => c.pointId === p.id)
            .map((c) => ({
              obligor: c.obligor,
              beneficiary: c.beneficiary,
              action: c.action,
              due: c.due,
              verification: c.verification,
            })),
          derivedFrom: [{ pointId: p.id }],
          ...(children.length > 0 ? { points: children } : {}),
        };
      });
  return below(null);
}

/** The points with the same parent as `point` (itself included), by ordinal. */
export function siblingsOf(points: readonly Point[], point: Pick<Point, 'parentPointId'>): Point[] {
  return points.filter((p) => p.parentPointId === point.parentPointId).sort((a, b) => a.ordinal - b.ordinal);
}

/**
 * Makes room right after `after` among its siblings: the ordinal the new point takes, and the siblings that
 * must move one place down first (last first, so no two ever share an ordinal on the way).
 */
export function makeRoomAfter(
  points: readonly Point[],
  after: Point,
): { ordinal: number; moves: { id: string; ordinal: number }[] } {
  const ordinal = after.ordinal + 1;
  const later = siblingsOf(points, after).filter((p) => p.ordinal >= ordinal);
  const moves: { id: string; ordinal: number }[] = [];
  // Only the run of siblings that would collide moves: a gap ends it.
  let next = ordinal;
  for (const p of later) {
    if (p.ordinal !== next) break;
    moves.push({ id: p.id, ordinal: p.ordinal + 1 });
    next++;
  }
  return { ordinal, moves: moves.reverse() };
}

/** A number not yet used among the siblings, derived from `base`: "6a", "6b", … */
export function freeNumber(
  points: readonly Point[],
  sibling: Pick<Point, 'parentPointId'>,
  base: string,
): string {
  const used = new Set(siblingsOf(points, sibling).map((p) => p.number));
  for (const suffix of 'abcdefghijklmnopqrstuvwxyz')
    if (!used.has(`${base}${suffix}`)) return `${base}${suffix}`;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The sources of a point as a request names them (the server names the operations again). */
export function sourcesOf(point: Pick<Point, 'derivedFrom'>): { pointId: string }[] {
  return (point.derivedFrom ?? []).map((d) => ({ pointId: d.pointId }));
}

/** The sources of a merge: both points' sources, each once, the first point's first. */
export function mergedSources(first: Point, second: Point): { pointId: string }[] {
  const seen = new Set<string>();
  return [...sourcesOf(first), ...sourcesOf(second)].filter(
    (s) => !seen.has(s.pointId) && seen.add(s.pointId),
  );
}

export type VersionLink = { id: string; label: string; parentVersionId: string | null };

export type RestoreCandidate = { point: Point; version: VersionLink };

/**
 * Points of the versions before the parent (along the tree) that the parent no longer carries, and that this
 * draft has not brought back yet: what "restore" may offer. A point is carried when a point of the parent comes
 * from it, directly or through versions in between (or, for points written before edges, shares its lineage).
 * Of one lineage only the latest wording is offered.
 */
export function restoreCandidates(
  draft: { parentVersionId: string | null; points: readonly Point[] },
  versions: readonly VersionLink[],
  pointsOf: ReadonlyMap<string, readonly Point[]>,
): RestoreCandidate[] {
  if (draft.parentVersionId === null) return [];
  const byId = new Map(versions.map((v) => [v.id, v]));
  const older: VersionLink[] = [];
  for (let v = byId.get(byId.get(draft.parentVersionId)?.parentVersionId ?? ''); v; ) {
    if (older.includes(v)) break;
    older.push(v);
    v = v.parentVersionId === null ? undefined : byId.get(v.parentVersionId);
  }
  const allPoints = new Map<string, Point>();
  for (const list of pointsOf.values()) for (const p of list) allPoints.set(p.id, p);
  const parentPoints = pointsOf.get(draft.parentVersionId) ?? [];
  const carried = new Set<string>();
  const lineages = new Set(parentPoints.map((p) => p.lineageId));
  const stack = [...parentPoints];
  while (stack.length > 0) {
    const p = stack.pop() as Point;
    for (const d of p.derivedFrom ?? []) {
      if (carried.has(d.pointId)) continue;
      carried.add(d.pointId);
      const source = allPoints.get(d.pointId);
      if (source) stack.push(source);
    }
  }
  const restored = new Set(draft.points.flatMap((p) => (p.derivedFrom ?? []).map((d) => d.pointId)));
  const offered = new Set<string>();
  const out: RestoreCandidate[] = [];
  // Newest first, so a lineage is offered in its latest wording.
  for (const version of older) {
    for (const point of pointsOf.get(version.id) ?? []) {
      if (carried.has(point.id) || lineages.has(point.lineageId) || restored.has(point.id)) continue;
      if (offered.has(point.lineageId)) continue;
      offered.add(point.lineageId);
      out.push({ point, version });
    }
  }
  return out;
}
