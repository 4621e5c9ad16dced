import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { groupMarkers, paretoEnvelope, project, toSvg } from './utility-chart.ts';

describe('utility chart geometry', () => {
  test('project picks the two chosen parties and drops incomplete points', () => {
    assert.deepEqual(
      project(
        [
          [0.1, 0.2, 0.3],
          [Number.NaN, 0.5, 0.6],
          [0.7, 0.8],
        ],
        2,
        0,
      ),
      [{ x: 0.3, y: 0.1 }],
    );
  });

  test('the envelope keeps only undominated points, ordered by x', () => {
    const pts = [
      { x: 0.2, y: 0.9 },
      { x: 0.5, y: 0.5 },
      { x: 0.4, y: 0.4 }, // beaten by (0.5, 0.5)
      { x: 0.9, y: 0.1 },
      { x: 0.9, y: 0.05 }, // beaten by (0.9, 0.1)
      { x: 0.1, y: 0.9 }, // beaten by (0.2, 0.9)
    ];
    assert.deepEqual(paretoEnvelope(pts), [
      { x: 0.2, y: 0.9 },
      { x: 0.5, y: 0.5 },
      { x: 0.9, y: 0.1 },
    ]);
  });

  test('markers on the same package share one label', () => {
    const grouped = groupMarkers([
      { key: 'nash', label: 'Nash', at: { x: 0.6, y: 0.7 } },
      { key: 'ks', label: 'Kalai–Smorodinsky', at: { x: 0.6000001, y: 0.7 } },
      { key: 'draft', label: 'Draft', at: { x: 0.3, y: 0.2 } },
    ]);
    assert.deepEqual(
      grouped.map((m) => [m.key, m.label]),
      [
        ['nash+ks', 'Nash, Kalai–Smorodinsky'],
        ['draft', 'Draft'],
      ],
    );
  });

  test('toSvg maps the unit square into the frame, y upwards, clamped', () => {
    const frame = { width: 200, height: 100, left: 20, right: 10, top: 10, bottom: 30 };
    assert.deepEqual(toSvg(frame, { x: 0, y: 0 }), { x: 20, y: 70 });
    assert.deepEqual(toSvg(frame, { x: 1, y: 1 }), { x: 190, y: 10 });
    assert.deepEqual(toSvg(frame, { x: 0.5, y: 2 }), { x: 105, y: 10 });
  });
});
