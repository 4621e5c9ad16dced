import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Id, isUuid, uuidv7, uuidv7Time } from './ids.ts';

describe('uuidv7', () => {
  test('has version 7, the RFC 9562 variant and the given millisecond', () => {
    const id = uuidv7(Date.UTC(2025, 10, 20, 14, 30));
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(uuidv7Time(id), Date.UTC(2025, 10, 20, 14, 30));
    assert.ok(Id.safeParse(id).success);
  });

  test('is strictly increasing within one millisecond, even past the 12-bit counter', () => {
    const ms = Date.UTC(2030, 0, 1);
    const ids = Array.from({ length: 10_000 }, () => uuidv7(ms));
    for (let i = 1; i < ids.length; i++) assert.ok((ids[i - 1] as string) < (ids[i] as string), `at ${i}`);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('never goes backwards when the clock does', () => {
    const later = uuidv7(Date.UTC(2031, 0, 1));
    const earlier = uuidv7(Date.UTC(2020, 0, 1));
    assert.ok(later < earlier);
  });

  test('isUuid refuses uppercase, braces and junk', () => {
    assert.equal(isUuid('01A212FA-029C-70B5-A4C3-EC2F17F38F86'), false);
    assert.equal(isUuid('{01a212fa-029c-70b5-a4c3-ec2f17f38f86}'), false);
    assert.equal(isUuid(42), false);
    assert.equal(isUuid('01a212fa-029c-70b5-a4c3-ec2f17f38f86'), true);
  });
});
