import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  emptyInvitationForm,
  formatTime,
  invitationErrorsFromProblem,
  roleName,
  statusChanges,
  toInvitationRequest,
} from './member-words.ts';

describe('member words', () => {
  test('roles with their rank', () => {
    assert.equal(roleName('mediator', 'lead'), 'Mediator (lead)');
    assert.equal(roleName('council', 'chair'), 'Council member (chair)');
    assert.equal(roleName('council', 'member'), 'Council member');
    assert.equal(roleName('delegate', null), 'Delegate');
  });

  test('an ended membership cannot change; others can be suspended, reinstated or ended', () => {
    assert.deepEqual(statusChanges('active'), ['suspended', 'ended']);
    assert.deepEqual(statusChanges('suspended'), ['active', 'ended']);
    assert.deepEqual(statusChanges('ended'), []);
  });

  test('times in UTC', () => {
    assert.equal(formatTime('2026-12-10T14:05:00.000Z'), '10 Dec 2026, 14:05 UTC');
  });
});

describe('the invitation form', () => {
  test('a delegate names its party; a mediator has a rank; a name is needed', () => {
    const r = toInvitationRequest({ ...emptyInvitationForm(), role: 'delegate' });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.ok(r.errors.partyId);
      assert.ok(r.errors.name);
    }
    const m = toInvitationRequest({ ...emptyInvitationForm(), role: 'mediator', name: 'Dan' });
    assert.equal(m.ok, false);
    if (!m.ok) assert.match(m.errors.rank ?? '', /lead or staff/);
  });

  test('what is sent: no rank or party where the role has none, hours as a number, an empty e-mail as null', () => {
    const r = toInvitationRequest({
      role: 'monitor',
      rank: 'lead',
      partyId: 'ua',
      name: '  Ceasefire monitor ',
      email: '',
      hours: '48',
    });
    assert.deepEqual(r, {
      ok: true,
      request: {
        role: 'monitor',
        rank: null,
        partyId: null,
        name: 'Ceasefire monitor',
        email: null,
        expiresInHours: 48,
      },
    });
    const d = toInvitationRequest({
      ...emptyInvitationForm(),
      partyId: 'ua',
      name: 'Kyiv team',
      email: 'a@b.example',
    });
    assert.equal(d.ok && d.request.partyId, 'ua');
    assert.equal(d.ok && d.request.email, 'a@b.example');
  });

  test('hours outside 1–720 and a malformed e-mail are refused', () => {
    for (const hours of ['0', '721', '1.5', 'x', '']) {
      const r = toInvitationRequest({ ...emptyInvitationForm(), partyId: 'ua', name: 'n', hours });
      assert.equal(r.ok, false, hours);
    }
    const e = toInvitationRequest({ ...emptyInvitationForm(), partyId: 'ua', name: 'n', email: 'nope' });
    assert.equal(e.ok, false);
  });

  test('the server’s field errors land on the form’s fields', () => {
    assert.deepEqual(
      invitationErrorsFromProblem([
        { path: 'partyId', message: 'must be a party of the same process' },
        { path: 'expiresInHours', message: 'too big' },
      ]),
      { partyId: 'must be a party of the same process', hours: 'too big' },
    );
  });
});
