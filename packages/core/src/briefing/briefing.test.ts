import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partiesAudience } from '../schemas/audience.ts';
import type { Consultation, Delivery } from '../schemas/briefing.ts';
import type { Deadline } from '../schemas/deadline.ts';
import { including } from './audience.ts';
import { deadlineState, describeTimeLeft, missedAt } from './deadline-state.ts';
import { notBriefed, receiptsOf } from './receipts.ts';
import { buildTimeline } from './timeline.ts';

const id = (n: number) => `0192f0c8-7d2a-7000-8000-${String(n).padStart(12, '0')}`;
const [UA, RU, EU, E3, US, QA] = [1, 2, 3, 4, 5, 6].map(id) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const PARTIES = [
  { id: UA, kind: 'party' as const },
  { id: RU, kind: 'party' as const },
  { id: EU, kind: 'party' as const },
  { id: E3, kind: 'party' as const },
  { id: US, kind: 'mediator' as const },
  { id: QA, kind: 'intermediary' as const },
];
const V28 = id(100);

function delivery(partyId: string, deliveredAt: string, n = 200): Delivery {
  return {
    id: id(n),
    processId: id(90),
    planId: id(91),
    versionId: V28,
    partyId,
    viaPartyId: null,
    deliveredAt,
    deliveredBy: 'US Army Secretary',
    form: 'paper',
    note: '',
    audience: partiesAudience([partyId]),
    logIndex: 1,
  };
}

function deadline(dueAt: string, extra: Partial<Deadline> = {}): Deadline {
  return {
    id: id(300),
    processId: id(90),
    versionId: null,
    title: 'Accept by Thanksgiving',
    dueAt,
    setAt: '2025-11-21T12:00:00.000Z',
    setBy: 'President Trump',
    note: '',
    moves: [],
    outcome: null,
    audience: { kind: 'public' },
    logIndex: 2,
    ...extra,
  };
}

test('the 28-point draft: Ukraine received it on 20 Nov, Russia had it, Europe and the E3 were not briefed', () => {
  const version = { id: V28, audience: partiesAudience([RU, UA, US]) };
  const receipts = receiptsOf({
    version,
    parties: PARTIES,
    deliveries: [delivery(UA, '2025-11-21T09:00:00.000Z', 201), delivery(UA, '2025-11-20T12:00:00.000Z')],
    consultations: [],
  });
  const byParty = Object.fromEntries(receipts.map((r) => [r.partyId, r]));
  assert.equal(byParty[UA]?.status, 'delivered');
  assert.equal(byParty[UA]?.at, '2025-11-20T12:00:00.000Z', 'the first delivery counts');
  assert.equal(byParty[UA]?.deliveryId, id(200));
  assert.equal(byParty[RU]?.status, 'shared');
  assert.equal(byParty[EU]?.status, 'not-received');
  assert.equal(byParty[QA]?.status, 'not-received');
  // Only negotiating parties are "not briefed"; an intermediary that never had it is just "not received".
  assert.deepEqual(notBriefed(receipts, PARTIES), [EU, E3]);
});

test('a consultation on a version briefs the parties present; an open version is open to all', () => {
  const consultation: Consultation = {
    id: id(400),
    processId: id(90),
    kind: 'meeting',
    heldAt: '2025-11-23T10:00:00.000Z',
    title: 'Geneva',
    partyIds: [E3],
    viaPartyId: null,
    versionId: V28,
    participants: '',
    place: 'Geneva',
    summary: '',
    audience: partiesAudience([E3]),
    logIndex: 3,
  };
  const receipts = receiptsOf({
    version: { id: V28, audience: partiesAudience([RU]) },
    parties: PARTIES,
    deliveries: [],
    consultations: [consultation],
  });
  assert.equal(receipts.find((r) => r.partyId === E3)?.status, 'consulted');
  assert.deepEqual(notBriefed(receipts, PARTIES), [UA, EU]);
  const open = receiptsOf({
    version: { id: V28, audience: { kind: 'process' } },
    parties: PARTIES,
    deliveries: [],
    consultations: [],
  });
  assert.ok(open.every((r) => r.status === 'open'));
  assert.deepEqual(notBriefed(open, PARTIES), []);
});

test('a delivery widens a party audience and leaves public and whole-process audiences as they are', () => {
  assert.deepEqual(including(partiesAudience([RU]), [UA]), partiesAudience([RU, UA]));
  assert.deepEqual(including(partiesAudience([UA]), [UA]), partiesAudience([UA]));
  assert.deepEqual(including({ kind: 'process' }, [UA]), { kind: 'process' });
});

test('a deadline runs, is missed once the clock passes it, and met or lifted is final', () => {
  const thanksgiving = deadline('2025-11-27T23:59:00.000Z');
  const before = deadlineState(thanksgiving, new Date('2025-11-24T23:59:00.000Z'));
  assert.deepEqual(before, { status: 'running', dueAt: thanksgiving.dueAt, msLeft: 3 * 86_400_000 });
  assert.equal(describeTimeLeft(3 * 86_400_000), '3 days left');
  assert.equal(describeTimeLeft(86_400_000 + 5), '1 day left');
  assert.equal(describeTimeLeft(5 * 3_600_000), '5 hours left');
  assert.equal(describeTimeLeft(59_000), 'due now');
  const after = deadlineState(thanksgiving, new Date('2025-11-28T00:00:00.000Z'));
  assert.equal(after.status, 'missed');
  assert.equal(missedAt(thanksgiving, new Date('2025-11-28T00:00:00.000Z')), thanksgiving.dueAt);
  assert.equal(missedAt(thanksgiving, new Date('2025-11-27T00:00:00.000Z')), null);
  const lifted = deadline(thanksgiving.dueAt, {
    outcome: { kind: 'lifted', at: '2025-11-25T12:00:00.000Z', note: "the deadline is when it's over" },
  });
  assert.deepEqual(deadlineState(lifted, new Date('2026-01-01T00:00:00.000Z')), {
    status: 'lifted',
    at: '2025-11-25T12:00:00.000Z',
    missedFirst: false,
  });
  assert.equal(missedAt(lifted, new Date('2026-01-01T00:00:00.000Z')), null, 'lifted before it passed');
  const late = deadline(thanksgiving.dueAt, {
    outcome: { kind: 'met', at: '2025-11-29T00:00:00.000Z', note: 'accepted' },
  });
  assert.deepEqual(deadlineState(late, new Date('2026-01-01T00:00:00.000Z')), {
    status: 'met',
    at: '2025-11-29T00:00:00.000Z',
    late: true,
  });
});

test('the timeline is in date order, with each deadline set, moved, missed and closed, and missed read from now', () => {
  const moved = deadline('2025-12-31T23:59:00.000Z', {
    moves: [
      {
        at: '2025-11-28T12:00:00.000Z',
        from: '2025-11-27T23:59:00.000Z',
        to: '2025-12-31T23:59:00.000Z',
        reason: 'a deal by the end of the year',
      },
    ],
  });
  const items = buildTimeline(
    {
      versions: [
        { id: V28, planId: id(91), label: '28 points', issuedOn: '2025-11-20' },
        { id: id(101), planId: id(91), label: 'undated', issuedOn: null },
      ],
      deliveries: [delivery(UA, '2025-11-20T12:00:00.000Z')],
      consultations: [],
      statements: [],
      deadlines: [moved],
    },
    new Date('2026-02-01T00:00:00.000Z'),
  );
  assert.deepEqual(
    items.map((i) =>
      i.kind === 'deadline' ? `${i.happened} ${i.at.slice(0, 10)}` : `${i.kind} ${i.at.slice(0, 10)}`,
    ),
    [
      'version-issued 2025-11-20',
      'delivery 2025-11-20',
      'set 2025-11-21',
      'missed 2025-11-27',
      'moved 2025-11-28',
      'missed 2025-12-31',
    ],
  );
  const early = buildTimeline(
    { versions: [], deliveries: [], consultations: [], statements: [], deadlines: [moved] },
    new Date('2025-12-01T00:00:00.000Z'),
  );
  assert.equal(early.filter((i) => i.kind === 'deadline' && i.happened === 'missed').length, 1);
});
