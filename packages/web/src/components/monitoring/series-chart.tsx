// Incidents per month, one line per party (or event type): a small SVG chart, the months along the bottom and
// the counts up the side, each line labelled at its end.
import type { TimeSeries } from '@concord/core/monitoring';

const COLOURS = ['#1b6ca8', '#c0392b', '#27865f', '#8e44ad', '#d68910', '#5d6d7e'];

export function SeriesChart({ data, title }: { data: TimeSeries; title: string }) {
  if (data.months.length === 0) return <p className="muted">No incident yet.</p>;
  const width = 640;
  const height = 220;
  const left = 36;
  const right = 170;
  const top = 12;
  const bottom = 28;
  const max = Math.max(1, ...data.series.flatMap((s) => s.counts));
  const step = data.months.length > 1 ? (width - left - right) / (data.months.length - 1) : 0;
  const x = (i: number) => left + i * step;
  const y = (n: number) => top + (1 - n / max) * (height - top - bottom);
  const shown = data.series.slice(0, COLOURS.length);
  const last = data.months.length - 1;
  // End labels pushed apart so that series ending level stay readable.
  const labelY = new Map<string, number>();
  let floor = -Infinity;
  for (const s of [...shown].sort((a, b) => y(a.counts[last] ?? 0) - y(b.counts[last] ?? 0))) {
    floor = Math.max(y(s.counts[last] ?? 0) + 4, floor + 13);
    labelY.set(s.name, floor);
  }
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
      className="series-chart"
      data-testid="series-chart"
    >
      <line x1={left} y1={y(0)} x2={width - right} y2={y(0)} className="axis" />
      <text x={left - 6} y={y(max) + 4} textAnchor="end" className="tick">
        {max}
      </text>
      <text x={left - 6} y={y(0) + 4} textAnchor="end" className="tick">
        0
      </text>
      {data.months.map((m, i) => (
        <text key={m} x={x(i)} y={height - 8} textAnchor="middle" className="tick">
          {m}
        </text>
      ))}
      {shown.map((s, k) => {
        const points = s.counts.map((n, i) => `${x(i)},${y(n)}`).join(' ');
        return (
          <g key={s.name} stroke={COLOURS[k]} fill={COLOURS[k]}>
            <polyline points={points} fill="none" strokeWidth={2} />
            {s.counts.map((n, i) => (
              <circle key={data.months[i]} cx={x(i)} cy={y(n)} r={3} />
            ))}
            <text x={x(last) + 8} y={labelY.get(s.name)} stroke="none" className="label">
              {s.name.length > 24 ? `${s.name.slice(0, 23)}…` : s.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
