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

/**
 * What the chart's dots are, in words. With more than two parties many of them sit inside the line: each is
 * efficient because of a party not on the two axes, and the legend says so rather than leave it a puzzle.
 */
export function frontierLegend(parties: number): string {
  const what = 'frontier packages (none of them can be improved for one party without loss to another)';
  if (parties <= 2) return what;
  return `${what}, seen from two of the ${parties} parties: a dot inside the line is there because it is best for a party not on these axes`;
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

/**
 * "0.62" — utilities are shown to two decimals everywhere, halves rounded up as written in decimals: 0.615 is
 * 0.62 (toFixed alone gives 0.61, because the double nearest 0.615 is a hair below it).
 */
export function formatUtility(u: number): string {
  if (!Number.isFinite(u)) return '–';
  const decimal = Number(u.toPrecision(12)); // the value as written, without the binary tail
  const rounded = Math.round(Math.abs(decimal) * 100) / 100;
  return `${decimal < 0 && rounded !== 0 ? '-' : ''}${rounded.toFixed(2)}`;
}

export type Label = { x: number; y: number; anchor: 'start' | 'end' };

const LABEL_HEIGHT = 14;
/** Average advance of the chart's 11 px bold label text: an estimate, enough to keep labels apart. */
const CHAR_WIDTH = 6.4;

/**
 * Where each marker's label goes (SVG coordinates, baseline), so that no two labels overlap: beside its point
 * (to the right, or to the left in the right half of the frame), moved up or down in steps of a line when that
 * place is taken. Markers close together (Nash and egalitarian often are) get labels stacked, and the chart
 * draws a leader line to a label that moved.
 */
export function placeLabels(frame: Frame, points: { at: Point2; text: string }[]): Label[] {
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  const order = points
    .map((p, i) => ({ ...p, i, svg: toSvg(frame, p.at) }))
    .sort((a, b) => a.svg.y - b.svg.y);
  const out: Label[] = new Array(points.length);
  for (const p of order) {
    const width = p.text.length * CHAR_WIDTH;
    // Beside the point on the side where the whole label fits inside the frame (right first in the left part).
    const fitsRight = p.svg.x + 9 + width <= frame.width;
    const fitsLeft = p.svg.x - 9 - width >= 0;
    const anchor: Label['anchor'] =
      p.at.x < 0.6 ? (fitsRight || !fitsLeft ? 'start' : 'end') : fitsLeft || !fitsRight ? 'end' : 'start';
    const side = anchor === 'start' ? p.svg.x + 9 : p.svg.x - 9;
    // Fits on neither side (a long label in the middle): slid inside the frame.
    const x =
      anchor === 'start'
        ? Math.max(0, Math.min(side, frame.width - width))
        : Math.min(frame.width, Math.max(side, width));
    const left = anchor === 'start' ? x : x - width;
    const boxAt = (y: number) => ({ left, right: left + width, top: y - LABEL_HEIGHT + 3, bottom: y + 3 });
    const free = (b: ReturnType<typeof boxAt>) =>
      placed.every((o) => b.right <= o.left || b.left >= o.right || b.bottom <= o.top || b.top >= o.bottom);
    const base = p.svg.y - 8;
    let y = base;
    for (let step = 0; step < 40; step++) {
      const offset = Math.ceil(step / 2) * LABEL_HEIGHT * (step % 2 === 1 ? 1 : -1);
      const candidate = base + offset;
      if (candidate - LABEL_HEIGHT < 0 || candidate > frame.height) continue;
      if (free(boxAt(candidate))) {
        y = candidate;
        break;
      }
    }
    placed.push(boxAt(y));
    out[p.i] = { x, y, anchor };
  }
  return out;
}
