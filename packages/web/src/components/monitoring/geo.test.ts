// The map's geometry from the shipped boundaries: every unit decoded into closed rings, the Gaza Strip where it is
// on the globe, a projection that keeps the box's corners at the SVG's corners, and a dot for Rafah inside the
// Gaza Strip's outline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { boxAround, overlaps, pathOf, projection, shapesOf, type Topology } from './geo.ts';

const topology = JSON.parse(
  readFileSync(new URL('../../geo/concord-admin1.topo.json', import.meta.url), 'utf8'),
) as Topology;
const shapes = shapesOf(topology);
const gaza = shapes.find((s) => s.code === 'PS-GZZ');
const rafah: [number, number] = [34.2455, 31.2969];

test('the shipped file decodes into 35 units, the Gaza Strip (PS-GZZ) on the coast of the Levant', () => {
  assert.equal(shapes.length, 35);
  assert.ok(gaza);
  const points = gaza.rings.flat();
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  assert.ok(
    Math.min(...lons) > 34.1 && Math.max(...lons) < 34.6,
    `${Math.min(...lons)}–${Math.max(...lons)}`,
  );
  assert.ok(
    Math.min(...lats) > 31.1 && Math.max(...lats) < 31.7,
    `${Math.min(...lats)}–${Math.max(...lats)}`,
  );
  for (const r of gaza.rings) assert.deepEqual(r[0], r.at(-1), 'a ring closes on itself');
});

test('the projection keeps the corners, the proportions and Rafah inside the Gaza Strip', () => {
  const box = boxAround([rafah, [34.4668, 31.5017]]);
  assert.ok(box);
  const { width, height, project } = projection(box, 600);
  assert.deepEqual(project([box.west, box.north]), [0, 0]);
  const [x, y] = project([box.east, box.south]);
  assert.ok(Math.abs(x - 600) < 1e-9 && Math.abs(y - height) < 1);
  assert.ok(height > width, 'the strip is taller than wide once longitude is scaled');
  const outline = (gaza?.rings ?? []).flat().map(project);
  const [dx, dy] = project(rafah);
  assert.ok(Math.min(...outline.map((p) => p[0])) < dx && dx < Math.max(...outline.map((p) => p[0])));
  assert.ok(Math.min(...outline.map((p) => p[1])) < dy && dy < Math.max(...outline.map((p) => p[1])));
  assert.match(pathOf(gaza?.rings ?? [], project), /^M[\d.]+,[\d.]+L.*Z$/);
});

test('only the units around the box are drawn; no incident, no box', () => {
  const box = boxAround([rafah]);
  assert.ok(box);
  const near = shapes.filter((s) => overlaps(s.rings, box)).map((s) => s.name);
  assert.ok(near.includes('Gaza') && near.length < 6, near.join(', '));
  assert.equal(boxAround([]), null);
});
