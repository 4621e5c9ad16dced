import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { logPage, recentEntries } from './log-page.ts';

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

describe('recentEntries', () => {
  test('the latest entry and the last few before it', () => {
    assert.deepEqual(recentEntries(29, 5), { latest: 28, from: 24, limit: 5 });
  });
  test('a log shorter than the list gives all of it', () => {
    assert.deepEqual(recentEntries(3, 5), { latest: 2, from: 0, limit: 3 });
    assert.deepEqual(recentEntries(1, 5), { latest: 0, from: 0, limit: 1 });
  });
  test('an empty log (or a nonsense size) has no latest entry', () => {
    assert.equal(recentEntries(0, 5), null);
    assert.equal(recentEntries(-1, 5), null);
    assert.equal(recentEntries(Number.NaN, 5), null);
  });
});
