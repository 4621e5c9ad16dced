import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { logPage } from './log-page.ts';

describe('logPage', () => {
  test('the first page holds the newest entries and points to older ones', () => {
    assert.deepEqual(logPage(60, null, 25), { start: 35, end: 60, older: 35, newer: null });
  });

  test('paging back and forward covers every entry once', () => {
    assert.deepEqual(logPage(60, 35, 25), { start: 10, end: 35, older: 10, newer: 60 });
    assert.deepEqual(logPage(60, 10, 25), { start: 0, end: 10, older: null, newer: 35 });
  });

  test('an end beyond the log is clamped; an empty log has an empty page', () => {
    assert.deepEqual(logPage(30, 500, 25), { start: 5, end: 30, older: 5, newer: null });
    assert.deepEqual(logPage(0, null, 25), { start: 0, end: 0, older: null, newer: null });
  });
});
