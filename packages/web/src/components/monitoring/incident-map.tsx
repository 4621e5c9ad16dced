// The incident map: the boundaries shipped with Concord (src/geo, loaded when the map is first shown) drawn as SVG
// around the incidents, each incident a dot coloured by its verification status. No tiles, no network.
import { useEffect, useState } from 'react';
import {
  boxAround,
  overlaps,
  type Position,
  pathOf,
  projection,
  type Shape,
  shapesOf,
  type Topology,
} from './geo.ts';

export type MapIncident = { id: string; label: string; status: string; at: Position };

let loaded: Promise<Shape[]> | null = null;
function boundaries(): Promise<Shape[]> {
  loaded ??= import('../../geo/concord-admin1.topo.json').then((m) =>
    shapesOf(m.default as unknown as Topology),
  );
  return loaded;
}

export function IncidentMap({ incidents }: { incidents: MapIncident[] }) {
  const [shapes, setShapes] = useState<Shape[] | null>(null);
  useEffect(() => {
    let live = true;
    void boundaries().then((s) => live && setShapes(s));
    return () => {
      live = false;
    };
  }, []);
  const box = boxAround(incidents.map((i) => i.at));
  if (box === null) return <p className="muted">No incident to place on the map yet.</p>;
  if (shapes === null) return <p className="muted">Loading the boundaries…</p>;
  const { width, height, project } = projection(box, 640);
  const drawn = shapes.filter((s) => overlaps(s.rings, box));
  return (
    <figure className="incident-map">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Map of ${incidents.length} incidents`}
        data-testid="incident-map"
      >
        <rect width={width} height={height} className="sea" />
        {drawn.map((s) => (
          <path key={s.code} d={pathOf(s.rings, project)} className="unit">
            <title>{s.name}</title>
          </path>
        ))}
        {incidents.map((i) => {
          const [x, y] = project(i.at);
          return (
            <circle
              key={i.id}
              cx={x}
              cy={y}
              r={6}
              className={`dot status-${i.status}`}
              data-testid="incident-dot"
            >
              <title>{i.label}</title>
            </circle>
          );
        })}
      </svg>
      <figcaption className="muted">
        Boundaries: Natural Earth (public domain), first-level units. A dot is an incident at its reported
        coordinates, coloured by its verification status.
      </figcaption>
    </figure>
  );
}
