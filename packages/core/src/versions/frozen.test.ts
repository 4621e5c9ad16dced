import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowedStatusChange, frozenBecause, frozenSentence } from './frozen.ts';

describe('frozenBecause', () => {
  test('only a standing working draft may change', () => {
    assert.equal(frozenBecause({ status: 'draft' }), null);
    assert.equal(frozenBecause({ status: 'draft', withdrawal: null }), null);
    assert.equal(frozenBecause({ status: 'circulated' }), 'circulated');
    assert.equal(frozenBecause({ status: 'final' }), 'final');
  });

  test('a withdrawal freezes whatever the status', () => {
    const withdrawal = { reason: 'superseded', at: '2025-11-23T10:00:00.000Z' };
    assert.equal(frozenBecause({ status: 'draft', withdrawal }), 'withdrawn');
    assert.equal(frozenBecause({ status: 'final', withdrawal }), 'withdrawn');
    assert.equal(frozenSentence('withdrawn'), 'was withdrawn');
  });
});

describe('allowedStatusChange', () => {
  test('a draft moves anywhere; a circulated text only to final; a final text nowhere', () => {
    assert.ok(allowedStatusChange('draft', 'circulated'));
    assert.ok(allowedStatusChange('draft', 'final'));
    assert.ok(allowedStatusChange('circulated', 'final'));
    assert.ok(!allowedStatusChange('circulated', 'draft'));
    assert.ok(!allowedStatusChange('final', 'circulated'));
    assert.ok(!allowedStatusChange('final', 'draft'));
  });
});
