// Where a point stands in its version: its rank in reading order among the top-level points (a sub-point sits
// between its parent and the next point), as a fraction 0–1 so versions of different lengths compare.
import type { CandidatePoint } from './types.ts';

export type Place = {
  /** 0 for the first top-level point, 1 for the last; a sub-point in between its parent and the next. */
  relative: number;
  /** 1-based rank among its siblings, and how many siblings it has. */
  rank: number;
  of: number;
  depth: number;
};

/** The place of every point, by id, computed per version. */
export function placesOf(points: readonly CandidatePoint[]): Map<string, Place> {
  const byVersion = new Map<string, CandidatePoint[]>();
  for (const p of points) {
    const list = byVersion.get(p.versionId);
    if (list) list.push(p);
    else byVersion.set(p.versionId, [p]);
  }
  const places = new Map<string, Place>();
  for (const list of byVersion.values()) placeVersion(list, places);
  return places;
}

function placeVersion(points: CandidatePoint[], places: Map<string, Place>): void {
  const ids = new Set(points.map((p) => p.id));
  const children = new Map<string | null, CandidatePoint[]>();
  for (const p of points) {
    const parent = p.parentPointId !== null && ids.has(p.parentPointId) ? p.parentPointId : null;
    const list = children.get(parent);
    if (list) list.push(p);
    else children.set(parent, [p]);
  }
  for (const list of children.values()) list.sort((a, b) => a.ordinal - b.ordinal);
  const top = children.get(null) ?? [];
  const span = Math.max(1, top.length - 1);
  const visit = (list: CandidatePoint[], from: number, width: number, depth: number) => {
    list.forEach((p, i) => {
      const relative = depth === 0 ? i / span : from + (width * (i + 1)) / (list.length + 1);
      places.set(p.id, { relative, rank: i + 1, of: list.length, depth });
      const sub = children.get(p.id);
      if (sub) visit(sub, relative, depth === 0 ? 1 / span : width / (list.length + 1), depth + 1);
    });
  };
  visit(top, 0, 1 / span, 0);
}

const ordinalSuffix = (n: number) => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

/** "6th of 28". */
export const rankLabel = (place: Place): string => `${place.rank}${ordinalSuffix(place.rank)} of ${place.of}`;
