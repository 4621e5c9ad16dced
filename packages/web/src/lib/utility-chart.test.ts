import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { groupMarkers, paretoEnvelope, placeLabels, project, toSvg } from './utility-chart.ts';

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

describe('label placement', () => {
  const frame = { width: 500, height: 500, left: 0, right: 0, top: 0, bottom: 0 };

  test('a lone label sits beside its point, to the left in the right half', () => {
    assert.deepEqual(placeLabels(frame, [{ at: { x: 0.2, y: 0.5 }, text: 'Draft' }]), [
      { x: 109, y: 242, anchor: 'start' },
    ]);
    assert.deepEqual(placeLabels(frame, [{ at: { x: 0.8, y: 0.5 }, text: 'Nash' }]), [
      { x: 391, y: 242, anchor: 'end' },
    ]);
  });

  test('labels of points close together are stacked a line apart, none overlapping', () => {
    const labels = placeLabels(frame, [
      { at: { x: 0.3, y: 0.5 }, text: 'Nash (0.30, 0.50)' },
      { at: { x: 0.31, y: 0.5 }, text: 'Egalitarian (0.31, 0.50)' },
      { at: { x: 0.3, y: 0.505 }, text: 'Max welfare (0.30, 0.51)' },
    ]);
    const ys = labels.map((l) => l.y).sort((a, b) => a - b);
    assert.deepEqual(
      ys.slice(1).map((y, i) => y - (ys[i] as number) >= 14),
      [true, true],
    );
  });
});
