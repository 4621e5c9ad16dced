import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deadlineAfter } from './day-count.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

test("whole days: the event's day is not counted, the period ends at 00:00Z after its last day", () => {
  // Resolution 2231: notified 28 August 2025 (any hour), back at midnight GMT after the 30th day.
  for (const moment of ['2025-08-28T00:00:00.000Z', '2025-08-28T16:30:00.000Z', '2025-08-28T23:59:59.999Z'])
    assert.equal(
      iso(deadlineAfter({ at: at(moment), kind: 'event' }, 30, 'whole-days')),
      '2025-09-28T00:00:00.000Z',
    );
  // Across a month's end and a leap day.
  assert.equal(
    iso(deadlineAfter({ at: at('2024-02-20T10:00:00.000Z'), kind: 'event' }, 15, 'whole-days')),
    '2024-03-07T00:00:00.000Z',
  );
});

test('a period that follows a deadline starts at that boundary', () => {
  const jc = deadlineAfter({ at: at('2020-01-14T12:00:00.000Z'), kind: 'event' }, 15, 'whole-days');
  assert.equal(iso(jc), '2020-01-30T00:00:00.000Z');
  assert.equal(
    iso(deadlineAfter({ at: jc, kind: 'boundary' }, 15, 'whole-days')),
    '2020-02-14T00:00:00.000Z',
  );
});

test('elapsed: N × 24 hours from the moment', () => {
  assert.equal(
    iso(deadlineAfter({ at: at('2025-10-10T09:15:00.000Z'), kind: 'event' }, 3, 'elapsed')),
    '2025-10-13T09:15:00.000Z',
  );
  assert.equal(
    iso(deadlineAfter({ at: at('2025-10-10T00:00:00.000Z'), kind: 'boundary' }, 0, 'elapsed')),
    '2025-10-10T00:00:00.000Z',
  );
});
