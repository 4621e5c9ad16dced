// The compliance chart's geometry, apart from React: one step line per party (a status holds until the next one
// changes it), time along x from the first point to the day of the answer, 0–100 % up y.
export type Series = { party: string; points: { on: string; value: number }[] };
export type Frame = {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
};
export type ChartLine = { party: string; d: string; last: { x: number; y: number; value: number } | null };

const DAY = 86_400_000;
const time = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/** The days the x axis spans: from the first point of any series to `until` (at least one day). */
export function span(series: readonly Series[], until: string): { from: number; to: number } {
  const firsts = series.flatMap((s) => s.points.map((p) => time(p.on)));
  const to = time(until);
  const from = firsts.length === 0 ? to - DAY : Math.min(...firsts, to - DAY);
  return { from, to: Math.max(to, from + DAY) };
}

export function chartLines(series: readonly Series[], until: string, f: Frame): ChartLine[] {
  const { from, to } = span(series, until);
  const x = (day: string) => f.left + ((time(day) - from) / (to - from)) * (f.width - f.left - f.right);
  const y = (v: number) => f.top + (1 - v) * (f.height - f.top - f.bottom);
  const end = f.width - f.right;
  return series.map(({ party, points }) => {
    if (points.length === 0) return { party, d: '', last: null };
    const steps = points.map((p, i) => {
      const px = x(p.on).toFixed(1);
      const py = y(p.value).toFixed(1);
      return i === 0 ? `M${px},${py}` : `H${px}V${py}`;
    });
    const final = points[points.length - 1] as { on: string; value: number };
    const d = `${steps.join('')}H${end.toFixed(1)}`;
    return { party, d, last: { x: end, y: y(final.value), value: final.value } };
  });
}

/**
 * Where each line's end label goes: at its line's height, pushed down just enough that no two labels overlap
 * (parties at the same compliance would otherwise print on top of each other). Keyed by party.
 */
export function labelPositions(lines: readonly ChartLine[], gap: number): Map<string, number> {
  const ends = lines.flatMap((l) => (l.last ? [{ party: l.party, y: l.last.y }] : []));
  ends.sort((a, b) => a.y - b.y);
  const placed = new Map<string, number>();
  let previous = Number.NEGATIVE_INFINITY;
  for (const end of ends) {
    const y = Math.max(end.y, previous + gap);
    placed.set(end.party, y);
    previous = y;
  }
  return placed;
}

/** "75 %" */
export const percent = (value: number) => `${Math.round(value * 100)} %`;
