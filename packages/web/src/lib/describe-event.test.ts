import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paths } from '../router/routes.ts';
import { describeEvent } from './describe-event.ts';

describe('describeEvent', () => {
  test('a name with hidden characters (an entry older than safe text) shows them as escapes', () => {
    assert.equal(
      describeEvent({ type: 'party.created', data: { name: 'Qat\u202Eray', processId: 'p1' } }).text,
      'the creation of party “Qat⟦U+202E⟧ray”',
    );
    assert.equal(
      describeEvent({ type: 'process.created', data: { id: 'p1', title: 'اتفاق السلام' } }).text,
      'the creation of process “اتفاق السلام”',
    );
  });

  test('names what was created and links to its page', () => {
    assert.deepEqual(describeEvent({ type: 'process.created', data: { id: 'p1', title: 'Gaza 2025' } }), {
      text: 'the creation of process “Gaza 2025”',
      href: '/processes/p1',
    });
    assert.deepEqual(
      describeEvent({
        type: 'version.created',
        data: {
          version: { id: 'v1', label: 'E3 counter-draft' },
          points: [{ parentPointId: null }, { parentPointId: null }, { parentPointId: 'a' }],
          commitments: [],
        },
      }),
      {
        text: 'the creation of version “E3 counter-draft” with 2 points and 1 sub-point',
        href: '/versions/v1',
      },
    );
    assert.deepEqual(describeEvent({ type: 'party.created', data: { name: 'Qatar', processId: 'p1' } }), {
      text: 'the creation of party “Qatar”',
      href: '/processes/p1',
    });
  });

  test('changes link where the event says enough', () => {
    assert.deepEqual(describeEvent({ type: 'plan.updated', data: { id: 'pl', changes: {} } }), {
      text: 'a change to a plan',
      href: '/plans/pl',
    });
    assert.deepEqual(describeEvent({ type: 'point.updated', data: { id: 'pt', changes: {} } }), {
      text: 'a change to a point',
      href: null,
    });
  });

  test('a withdrawal says why and links to the version; a removed point has no page to link', () => {
    assert.deepEqual(
      describeEvent({ type: 'version.withdrawn', data: { id: 'v1', reason: 'Superseded\u202E by Geneva' } }),
      { text: 'the withdrawal of a version: Superseded⟦U+202E⟧ by Geneva', href: '/versions/v1' },
    );
    assert.deepEqual(describeEvent({ type: 'point.removed', data: { id: 'p1' } }), {
      text: 'the removal of a point from a working draft',
      href: null,
    });
  });

  test('signing keys and signatures: what happened, the revocation’s reason revealed, the version linked', () => {
    assert.equal(
      describeEvent({ type: 'key.registered', data: {} }).text,
      'a signing key registered for an account',
    );
    assert.equal(
      describeEvent({ type: 'key.rotated', data: {} }).text,
      'a signing key replaced by a new one, approved by the old key',
    );
    assert.deepEqual(describeEvent({ type: 'key.revoked', data: { reason: 'lost\u202E' } }), {
      text: 'a signing key revoked: lost⟦U+202E⟧',
      href: null,
    });
    assert.deepEqual(describeEvent({ type: 'version.signed', data: { versionId: 'v1' } }), {
      text: 'a signature on an agreed version, for a party',
      href: '/versions/v1',
    });
  });

  test('malformed or unknown events are described, never a crash', () => {
    assert.equal(describeEvent(null).text, 'an event of unknown type');
    assert.equal(describeEvent({ type: 42 }).text, 'an event of unknown type');
    assert.deepEqual(describeEvent({ type: 'witness.cosigned' }), {
      text: 'a witness.cosigned event',
      href: null,
    });
    assert.deepEqual(describeEvent({ type: 'version.created', data: 'x' }), {
      text: 'the creation of a version',
      href: null,
    });
  });

  test('a readable valuation names no values and links to its plan', () => {
    assert.deepEqual(
      describeEvent({
        type: 'valuation.recorded',
        data: { id: 'val1', planId: 'plan1', partyId: 'ua', reservation: 0.4, points: [] },
      }),
      { text: 'a party’s confidential valuation of a plan', href: '/plans/plan1' },
    );
  });

  test('a readable position says its stance and whether it is published, and links to its version', () => {
    assert.deepEqual(
      describeEvent({
        type: 'position.recorded',
        data: { id: 'pos1', versionId: 'v1', stance: 'red-line', published: true },
      }),
      { text: 'a party’s position on a point (red line), published', href: '/versions/v1' },
    );
    assert.equal(
      describeEvent({
        type: 'position.recorded',
        data: { versionId: 'v1', stance: 'rejects', published: false },
      }).text,
      'a party’s position on a point (rejects)',
    );
  });

  test('sealed marks (read by the party’s own delegates only) name no wording and link to their version', () => {
    assert.deepEqual(
      describeEvent({
        type: 'acceptability.marked',
        data: {
          id: 'm1',
          versionId: 'v1',
          partyId: 'ua',
          points: [{ lineageId: 'l', wordings: { v1: true } }],
        },
      }),
      { text: 'your party’s sealed marks on a version', href: '/versions/v1' },
    );
  });
});

describe('describeEvent: people and sharing', () => {
  test('a membership granted names the person and role; a change says what happened', () => {
    const granted = describeEvent({
      type: 'membership.granted',
      data: { id: 'm1', processId: 'p1', role: 'delegate', name: 'Kyiv team' },
    });
    assert.equal(granted.text, 'a new membership: delegate “Kyiv team”');
    assert.equal(granted.href, '/processes/p1');
    assert.equal(
      describeEvent({ type: 'membership.changed', data: { id: 'm1', status: 'suspended', reason: 'r' } })
        .text,
      'a membership suspended',
    );
  });

  test('an audience change links to what was shared', () => {
    const d = describeEvent({
      type: 'audience.changed',
      data: {
        subject: 'version',
        id: 'v1',
        audience: { kind: 'parties', partyIds: ['a', 'b'] },
        reason: 'r',
      },
    });
    assert.equal(d.text, 'a version shared more widely (now the mediators and 2 parties)');
    assert.equal(d.href, '/versions/v1');
  });
});

test('deliveries, consultations, statements and deadlines in words, linked to their version or process', () => {
  const versionId = '0192f0c8-7d2a-7000-8000-000000000001';
  const processId = '0192f0c8-7d2a-7000-8000-000000000002';
  assert.deepEqual(
    describeEvent({ type: 'version.delivered', data: { versionId, deliveredBy: 'the Army Secretary' } }),
    { text: 'a version handed to a party by the Army Secretary', href: paths.version(versionId) },
  );
  assert.equal(
    describeEvent({ type: 'consultation.recorded', data: { processId, title: 'Geneva talks' } }).text,
    'a meeting or call: Geneva talks',
  );
  assert.equal(
    describeEvent({ type: 'statement.recorded', data: { processId, speaker: 'Axios' } }).text,
    'a public statement by Axios',
  );
  assert.equal(
    describeEvent({ type: 'deadline.closed', data: { outcome: 'lifted' } }).text,
    'a deadline lifted',
  );
  test('a council, its seats, motions and votes link to the council page of the process', () => {
    const scope = { processId: 'p1', subjectId: 'c1', audience: { kind: 'public' } };
    assert.deepEqual(describeEvent({ type: 'council.created', scope, data: { name: 'Board of Peace' } }), {
      text: 'a council set up: Board of Peace',
      href: '/processes/p1/council',
    });
    assert.equal(
      describeEvent({ type: 'vote.cast', scope, data: { choice: 'against' } }).text,
      'a vote cast on a motion (against)',
    );
    assert.equal(
      describeEvent({ type: 'motion.closed', scope, data: { outcome: { result: 'no-quorum' } } }).text,
      'a motion closed: no quorum',
    );
    assert.equal(describeEvent({ type: 'motion.opened', data: {} }).href, null);
  });
});

test('implementation entries link to the implementation page of their process', () => {
  const scope = { processId: 'p1' };
  assert.deepEqual(describeEvent({ type: 'commitment.tracked', scope, data: { versionId: 'v1' } }), {
    text: 'a commitment put under implementation tracking',
    href: '/processes/p1/implementation',
  });
  assert.deepEqual(
    describeEvent({ type: 'commitment.status-set', scope, data: { score: 2, on: '2025-10-13' } }),
    {
      text: "a commitment's status set to 2 of 3 from 2025-10-13",
      href: '/processes/p1/implementation',
    },
  );
  assert.deepEqual(
    describeEvent({ type: 'milestone.recorded', data: { processId: 'p1', label: 'Signed' } }),
    {
      text: 'a milestone recorded: Signed',
      href: '/processes/p1/implementation',
    },
  );
});
