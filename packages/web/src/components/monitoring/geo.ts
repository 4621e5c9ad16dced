// Just enough TopoJSON and projection for the incident map, so the map needs no mapping library: arcs are
// delta-decoded with the file's transform, polygons stitched from their arcs (a negative index ~i is arc i
// reversed), and longitude/latitude projected equirectangularly with longitude scaled by the cosine of the mid
// latitude (true shapes at the scale of a region, which is all the map shows).
export type Position = [number, number];
type Geometry = { type: string; arcs?: number[][] | number[][][]; properties?: Record<string, unknown> };
export type Topology = {
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { geometries: Geometry[] }>;
  arcs: Position[][];
};
export type Shape = { name: string; code: string; rings: Position[][] };

function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [dx, dy];
    });
  });
}

function ring(arcs: Position[][], indexes: number[]): Position[] {
  const points: Position[] = [];
  for (const index of indexes) {
    const arc = index >= 0 ? arcs[index] : arcs[~index]?.slice().reverse();
    // Consecutive arcs share their joining point: keep it once.
    (arc ?? []).forEach((point, k) => {
      if (k > 0 || points.length === 0) points.push(point);
    });
  }
  return points;
}

/** Every polygon of the topology's objects as rings of [longitude, latitude]. */
export function shapesOf(topology: Topology): Shape[] {
  const arcs = decodeArcs(topology);
  return Object.values(topology.objects).flatMap((object) =>
    object.geometries.map((g) => {
      const polygons = (g.type === 'MultiPolygon' ? g.arcs : [g.arcs]) as number[][][];
      const props = g.properties ?? {};
      return {
        name: String(props.name_en ?? props.label ?? ''),
        code: String(props.iso_3166_2 ?? ''),
        rings: polygons.flatMap((polygon) => (polygon ?? []).map((r) => ring(arcs, r))),
      };
    }),
  );
}

export type Box = { west: number; south: number; east: number; north: number };

/** The box around the points, widened by `margin` degrees (and to at least `minimum` degrees across). */
export function boxAround(points: Position[], margin = 0.3, minimum = 1): Box | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const pad = (lo: number, hi: number) => {
    const extra = Math.max(margin, (minimum - (hi - lo)) / 2);
    return [lo - extra, hi + extra] as const;
  };
  const [west, east] = pad(Math.min(...lons), Math.max(...lons));
  const [south, north] = pad(Math.min(...lats), Math.max(...lats));
  return { west, south, east, north };
}

/** A projection of the box onto a `width`-wide SVG, its height following the box's true proportions. */
export function projection(box: Box, width: number) {
  const k = Math.cos((((box.south + box.north) / 2) * Math.PI) / 180);
  const scale = width / ((box.east - box.west) * k);
  const height = Math.round((box.north - box.south) * scale);
  const project = ([lon, lat]: Position): Position => [
    (lon - box.west) * k * scale,
    (box.north - lat) * scale,
  ];
  return { width, height, project };
}

export function pathOf(rings: Position[][], project: (p: Position) => Position): string {
  return rings
    .map(
      (r) =>
        `M${r
          .map((p) =>
            project(p)
              .map((v) => v.toFixed(1))
              .join(','),
          )
          .join('L')}Z`,
    )
    .join('');
}

/** Whether a shape's bounding box meets the box (a shape may hold the box without a vertex inside it). */
export function overlaps(rings: Position[][], box: Box): boolean {
  const points = rings.flat();
  if (points.length === 0) return false;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return (
    Math.min(...lons) <= box.east &&
    Math.max(...lons) >= box.west &&
    Math.min(...lats) <= box.north &&
    Math.max(...lats) >= box.south
  );
}
