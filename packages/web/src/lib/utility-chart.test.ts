import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  formatUtility,
  frontierLegend,
  groupMarkers,
  paretoEnvelope,
  placeLabels,
  project,
  toSvg,
} from './utility-chart.ts';

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

describe('the chart for a newcomer (issue 11 item 5)', () => {
  const frame = { width: 520, height: 460, left: 56, right: 24, top: 16, bottom: 52 };
  const box = (l: { x: number; y: number; anchor: 'start' | 'end' }, text: string) => {
    const width = text.length * 6.4;
    const left = l.anchor === 'start' ? l.x : l.x - width;
    return { left, right: left + width, top: l.y - 11, bottom: l.y + 3 };
  };

  test("a long label near the middle is never cut at the chart's edge", () => {
    const text = 'Nash, Kalai–Smorodinsky, Egalitarian, Max welfare (0.55, 0.70)';
    for (const x of [0.05, 0.3, 0.55, 0.59, 0.61, 0.8, 0.97]) {
      const [label] = placeLabels(frame, [{ at: { x, y: 0.7 }, text }]);
      const b = box(label as never, text);
      assert.ok(
        b.left >= 0 && b.right <= frame.width,
        `x = ${x}: ${b.left.toFixed(0)}–${b.right.toFixed(0)}`,
      );
    }
  });

  test("the four-party demo's five markers get labels inside the frame, no two overlapping", () => {
    const markers = [
      { at: { x: 0.42, y: 0.61 }, text: 'Draft (0.42, 0.61)' },
      { at: { x: 0.58, y: 0.66 }, text: 'Nash (0.58, 0.66)' },
      { at: { x: 0.59, y: 0.655 }, text: 'Kalai–Smorodinsky (0.59, 0.66)' },
      { at: { x: 0.6, y: 0.65 }, text: 'Egalitarian (0.60, 0.65)' },
      { at: { x: 0.61, y: 0.67 }, text: 'Max welfare (0.61, 0.67)' },
    ];
    const boxes = placeLabels(frame, markers).map((l, i) => box(l, markers[i]?.text ?? ''));
    for (const b of boxes) assert.ok(b.left >= 0 && b.right <= frame.width && b.top >= 0);
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1))
        assert.ok(
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
          `labels ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`,
        );
    });
  });

  test('one rounding rule: two decimals, halves up as written (0.615 is 0.62, never 0.61)', () => {
    assert.equal((0.615).toFixed(2), '0.61', 'what toFixed alone does');
    assert.deepEqual(
      [0.615, 0.625, 0.6149, 0.005, 1.00005, 0, -0.004, -0.015, Number.NaN].map(formatUtility),
      ['0.62', '0.63', '0.61', '0.01', '1.00', '0.00', '0.00', '-0.02', '–'],
    );
  });

  test('the legend says why dots sit inside the line when more than two parties are projected', () => {
    assert.doesNotMatch(frontierLegend(2), /inside the line/);
    assert.match(frontierLegend(4), /two of the 4 parties: a dot inside the line is there because/);
  });
});
