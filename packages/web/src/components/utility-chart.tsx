import { useState } from 'react';
import type { PlanAnalysis, SolutionName } from '../api/analysis-types.ts';
import {
  type Frame,
  formatUtility,
  frontierLegend,
  groupMarkers,
  type Label,
  type Marker,
  paretoEnvelope,
  placeLabels,
  project,
  TICKS,
  toSvg,
} from '../lib/utility-chart.ts';

export const SOLUTION_LABELS: Record<SolutionName, string> = {
  nash: 'Nash',
  kalaiSmorodinsky: 'Kalai–Smorodinsky',
  egalitarian: 'Egalitarian',
  maxWelfare: 'Max welfare',
};

const FRAME: Frame = { width: 520, height: 460, left: 56, right: 24, top: 16, bottom: 52 };

/**
 * The utility space of two parties: every frontier package as a dot, the best these two can get joined as a
 * line, the draft and the four solutions marked and labelled, and each party's reservation dashed. With more
 * than two parties the reader picks the axes.
 */
export function UtilityChart({
  analysis,
  names,
  reservations,
}: {
  analysis: PlanAnalysis;
  /** Party names, in the analysis's party order. */
  names: string[];
  /** Reservation per party, in the analysis's party order. */
  reservations: (number | null)[];
}) {
  const parties = names;
  const [axes, setAxes] = useState<[number, number]>([0, Math.min(1, parties.length - 1)]);
  // Choosing the other axis's party swaps the two, so the chart never plots a party against itself.
  const [xAxis, yAxis] = axes;
  if (parties.length < 2) {
    return (
      <p className="muted" data-testid="chart-note">
        The utility space needs two parties with complete valuations; only {parties[0] ?? 'none'} has one.
      </p>
    );
  }
  const points = project(analysis.frontier.points, xAxis, yAxis);
  const envelope = paretoEnvelope(points);
  // Drawn in the engine's order, never reordered, so the position is a stable key.
  const dots = points.map((p, i) => ({ id: `dot-${i}`, ...toSvg(FRAME, p) }));
  const markers = groupMarkers(markersOf(analysis, xAxis, yAxis));
  const labels = placeLabels(
    FRAME,
    markers.map((m) => ({ at: m.at, text: markerText(m) })),
  );
  const at = (x: number, y: number) => toSvg(FRAME, { x, y });
  const xName = parties[xAxis] ?? '';
  const yName = parties[yAxis] ?? '';
  return (
    <figure className="utility-chart" data-testid="utility-chart">
      {parties.length > 2 ? (
        <p className="chart-axes">
          <AxisPicker
            label="Across"
            parties={parties}
            value={xAxis}
            onChange={(v) => setAxes(v === yAxis ? [v, xAxis] : [v, yAxis])}
            testId="chart-axis-x"
          />
          <AxisPicker
            label="Up"
            parties={parties}
            value={yAxis}
            onChange={(v) => setAxes(v === xAxis ? [yAxis, v] : [xAxis, v])}
            testId="chart-axis-y"
          />
        </p>
      ) : null}
      <svg
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-labelledby="utility-chart-title"
        data-testid="utility-chart-svg"
      >
        <title id="utility-chart-title">
          Utility space of {xName} (across) and {yName} (up): the frontier, this draft and the bargaining
          solutions
        </title>
        <Axes xName={xName} yName={yName} />
        <Reservations x={reservations[xAxis] ?? null} y={reservations[yAxis] ?? null} />
        {dots.map((d) => (
          <circle
            key={d.id}
            cx={d.x}
            cy={d.y}
            r={2.2}
            className="frontier-dot"
            data-testid="frontier-point"
          />
        ))}
        {envelope.length > 1 ? (
          <polyline
            className="frontier-line"
            points={envelope.map((p) => `${at(p.x, p.y).x},${at(p.x, p.y).y}`).join(' ')}
            data-testid="frontier-line"
          />
        ) : null}
        {markers.map((m, i) => (
          <MarkerView key={m.key} marker={m} label={labels[i] as Label} />
        ))}
      </svg>
      <figcaption id="utility-chart-caption">
        <ul className="chart-legend">
          <li>
            <span className="legend-dot legend-frontier" /> {frontierLegend(parties.length)}; the line joins
            the best for {xName} and {yName}
          </li>
          <li>
            <span className="legend-dot legend-draft" /> this draft
          </li>
          <li>
            <span className="legend-dot legend-solution" /> bargaining solutions
          </li>
          <li>
            <span className="legend-dash" /> reservations: below the dashed line a party prefers no agreement
          </li>
        </ul>
        {analysis.frontier.status === 'sample' ? (
          <p className="muted" data-testid="frontier-sample">
            There are too many efficient packages to draw them all: the dots are a sample of{' '}
            {analysis.frontier.points.length} of them, so the line is drawn through the sample only.
          </p>
        ) : null}
        {analysis.frontier.status === 'limit' ? (
          <p className="muted" data-testid="frontier-limit">
            The frontier was not drawn in full: {analysis.frontier.message ?? 'too many packages'}
          </p>
        ) : null}
      </figcaption>
    </figure>
  );
}

function markersOf(analysis: PlanAnalysis, x: number, y: number): Marker[] {
  const markers: Marker[] = [];
  const add = (key: string, label: string, u: number[] | undefined) => {
    const ux = u?.[x];
    const uy = u?.[y];
    if (typeof ux === 'number' && typeof uy === 'number') markers.push({ key, label, at: { x: ux, y: uy } });
  };
  add('draft', 'Draft', analysis.draft.utilities);
  for (const name of Object.keys(SOLUTION_LABELS) as SolutionName[]) {
    add(name, SOLUTION_LABELS[name], analysis.solutions[name]?.utilities);
  }
  return markers;
}

const markerText = (m: Marker) => `${m.label} (${formatUtility(m.at.x)}, ${formatUtility(m.at.y)})`;

function MarkerView({ marker, label }: { marker: Marker; label: Label }) {
  const s = toSvg(FRAME, marker.at);
  const isDraft = marker.key.split('+').includes('draft');
  const moved = Math.abs(label.y - (s.y - 8)) > 2;
  return (
    <g
      className={isDraft ? 'marker draft' : 'marker solution'}
      data-testid={isDraft ? 'draft-marker' : 'solution-marker'}
      data-marker={marker.key}
    >
      {isDraft ? (
        <rect x={s.x - 5} y={s.y - 5} width={10} height={10} />
      ) : (
        <circle cx={s.x} cy={s.y} r={5.5} />
      )}
      {moved ? <line className="leader" x1={s.x} y1={s.y} x2={label.x} y2={label.y - 4} /> : null}
      <text x={label.x} y={label.y} textAnchor={label.anchor}>
        {markerText(marker)}
      </text>
    </g>
  );
}

function Axes({ xName, yName }: { xName: string; yName: string }) {
  const origin = toSvg(FRAME, { x: 0, y: 0 });
  const corner = toSvg(FRAME, { x: 1, y: 1 });
  return (
    <g className="axes">
      {TICKS.map((t) => {
        const vx = toSvg(FRAME, { x: t, y: 0 });
        const vy = toSvg(FRAME, { x: 0, y: t });
        return (
          <g key={t}>
            <line className="grid" x1={vx.x} y1={corner.y} x2={vx.x} y2={origin.y} />
            <line className="grid" x1={origin.x} y1={vy.y} x2={corner.x} y2={vy.y} />
            <text x={vx.x} y={origin.y + 18} textAnchor="middle">
              {t.toFixed(1)}
            </text>
            <text x={origin.x - 8} y={vy.y + 4} textAnchor="end">
              {t.toFixed(1)}
            </text>
          </g>
        );
      })}
      <line className="axis" x1={origin.x} y1={origin.y} x2={corner.x} y2={origin.y} />
      <line className="axis" x1={origin.x} y1={origin.y} x2={origin.x} y2={corner.y} />
      <text className="axis-name" x={(origin.x + corner.x) / 2} y={FRAME.height - 10} textAnchor="middle">
        utility for {xName}
      </text>
      <text
        className="axis-name"
        x={14}
        y={(origin.y + corner.y) / 2}
        textAnchor="middle"
        transform={`rotate(-90 14 ${(origin.y + corner.y) / 2})`}
      >
        utility for {yName}
      </text>
    </g>
  );
}

function Reservations({ x, y }: { x: number | null; y: number | null }) {
  const origin = toSvg(FRAME, { x: 0, y: 0 });
  const corner = toSvg(FRAME, { x: 1, y: 1 });
  return (
    <g className="reservations" data-testid="reservation-lines">
      {x !== null ? (
        <line x1={toSvg(FRAME, { x, y: 0 }).x} y1={origin.y} x2={toSvg(FRAME, { x, y: 0 }).x} y2={corner.y} />
      ) : null}
      {y !== null ? (
        <line x1={origin.x} y1={toSvg(FRAME, { x: 0, y }).y} x2={corner.x} y2={toSvg(FRAME, { x: 0, y }).y} />
      ) : null}
    </g>
  );
}

function AxisPicker(props: {
  label: string;
  parties: string[];
  value: number;
  onChange: (v: number) => void;
  testId: string;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
        data-testid={props.testId}
      >
        {props.parties.map((p, i) => (
          <option key={p} value={i}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
}
