// The log register's words for every event type, with names the reader may read and without the ones it may not.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ConcordEvent, EVENT_TYPES } from '@concord/core';
import { accountKeyFingerprint } from '@concord/core/signatures';
import { ed25519PublicKey, toBase64 } from '@concord/ledger';
import { type EntryNames, entryWords } from './entry-words.ts';

const P = '01900000-0000-7000-8000-000000000001'; // process
const PLAN = '01900000-0000-7000-8000-000000000002';
const V = '01900000-0000-7000-8000-000000000003'; // version
// An Ed25519 public key (base64 of its 32 bytes), as key events carry it, and the two groups of its fingerprint
// that the words show.
const KEY = toBase64(ed25519PublicKey(new Uint8Array(32).fill(7)));
const KEY_WORDS = accountKeyFingerprint(KEY).split(' ').slice(0, 2).join(' ');
const PT = '01900000-0000-7000-8000-000000000004'; // point
const UA = '01900000-0000-7000-8000-000000000005'; // party
const M = '01900000-0000-7000-8000-000000000006'; // membership
const ACTOR = `account:01900000-0000-7000-8000-000000000007/membership:${M}`;
const scope = { processId: P, subjectId: V, audience: { kind: 'process' } };

/** Everything visible: the reader of a process who may read all of it. */
const all: EntryNames = {
  actor: (a) => (a === ACTOR ? 'US mediation' : 'Someone'),
  process: (id) => (id === P ? 'Russia–Ukraine' : null),
  plan: (id) => (id === PLAN ? 'Peace framework' : null),
  version: (id) => (id === V ? 'December framework' : null),
  point: (id) => (id === PT ? { number: '4', versionId: V } : null),
  party: (id) => (id === UA ? 'Ukraine' : null),
};
/** Nothing but the actor: what the words say about objects the reader may not read. */
const none: EntryNames = {
  actor: all.actor,
  process: () => null,
  plan: () => null,
  version: () => null,
  point: () => null,
  party: () => null,
};

const ev = (type: string, data: object, extra: object = {}) =>
  ({ v: 1, id: 'e', type, at: '2025-12-10T10:00:00Z', actor: ACTOR, scope, data, ...extra }) as ConcordEvent;

// One event per type and the words expected for it, all names visible.
const CASES: Record<string, [ConcordEvent, string]> = {
  'process.created': [
    ev('process.created', { id: P, title: 'x' }),
    'US mediation opened the process “Russia–Ukraine”',
  ],
  'process.updated': [
    ev('process.updated', { id: P, changes: {} }),
    'US mediation changed the process “Russia–Ukraine” in “Russia–Ukraine”',
  ],
  'party.created': [
    ev('party.created', { id: UA, processId: P }),
    'US mediation added the party “Ukraine” in “Russia–Ukraine”',
  ],
  'party.updated': [
    ev('party.updated', { id: UA, changes: {} }),
    'US mediation changed the party “Ukraine” in “Russia–Ukraine”',
  ],
  'plan.created': [
    ev('plan.created', { id: PLAN }),
    'US mediation started the plan “Peace framework” in “Russia–Ukraine”',
  ],
  'plan.updated': [
    ev('plan.updated', { id: PLAN, changes: {} }),
    'US mediation changed the plan “Peace framework” in “Russia–Ukraine”',
  ],
  'version.created': [
    ev('version.created', {
      version: { id: V, planId: PLAN },
      points: [{ parentPointId: null }, { parentPointId: PT }, { parentPointId: null }],
      commitments: [],
    }),
    'US mediation created version “December framework” of the plan “Peace framework” with 2 points in “Russia–Ukraine”',
  ],
  'version.updated': [
    ev('version.updated', { id: V, changes: { label: 'x', note: '' } }),
    'US mediation changed version “December framework” (label, note) in “Russia–Ukraine”',
  ],
  'point.created': [
    ev('point.created', { id: PT, versionId: V }),
    'US mediation added point 4 of “December framework” in “Russia–Ukraine”',
  ],
  'point.updated': [
    ev('point.updated', { id: PT, changes: { text: { en: 'x' } } }),
    'US mediation amended point 4 of “December framework” in “Russia–Ukraine”',
  ],
  'point.removed': [
    ev('point.removed', { id: PT }),
    'US mediation removed point 4 of “December framework” in “Russia–Ukraine”',
  ],
  'version.withdrawn': [
    ev('version.withdrawn', { id: V, reason: 'r' }),
    'US mediation withdrew version “December framework” in “Russia–Ukraine”',
  ],
  'commitment.created': [
    ev('commitment.created', { id: 'c', versionId: V, pointId: PT }),
    'US mediation added a commitment to point 4 of “December framework” in “Russia–Ukraine”',
  ],
  'commitment.updated': [
    ev('commitment.updated', { id: 'c', changes: {} }),
    'US mediation changed a commitment of version “December framework” in “Russia–Ukraine”',
  ],
  'commitment.removed': [
    ev('commitment.removed', { id: 'c' }),
    'US mediation removed a commitment from version “December framework” in “Russia–Ukraine”',
  ],
  'valuation.recorded': [
    ev('valuation.recorded', { planId: PLAN, partyId: UA }),
    'US mediation recorded Ukraine’s confidential valuation of plan “Peace framework” in “Russia–Ukraine”',
  ],
  'position.recorded': [
    ev('position.recorded', { versionId: V, pointId: PT, partyId: UA, stance: 'red-line', published: true }),
    'US mediation recorded Ukraine’s position (red line) on point 4 of “December framework”, published in “Russia–Ukraine”',
  ],
  'position.published': [
    ev('position.published', { versionId: V, pointId: PT, partyId: UA, stance: 'rejects', published: true }),
    'US mediation published Ukraine’s position (rejects) on point 4 of “December framework” in “Russia–Ukraine”',
  ],
  'membership.granted': [
    ev('membership.granted', { name: 'Olena', role: 'delegate', partyId: UA }),
    'US mediation made Olena a delegate for Ukraine in “Russia–Ukraine”',
  ],
  'membership.changed': [
    ev('membership.changed', { id: M, status: 'suspended' }),
    'US mediation set a membership to suspended in “Russia–Ukraine”',
  ],
  'audience.changed': [
    ev('audience.changed', { subject: 'version', id: V }),
    'US mediation shared the version “December framework” more widely in “Russia–Ukraine”',
  ],
  'version.delivered': [
    ev('version.delivered', { versionId: V, partyId: UA, deliveredBy: 'the Army Secretary' }),
    'US mediation handed version “December framework” to Ukraine (delivered by the Army Secretary) in “Russia–Ukraine”',
  ],
  'consultation.recorded': [
    ev('consultation.recorded', { kind: 'meeting', title: 'Geneva talks' }),
    'US mediation recorded a meeting “Geneva talks” in “Russia–Ukraine”',
  ],
  'statement.recorded': [
    ev('statement.recorded', { speaker: 'Peskov' }),
    'US mediation recorded a statement by Peskov in “Russia–Ukraine”',
  ],
  'deadline.set': [
    ev('deadline.set', { title: 'Thanksgiving' }),
    'US mediation set the deadline “Thanksgiving” in “Russia–Ukraine”',
  ],
  'deadline.moved': [
    ev('deadline.moved', { to: '2025-12-31T00:00:00Z' }),
    'US mediation moved a deadline to 2025-12-31 in “Russia–Ukraine”',
  ],
  'deadline.closed': [
    ev('deadline.closed', { outcome: 'lifted' }),
    'US mediation closed a deadline (lifted) in “Russia–Ukraine”',
  ],
  'acceptability.marked': [
    ev('acceptability.marked', { versionId: V, partyId: UA }),
    'US mediation sealed Ukraine’s marks on version “December framework” in “Russia–Ukraine”',
  ],
  'council.created': [
    ev('council.created', { name: 'Peace Council' }),
    'US mediation set up the council “Peace Council” in “Russia–Ukraine”',
  ],
  'council.member-added': [
    ev('council.member-added', { name: 'E3', role: 'member' }),
    'US mediation seated E3 on a council as member in “Russia–Ukraine”',
  ],
  'motion.opened': [
    ev('motion.opened', { title: 'Snapback' }),
    'US mediation opened the motion “Snapback” in “Russia–Ukraine”',
  ],
  'vote.cast': [
    ev('vote.cast', { choice: 'for' }),
    'US mediation cast a vote (for) on a motion in “Russia–Ukraine”',
  ],
  'motion.closed': [
    ev('motion.closed', { outcome: { result: 'passed' } }),
    'US mediation closed a motion (passed) in “Russia–Ukraine”',
  ],
  'commitment.tracked': [
    ev('commitment.tracked', { versionId: V }),
    'US mediation put a commitment of version “December framework” under tracking in “Russia–Ukraine”',
  ],
  'commitment.status-set': [
    ev('commitment.status-set', { score: 2, on: '2026-01-10' }),
    'US mediation rated a commitment 2 of 3 (intermediate) from 2026-01-10 in “Russia–Ukraine”',
  ],
  'fund.created': [
    ev('fund.created', { name: 'Gaza reconstruction' }),
    'US mediation set up the fund “Gaza reconstruction” in “Russia–Ukraine”',
  ],
  'fund.pledged': [
    ev('fund.pledged', { amount: 10_000_000_000_000, currency: 'USD', donorName: 'European Union' }),
    'US mediation recorded a pledge of 100,000,000,000.00 USD by European Union in “Russia–Ukraine”',
  ],
  'fund.paid': [
    ev('fund.paid', { amount: 1500, currency: 'JPY', donor: 'japan', flagged: true }),
    'US mediation recorded a payment of 1,500 JPY by japan, above its pledges (flagged) in “Russia–Ukraine”',
  ],
  'fund.allocated': [
    ev('fund.allocated', { amount: 5, currency: 'EUR', projectName: 'Housing' }),
    'US mediation allocated 0.05 EUR to the project Housing in “Russia–Ukraine”',
  ],
  'fund.disbursed': [
    ev('fund.disbursed', {
      amount: 100,
      currency: 'USD',
      project: 'housing',
      statusFound: 2,
      condition: { minStatus: 2 },
    }),
    'US mediation disbursed 1.00 USD to the project housing (its commitment at 2 of 3, 2 required) in “Russia–Ukraine”',
  ],
  'milestone.recorded': [
    ev('milestone.recorded', { label: 'Signature', occurredAt: '2025-10-13T10:00:00.000Z' }),
    'US mediation recorded the milestone “Signature” (2025-10-13) in “Russia–Ukraine”',
  ],
  'incident.reported': [
    ev('incident.reported', {
      incident: { subEventType: 'Armed clash', eventDate: '2025-10-19', location: { name: 'Rafah' } },
    }),
    'US mediation reported an incident (Armed clash, Rafah, 2025-10-19) in “Russia–Ukraine”',
  ],
  'incident.status-changed': [
    ev('incident.status-changed', { from: 'corroborated', to: 'verified', reason: 'crater analysis' }),
    'US mediation marked an incident verified (was corroborated): “crater analysis” in “Russia–Ukraine”',
  ],
  'restriction.recorded': [
    ev('restriction.recorded', { restriction: { kind: 'denied', date: '2025-10-22' } }),
    "US mediation recorded a restriction of the monitors' movement (denied, 2025-10-22) in “Russia–Ukraine”",
  ],
  'report.filed': [
    ev('report.filed', { report: { from: '2025-10-13', to: '2025-10-19' } }),
    'US mediation filed a monitoring report for 2025-10-13 to 2025-10-19 in “Russia–Ukraine”',
  ],
  'guarantee.rules-set': [
    ev('guarantee.rules-set', { rules: { rules: [{ id: 'GAZA-4-17' }] } }),
    'US mediation set the guarantee rules (GAZA-4-17) in “Russia–Ukraine”',
  ],
  'guarantee.notified': [
    ev('guarantee.notified', { by: 'Ukraine', against: 'Russia' }),
    'US mediation recorded a notification by Ukraine against Russia in “Russia–Ukraine”',
  ],
  'guarantee.finding-recorded': [
    ev('guarantee.finding-recorded', { outcome: 'delay-found', result: 'passed', case: 'GAZA-4-17#1' }),
    "US mediation entered the council's finding “delay-found” (motion passed) in case GAZA-4-17#1 in “Russia–Ukraine”",
  ],
  'guarantee.case-changed': [
    ev('guarantee.case-changed', {
      case: 'GAZA-4-17#1',
      change: { kind: 'defaulted', step: 'notice', at: '2025-10-14T09:00:00.000Z' },
    }),
    'US mediation logged that case GAZA-4-17#1 reached the deadline of notice (default outcome) on 2025-10-14 in “Russia–Ukraine”',
  ],
  'key.registered': [
    ev('key.registered', { publicKey: KEY }),
    `US mediation registered the signing key ${KEY_WORDS} in “Russia–Ukraine”`,
  ],
  'key.rotated': [
    ev('key.rotated', { publicKey: KEY }),
    `US mediation replaced a signing key with ${KEY_WORDS}, approved by the old key in “Russia–Ukraine”`,
  ],
  'key.revoked': [
    ev('key.revoked', { reason: 'laptop lost' }),
    'US mediation revoked a signing key (“laptop lost”) in “Russia–Ukraine”',
  ],
  'copy.released': [
    ev('copy.released', { versionId: V, recipient: { partyId: UA, accountId: null } }),
    'US mediation released a copy of version “December framework” to Ukraine in “Russia–Ukraine”',
  ],
  'version.signed': [
    ev('version.signed', { versionId: V, partyId: UA }),
    'US mediation signed version “December framework” for Ukraine in “Russia–Ukraine”',
  ],
};

describe('entryWords', () => {
  test('every event type of core has its own words (no generic fallback)', () => {
    for (const type of EVENT_TYPES) assert.ok(CASES[type], `no case for ${type}`);
  });

  for (const [type, [event, words]] of Object.entries(CASES)) {
    test(type, () => assert.equal(entryWords(event, all), words));
  }

  test('the issue’s example: who amended which point of which version of which process', () => {
    const [event] = CASES['point.updated'] ?? [];
    assert.ok(event);
    assert.equal(
      entryWords(event, all),
      'US mediation amended point 4 of “December framework” in “Russia–Ukraine”',
    );
  });

  test('a renumbering and other changes say so', () => {
    const renumber = ev('point.updated', { id: PT, changes: { number: '5' } });
    assert.equal(
      entryWords(renumber, all),
      'US mediation renumbered point 4 of “December framework” (now 5) in “Russia–Ukraine”',
    );
    const other = ev('point.updated', { id: PT, changes: { categories: [], note: 'n' } });
    assert.match(entryWords(other, all), /changed point 4 .*\(categories, note\)/);
  });

  test('objects the reader may not read are named by their kind only', () => {
    for (const [type, [event]] of Object.entries(CASES)) {
      const words = entryWords(event, none);
      for (const secret of [
        'Russia–Ukraine',
        'Peace framework',
        'December framework',
        'Ukraine’s',
        'point 4',
      ])
        assert.ok(!words.includes(secret), `${type}: ${words}`);
    }
    const [edit] = CASES['point.updated'] ?? [];
    assert.ok(edit);
    assert.equal(entryWords(edit, none), 'US mediation amended a point');
  });

  test('the operator and actors that name no membership', () => {
    const names = { ...all, actor: (a: string) => (a === 'operator' ? 'The operator' : 'Someone') };
    const [event] = CASES['plan.created'] ?? [];
    assert.ok(event);
    assert.match(entryWords({ ...event, actor: 'operator' }, names), /^The operator started/);
    assert.match(entryWords({ ...event, actor: 'api' }, names), /^Someone started/);
  });
});
