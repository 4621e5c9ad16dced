import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIsoDate, isIsoUtc, nowIso } from './time.ts';

test('UTC times are exactly what toISOString prints', () => {
  assert.equal(isIsoUtc(nowIso()), true);
  assert.equal(isIsoUtc('2025-11-20T14:30:00.000Z'), true);
  assert.equal(isIsoUtc('2025-11-20T14:30:00Z'), false);
  assert.equal(isIsoUtc('2025-11-20T14:30:00.000+01:00'), false);
  assert.equal(isIsoUtc('2025-02-30T00:00:00.000Z'), false);
});

test('dates must exist', () => {
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2025-02-29'), false);
  assert.equal(isIsoDate('2025-13-01'), false);
  assert.equal(isIsoDate('2025-1-01'), false);
});
