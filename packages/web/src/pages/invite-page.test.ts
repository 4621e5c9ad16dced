import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { InvitationOffer } from '../api/invitations.ts';
import { checkNewcomer, explainInvitationProblem, InviteView, invitationToken } from './invite-page.tsx';

const token = `ci_${'b'.repeat(43)}`;
const offer: InvitationOffer = {
  processId: 'p1',
  processTitle: 'Russia–Ukraine 2025',
  role: 'delegate',
  rank: null,
  partyId: 'ua',
  partyName: 'Ukraine',
  name: 'Rustem Umerov',
  expiresAt: '2025-11-27T12:00:00.000Z',
};
const noop = () => {};

describe('the invitation page', () => {
  test('reads only a well-formed ci_ token', () => {
    assert.equal(invitationToken(`#${token}`), token);
    assert.equal(invitationToken(`#cl_${'b'.repeat(43)}`), null);
  });

  test('shows the offer and, for the public, a newcomer form', () => {
    const html = renderToStaticMarkup(
      createElement(InviteView, {
        token,
        offer: { state: 'ok', offer },
        session: { state: 'ok', principal: null },
        onAccepted: noop,
      }),
    );
    assert.match(html, /<h1>Invitation to a peace process<\/h1>/);
    assert.match(html, /invites you to take part/);
    assert.match(html, /Russia–Ukraine 2025/);
    assert.match(html, /data-testid="invite-role">Delegate of Ukraine</);
    assert.match(html, /Rustem Umerov/);
    assert.match(html, /27 Nov 2025/);
    assert.match(html, /data-testid="invite-newcomer"/);
    assert.match(html, /value="Rustem Umerov"/);
    assert.match(html, /Accept and create my account/);
  });

  test('a signed-in person accepts as themself', () => {
    const html = renderToStaticMarkup(
      createElement(InviteView, {
        token,
        offer: { state: 'ok', offer },
        session: {
          state: 'ok',
          principal: {
            accountId: 'a',
            name: 'Dana',
            via: 'session',
            mayOpenProcesses: false,
            memberships: [],
          },
        },
        onAccepted: noop,
      }),
    );
    assert.match(html, /data-testid="invite-accept"[^>]*>Accept as Dana</);
    assert.doesNotMatch(html, /invite-newcomer/);
  });

  test('a used or expired invitation says to ask the mediator; no token says how to open it', () => {
    assert.equal(
      explainInvitationProblem({
        type: 'https://concord.dev/problems/invitation-expired',
        title: 'Gone',
        status: 410,
      }),
      'This invitation was used or has expired; ask the mediator for a new one.',
    );
    const gone = renderToStaticMarkup(
      createElement(InviteView, {
        token,
        offer: { state: 'error', problem: { type: 'about:blank', title: 'Gone', status: 410 } },
        session: { state: 'ok', principal: null },
        onAccepted: noop,
      }),
    );
    assert.match(
      gone,
      /role="alert"[^>]*>This invitation was used or has expired; ask the mediator for a new one\./,
    );
    const none = renderToStaticMarkup(
      createElement(InviteView, {
        token: null,
        offer: { state: 'loading' },
        session: { state: 'loading' },
        onAccepted: noop,
      }),
    );
    assert.match(none, /This address holds no invitation/);
  });

  test('the newcomer form is checked before it is sent', () => {
    const ok = {
      name: 'Dana',
      handle: 'dana.k',
      password: 'correct horse battery',
      again: 'correct horse battery',
    };
    assert.equal(checkNewcomer(ok), null);
    assert.match(checkNewcomer({ ...ok, name: ' ' }) ?? '', /your name/);
    assert.match(checkNewcomer({ ...ok, handle: 'a b' }) ?? '', /handle/);
    assert.match(checkNewcomer({ ...ok, password: 'short', again: 'short' }) ?? '', /at least 10/);
    assert.match(checkNewcomer({ ...ok, again: 'other' }) ?? '', /differ/);
  });
});
