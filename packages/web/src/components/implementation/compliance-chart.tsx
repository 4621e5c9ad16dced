// Compliance per party over time, drawn by hand in SVG: one step line per party, with its value today at the end
// of the line and the same numbers in a table for screen readers and for print.
import { chartLines, labelPositions, percent, type Series } from '../../lib/compliance-chart.ts';

const FRAME = { width: 680, height: 220, left: 44, right: 140, top: 10, bottom: 24 };
const COLOURS = ['#1f5fa8', '#b3471d', '#2e7d32', '#7b3fa0', '#8a6d00', '#00796b'];

export function ComplianceChart({
  series,
  until,
  nameOf,
}: {
  series: Series[];
  until: string;
  nameOf: (party: string) => string;
}) {
  if (series.length === 0) return <p className="muted">No commitment has a status yet.</p>;
  const lines = chartLines(series, until, FRAME);
  const labels = labelPositions(lines, 13);
  const y = (v: number) => FRAME.top + (1 - v) * (FRAME.height - FRAME.top - FRAME.bottom);
  const first = series.flatMap((s) => s.points.map((p) => p.on)).sort()[0] ?? until;
  return (
    <figure className="compliance-chart" data-testid="compliance-chart">
      <svg
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-label="Compliance per party over time"
      >
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={FRAME.left - 6} y={y(v) + 4} textAnchor="end">
              {percent(v)}
            </text>
          </g>
        ))}
        <text x={FRAME.left} y={FRAME.height - 6}>
          {first}
        </text>
        <text x={FRAME.width - FRAME.right} y={FRAME.height - 6} textAnchor="end">
          {until}
        </text>
        {lines.map((line, i) => (
          <g key={line.party} data-testid="compliance-line" data-party={nameOf(line.party)}>
            <path d={line.d} stroke={COLOURS[i % COLOURS.length]} className="line" />
            {line.last ? (
              <text
                x={line.last.x + 4}
                y={(labels.get(line.party) ?? line.last.y) + 4}
                fill={COLOURS[i % COLOURS.length]}
              >
                {nameOf(line.party).split(' (')[0]?.slice(0, 14)} {percent(line.last.value)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption>
        <table className="compliance-table">
          <caption>Compliance by party, in numbers</caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              <th scope="col">From</th>
              <th scope="col">Compliance</th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) =>
              s.points.map((p) => (
                <tr key={`${s.party}|${p.on}`}>
                  <td dir="auto">{nameOf(s.party)}</td>
                  <td>{p.on}</td>
                  <td>{percent(p.value)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
