// The members section as the server's abilities shape it: nothing without read-members, the list for members,
// changes only on memberships the reader may manage, invitations for those who manage members, and the new
// link shown once (the list of invitations never carries one).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { InvitationSummary, Member } from '../lib/people-types.ts';
import { InvitationList, IssuedLink, MembersSection, MembersTable } from './members-section.tsx';

const parties = [{ id: 'ua', name: 'Ukraine' }];
const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

const member = (id: string, extra: Partial<Member> = {}): Member => ({
  id,
  accountId: `acc-${id}`,
  name: `Person ${id}`,
  role: 'delegate',
  rank: null,
  partyId: 'ua',
  partyName: 'Ukraine',
  status: 'active',
  since: '2025-11-20T10:00:00.000Z',
  abilities: { manage: false },
  ...extra,
});

describe('MembersSection', () => {
  test('nothing without read-members', () => {
    const html = renderToStaticMarkup(
      createElement(MembersSection, {
        processId: 'p1',
        abilities: { read: true, 'manage-members': true },
        parties,
      }),
    );
    assert.equal(html, '');
  });

  test('a member sees the list, but no invitations without manage-members', () => {
    const html = renderToStaticMarkup(
      createElement(MembersSection, {
        processId: 'p1',
        abilities: { read: true, 'read-members': true },
        parties,
      }),
    );
    assert.match(html, /data-testid="members"/);
    assert.match(html, /Only members of the process see this list/);
    assert.equal(count(html, 'invitations'), 0);
    assert.equal(count(html, 'invite-form'), 0);
  });

  test('whoever manages members gets the invitation form', () => {
    const html = renderToStaticMarkup(
      createElement(MembersSection, {
        processId: 'p1',
        abilities: { 'read-members': true, 'manage-members': true },
        parties,
      }),
    );
    assert.equal(count(html, 'invitations'), 1);
    assert.equal(count(html, 'invite-form'), 1);
    assert.match(html, /Invite someone/);
    // A delegate is offered first: it names its party.
    assert.match(html, /Party they act for/);
  });
});

describe('MembersTable', () => {
  test('name, role with rank, party and status; changes only where the membership may be managed', () => {
    const html = renderToStaticMarkup(
      createElement(MembersTable, {
        members: [
          member('a', { name: 'US team', role: 'mediator', rank: 'lead', partyId: null, partyName: null }),
          member('b', { abilities: { manage: true } }),
          member('c', { status: 'suspended', abilities: { manage: true } }),
          member('d', { status: 'ended', abilities: { manage: true } }),
        ],
        onChanged: () => {},
      }),
    );
    assert.equal(count(html, 'member'), 4);
    assert.match(html, /<bdi>US team<\/bdi>/);
    assert.match(html, /Mediator \(lead\)/);
    assert.match(html, /<bdi>Ukraine<\/bdi>/);
    assert.match(html, /Suspended/);
    // b (active) and c (suspended) may change; a may not be managed; d has ended (final).
    assert.equal(count(html, 'member-change'), 2);
    assert.equal(count(html, 'member-suspended'), 1);
    assert.equal(count(html, 'member-active'), 1);
    assert.equal(count(html, 'member-ended'), 2);
  });

  test('hidden characters of a name are revealed', () => {
    const html = renderToStaticMarkup(
      createElement(MembersTable, { members: [member('x', { name: 'Eve\u202eevil' })], onChanged: () => {} }),
    );
    assert.match(html, /Eve⟦U\+202E⟧evil/);
  });
});

describe('the invitation link', () => {
  const issued = {
    id: 'i1',
    link: 'http://localhost:4124/invite#ci_secret',
    expiresAt: '2026-12-10T14:05:00.000Z',
    role: 'delegate',
    rank: null,
    partyId: 'ua',
    name: 'Kyiv team',
    email: null,
  };

  test('is shown when made, with a copy button and what to do with it', () => {
    const html = renderToStaticMarkup(createElement(IssuedLink, { issued, parties, onDone: () => {} }));
    assert.match(html, /as Delegate acting for <bdi>Ukraine<\/bdi>/);
    assert.match(html, /value="http:\/\/localhost:4124\/invite#ci_secret"/);
    assert.equal(count(html, 'issued-link-copy'), 1);
    assert.match(html, /Send this link to the person; it works once and expires at 10 Dec 2026, 14:05 UTC/);
    assert.match(html, /shown only now/);
  });

  test('is never in the list of invitations; only open ones can be withdrawn', () => {
    const summary = (id: string, state: InvitationSummary['state']): InvitationSummary => ({
      id,
      processId: 'p1',
      role: 'delegate',
      rank: null,
      partyId: 'ua',
      name: `Invitee ${id}`,
      email: 'kyiv@example.org',
      createdAt: '2026-12-07T10:00:00.000Z',
      expiresAt: '2026-12-10T10:00:00.000Z',
      usedAt: null,
      revokedAt: null,
      state,
    });
    // A link smuggled into a summary would still not be shown: the list names no link field.
    const rogue = { ...summary('o', 'open'), link: 'http://x/invite#ci_secret' } as InvitationSummary;
    const html = renderToStaticMarkup(
      createElement(InvitationList, {
        invitations: [rogue, summary('u', 'used'), summary('r', 'revoked')],
        parties,
        onWithdrawn: () => {},
      }),
    );
    assert.doesNotMatch(html, /ci_secret/);
    assert.equal(count(html, 'invitation'), 3);
    assert.equal(count(html, 'invitation-withdraw'), 1);
    assert.match(html, /waiting to be used<span class="muted">, expires 10 Dec 2026, 10:00 UTC/);
    assert.match(html, /2 earlier invitations/);
  });
});
