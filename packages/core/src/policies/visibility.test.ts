import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newEvent } from '../events.ts';
import { uuidv7 } from '../ids.ts';
import type { Principal } from '../schemas/principal.ts';
import { actorOf } from '../schemas/principal.ts';
import { analysisScope, canRead, canRecordValuation, eventAudience } from './visibility.ts';

const processId = uuidv7();
const otherProcess = uuidv7();
const ukraine = uuidv7();
const russia = uuidv7();
const mediator: Principal = { role: 'mediator', processId };
const ukraineKey: Principal = { role: 'party', processId, partyId: ukraine };
const foreignMediator: Principal = { role: 'mediator', processId: otherProcess };

function valuationEvent(partyId: string) {
  return newEvent(
    'valuation.recorded',
    {
      id: uuidv7(),
      processId,
      planId: uuidv7(),
      partyId,
      enteredBy: 'mediator',
      reservation: 0.4,
      points: [],
      note: '',
    },
    { actor: actorOf(mediator) },
  );
}

describe('visibility policy', () => {
  test('public events are readable by anyone, anonymous included', () => {
    const e = newEvent(
      'process.created',
      { id: processId, title: 'Talks', description: '', createdAt: '2025-11-20T00:00:00.000Z' },
      { actor: 'api' },
    );
    assert.deepEqual(eventAudience(e), { kind: 'public' });
    assert.equal(canRead(null, eventAudience(e)), true);
  });

  test('a valuation is read by its party and the mediator of its process, and by nobody else', () => {
    const audience = eventAudience(valuationEvent(ukraine));
    assert.equal(canRead(mediator, audience), true);
    assert.equal(canRead(ukraineKey, audience), true);
    assert.equal(canRead(null, audience), false);
    assert.equal(canRead({ role: 'party', processId, partyId: russia }, audience), false);
    assert.equal(canRead(foreignMediator, audience), false);
    // A key for the same party id in another process reads nothing here.
    assert.equal(canRead({ role: 'party', processId: otherProcess, partyId: ukraine }, audience), false);
  });

  test('a party records only its own valuation; the mediator any in its process', () => {
    assert.equal(canRecordValuation(ukraineKey, { processId, partyId: ukraine }), true);
    assert.equal(canRecordValuation(ukraineKey, { processId, partyId: russia }), false);
    assert.equal(canRecordValuation(mediator, { processId, partyId: russia }), true);
    assert.equal(canRecordValuation(foreignMediator, { processId, partyId: russia }), false);
    assert.equal(canRecordValuation(null, { processId, partyId: russia }), false);
  });

  test('analysis scope: full for the mediator, own for a party, none otherwise', () => {
    assert.equal(analysisScope(mediator, processId), 'full');
    assert.equal(analysisScope(ukraineKey, processId), 'own');
    assert.equal(analysisScope(foreignMediator, processId), 'none');
    assert.equal(analysisScope(null, processId), 'none');
  });

  test('actors name the principal', () => {
    assert.equal(actorOf(null), 'api');
    assert.equal(actorOf(mediator), `mediator:${processId}`);
    assert.equal(actorOf(ukraineKey), `party:${ukraine}`);
  });
});
