import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartLines, labelPositions, percent, span } from './compliance-chart.ts';

const frame = { width: 110, height: 110, left: 10, right: 0, top: 0, bottom: 10 };

test('a step line per party from its first point to the day of the answer, 0–100 % up the frame', () => {
  const series = [
    {
      party: 'Hamas',
      points: [
        { on: '2025-10-01', value: 0 },
        { on: '2025-10-06', value: 0.5 },
      ],
    },
  ];
  const [line] = chartLines(series, '2025-10-11', frame);
  assert.equal(line?.d, 'M10.0,100.0H60.0V50.0H110.0');
  assert.deepEqual(line?.last, { x: 110, y: 50, value: 0.5 });
});

test('no points: no line; the span is at least a day', () => {
  assert.deepEqual(chartLines([{ party: 'Israel', points: [] }], '2025-10-11', frame), [
    { party: 'Israel', d: '', last: null },
  ]);
  const { from, to } = span([], '2025-10-11');
  assert.equal(to - from, 86_400_000);
  assert.equal(percent(2 / 3), '67 %');
});

test('end labels at the same height are spread apart, in order, never above their line', () => {
  const line = (party: string, y: number) => ({ party, d: '', last: { x: 100, y, value: 0 } });
  const placed = labelPositions([line('A', 50), line('B', 50), line('C', 20), line('D', 80)], 12);
  assert.deepEqual(Object.fromEntries(placed), { C: 20, A: 50, B: 62, D: 80 });
});
