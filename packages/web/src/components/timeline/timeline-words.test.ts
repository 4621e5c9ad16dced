import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Receipt, TimelineItem } from '@concord/core';
import { receiptWords } from '../deliveries/briefing-words.ts';
import { stateWords } from './deadlines.tsx';
import { localNow, toUtc } from './time-input.ts';
import { itemKey, itemKind, itemText } from './timeline-words.ts';

const UA = '0192f0c8-7d2a-7000-8000-000000000001';
const name = (id: string) => (id === UA ? 'Ukraine' : 'another party');

test('a receipt in words: received when, from whom and how; or not received', () => {
  const delivered: Receipt = {
    partyId: UA,
    status: 'delivered',
    at: '2025-11-20T12:00:00.000Z',
    deliveryId: UA,
    deliveredBy: 'US Army Secretary Dan Driscoll',
    form: 'paper',
  };
  assert.equal(
    receiptWords(delivered),
    'received 20 Nov 2025, from US Army Secretary Dan Driscoll, on paper',
  );
  const none = { ...delivered, status: 'not-received' as const, at: null, deliveredBy: null, form: null };
  assert.equal(receiptWords(none), 'not received');
});

test('a deadline in words, from the state the server computed (never this browser’s clock)', () => {
  assert.equal(
    stateWords({ status: 'running', dueAt: '2025-11-27T23:59:00.000Z', msLeft: 3 * 86_400_000 + 5 }),
    '3 days left',
  );
  assert.equal(
    stateWords({ status: 'missed', dueAt: '2025-12-31T23:59:00.000Z', msOver: 1 }),
    'missed (due 31 Dec 2025)',
  );
  assert.equal(
    stateWords({ status: 'lifted', at: '2025-11-25T18:00:00.000Z', missedFirst: false }),
    'lifted 25 Nov 2025',
  );
  assert.equal(
    stateWords({ status: 'met', at: '2025-11-29T00:00:00.000Z', late: true }),
    'met late, 29 Nov 2025',
  );
});

test('timeline items in words, each with its own key', () => {
  const delivery: TimelineItem = {
    kind: 'delivery',
    at: '2025-11-20T12:00:00.000Z',
    delivery: {
      id: UA,
      processId: UA,
      planId: UA,
      versionId: UA,
      partyId: UA,
      viaPartyId: null,
      deliveredAt: '2025-11-20T12:00:00.000Z',
      deliveredBy: 'the Army Secretary',
      form: 'oral-briefing',
      note: '',
      audience: { kind: 'parties', partyIds: [UA] },
      logIndex: 3,
    },
  };
  assert.equal(itemKind(delivery), 'Delivered');
  assert.equal(itemText(delivery, name), 'Handed to Ukraine by the Army Secretary, in an oral briefing');
  assert.equal(itemKey(delivery), `d-${UA}`);
});

test('the time fields are UTC', () => {
  assert.equal(localNow(new Date('2025-11-20T12:34:56.000Z')), '2025-11-20T12:34');
  assert.equal(toUtc('2025-11-20T12:34'), '2025-11-20T12:34:00.000Z');
  assert.equal(toUtc('garbage'), 'garbage');
});

test('a deadline set and later moved reads as it was set; a miss names the day that passed', () => {
  const deadline = {
    id: UA,
    processId: UA,
    versionId: null,
    title: 'Accept by Thanksgiving',
    dueAt: '2025-12-31T23:59:00.000Z',
    setAt: '2025-11-21T20:00:00.000Z',
    setBy: 'President Trump',
    note: '',
    moves: [
      {
        at: '2025-11-25T18:00:00.000Z',
        from: '2025-11-27T23:59:00.000Z',
        to: '2025-12-31T23:59:00.000Z',
        reason: 'softened',
      },
    ],
    outcome: null,
    audience: { kind: 'public' as const },
    logIndex: 9,
  };
  const set: TimelineItem = { kind: 'deadline', at: deadline.setAt, happened: 'set', deadline, move: null };
  assert.equal(itemText(set, name), 'Accept by Thanksgiving, due 27 Nov 2025 (set by President Trump)');
  const missed: TimelineItem = {
    kind: 'deadline',
    at: deadline.dueAt,
    happened: 'missed',
    deadline,
    move: null,
  };
  assert.equal(itemText(missed, name), 'Accept by Thanksgiving: 31 Dec 2025 passed without it being met');
  assert.notEqual(itemKey(set), itemKey(missed));
});
