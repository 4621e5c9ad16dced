// The geometry of the utility-space chart, kept apart from React so it can be tested: two parties' utilities as
// the axes, the frontier projected onto them, and the marked packages grouped where they coincide (Nash and
// Kalai–Smorodinsky often land on the same package, and two labels on one dot would be unreadable).

export type Point2 = { x: number; y: number };

/** Each package's utilities for the two chosen parties. Points with a missing or non-finite utility are dropped. */
export function project(points: number[][], xAxis: number, yAxis: number): Point2[] {
  const out: Point2[] = [];
  for (const p of points) {
    const x = p[xAxis];
    const y = p[yAxis];
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y))
      out.push({ x, y });
  }
  return out;
}

/**
 * The upper-right envelope of points in the plane (those no other point beats on both axes), ordered by x so
 * they can be joined by a line. With more than two parties the projected frontier holds points that are only
 * optimal because of a third party; the envelope is what these two parties could get at best.
 */
export function paretoEnvelope(points: Point2[]): Point2[] {
  const sorted = [...points].sort((a, b) => b.x - a.x || b.y - a.y);
  const kept: Point2[] = [];
  let bestY = Number.NEGATIVE_INFINITY;
  for (const p of sorted) {
    if (p.y > bestY) {
      kept.push(p);
      bestY = p.y;
    }
  }
  return kept.reverse();
}

export type Marker = { key: string; label: string; at: Point2 };

/** Markers at the same place (to 3 decimals) become one, labelled with all their names. */
export function groupMarkers(markers: Marker[]): Marker[] {
  const groups = new Map<string, Marker>();
  for (const m of markers) {
    const place = `${m.at.x.toFixed(3)},${m.at.y.toFixed(3)}`;
    const found = groups.get(place);
    if (found)
      groups.set(place, { ...found, key: `${found.key}+${m.key}`, label: `${found.label}, ${m.label}` });
    else groups.set(place, m);
  }
  return [...groups.values()];
}

export type Frame = {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
};

/** Utility in [0, 1] to SVG coordinates (y grows downwards in SVG). Values outside [0, 1] are clamped. */
export function toSvg(frame: Frame, p: Point2): Point2 {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const w = frame.width - frame.left - frame.right;
  const h = frame.height - frame.top - frame.bottom;
  return { x: frame.left + clamp(p.x) * w, y: frame.top + (1 - clamp(p.y)) * h };
}

export const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** "0.62" — utilities are shown to two decimals everywhere. */
export const formatUtility = (u: number) => (Number.isFinite(u) ? u.toFixed(2) : '–');
