import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEDIATOR_ONLY, PROCESS, PUBLIC, partiesAudience } from '../schemas/audience.ts';
import {
  allowedStatusChange,
  defaultVersionAudience,
  frozenBecause,
  frozenSentence,
  reachesBeyondMediators,
} from './frozen.ts';

const UKRAINE = '0190a000-0000-7000-8000-000000000001';
const mediators = MEDIATOR_ONLY;

describe('frozenBecause', () => {
  test('only a standing working draft that the mediators alone read may change', () => {
    assert.equal(frozenBecause({ status: 'draft', audience: mediators }), null);
    assert.equal(frozenBecause({ status: 'draft', audience: mediators, withdrawal: null }), null);
    assert.equal(frozenBecause({ status: 'circulated', audience: mediators }), 'circulated');
    assert.equal(frozenBecause({ status: 'final', audience: mediators }), 'final');
  });

  test('a draft shared with a party, the process or the public is frozen as released', () => {
    for (const audience of [partiesAudience([UKRAINE]), PROCESS, PUBLIC])
      assert.equal(frozenBecause({ status: 'draft', audience }), 'released');
    assert.equal(frozenSentence('released'), 'was shared beyond the mediators');
  });

  test('a withdrawal freezes whatever the status', () => {
    const withdrawal = { reason: 'superseded', at: '2025-11-23T10:00:00.000Z' };
    assert.equal(frozenBecause({ status: 'draft', audience: mediators, withdrawal }), 'withdrawn');
    assert.equal(frozenBecause({ status: 'final', audience: PUBLIC, withdrawal }), 'withdrawn');
    assert.equal(frozenSentence('withdrawn'), 'was withdrawn');
  });
});

describe('reachesBeyondMediators', () => {
  test('every audience but the mediators alone reaches someone else', () => {
    assert.equal(reachesBeyondMediators(mediators), false);
    assert.equal(reachesBeyondMediators(partiesAudience([UKRAINE])), true);
    assert.equal(reachesBeyondMediators(PROCESS), true);
    assert.equal(reachesBeyondMediators(PUBLIC), true);
  });
});

describe('defaultVersionAudience', () => {
  test('a new working draft stays with the mediators; a circulated or final text is read like its plan', () => {
    assert.deepEqual(defaultVersionAudience('draft', PUBLIC), mediators);
    assert.deepEqual(defaultVersionAudience('circulated', PROCESS), PROCESS);
    assert.deepEqual(defaultVersionAudience('final', PUBLIC), PUBLIC);
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
