// Monthly counts and fatalities by party and by event type; empty months kept; the busiest series first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IncidentInput } from '../schemas/incident.ts';
import { timeSeries } from './time-series.ts';

const incident = (eventDate: string, actor1: string, eventType: string, fatalities = 0) =>
  IncidentInput.parse({
    eventDate,
    eventType,
    subEventType: 'x',
    actor1,
    fatalities,
    location: { name: 'Rafah', latitude: 31.29, longitude: 34.24 },
  });

const incidents = [
  incident('2025-11-03', 'A', 'Battles', 2),
  incident('2026-01-20', 'B', 'Riots'),
  incident('2025-11-30', 'B', 'Battles', 1),
  incident('2026-01-02', 'B', 'Battles'),
];

test('by party: months across the new year, the quiet December kept at zero', () => {
  assert.deepEqual(timeSeries(incidents, 'party'), {
    months: ['2025-11', '2025-12', '2026-01'],
    series: [
      { name: 'B', counts: [1, 0, 2], fatalities: [1, 0, 0] },
      { name: 'A', counts: [1, 0, 0], fatalities: [2, 0, 0] },
    ],
  });
});

test('by event type', () => {
  const { series } = timeSeries(incidents, 'eventType');
  assert.deepEqual(
    series.map((s) => [s.name, s.counts]),
    [
      ['Battles', [2, 0, 1]],
      ['Riots', [0, 0, 1]],
    ],
  );
  assert.deepEqual(timeSeries([], 'party'), { months: [], series: [] });
});
