import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AccountAnswer } from '../api/account.ts';
import type { SessionPrincipal } from '../api/session.ts';
import { AccountView, describeDevice, formatMoment, TokensSection, TotpSection } from './account-page.tsx';

const principal: SessionPrincipal = {
  accountId: 'a1',
  name: 'Dana Kovalenko',
  via: 'session',
  mayOpenProcesses: false,
  memberships: [
    {
      id: 'm1',
      processId: 'p1',
      processTitle: 'Russia–Ukraine 2025',
      role: 'delegate',
      rank: null,
      partyId: 'ua',
      partyName: 'Ukraine',
      name: 'Dana Kovalenko',
    },
  ],
};

const data: AccountAnswer = {
  account: { id: 'a1', name: 'Dana Kovalenko', handle: 'dana', email: null },
  hasPassword: true,
  totp: 'none',
  passkeys: [{ id: 'k1', name: 'work laptop', createdAt: '2025-11-20T09:00:00Z', lastUsedAt: null }],
  sessions: [
    {
      id: 's1',
      current: true,
      userAgent:
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36',
      address: '127.0.0.1',
      createdAt: '2025-11-20T09:00:00Z',
      lastSeenAt: '2025-11-20T09:30:00Z',
    },
    {
      id: 's2',
      current: false,
      userAgent: 'curl/8.5.0',
      address: '10.0.0.2',
      createdAt: '2025-11-19T09:00:00Z',
      lastSeenAt: null,
    },
  ],
  tokens: [
    { id: 't1', label: 'CLI', membershipId: 'm1', createdAt: '2025-11-20T09:00:00Z', lastUsedAt: null },
  ],
};
const noop = () => {};

describe('the account page', () => {
  test('every part is there and says what it is for', () => {
    const html = renderToStaticMarkup(createElement(AccountView, { data, principal, reload: noop }));
    assert.match(html, /Dana Kovalenko/);
    assert.match(html, /Delegate of Ukraine, Russia–Ukraine 2025/);
    // Password: the current one is asked for when one is set.
    assert.match(html, /data-testid="password-current"/);
    assert.match(html, />Change password</);
    // Two-step sign-in off, with a way to set it up.
    assert.match(html, /data-testid="totp-state" data-enabled="false"/);
    assert.match(html, /Someone who learns your password still cannot sign in/);
    // Passkeys listed with Remove; a form to add one.
    assert.match(html, /work laptop/);
    assert.match(html, /data-testid="passkey-remove"/);
    assert.match(html, /data-testid="passkey-register"/);
    // Sessions: this browser marked; one Sign out per session; Sign out everywhere.
    assert.match(
      html,
      /data-current="true"[^>]*><td[^>]*>Chrome on Linux<strong class="tag">this browser<\/strong>/,
    );
    assert.match(html, />curl</);
    assert.equal(html.match(/data-testid="session-end"/g)?.length, 2);
    assert.match(html, /data-testid="sign-out-everywhere"[^>]*>Sign out everywhere</);
    // Tokens grouped by role.
    assert.match(html, /data-membership="m1"/);
    assert.match(html, /data-testid="token-row"/);
    assert.match(html, /data-testid="token-revoke"/);
  });

  test('without a password there is no current-password field and two-step sign-in waits for one', () => {
    const html = renderToStaticMarkup(
      createElement(AccountView, { data: { ...data, hasPassword: false }, principal, reload: noop }),
    );
    assert.doesNotMatch(html, /data-testid="password-current"/);
    assert.match(html, />Set password</);
    assert.match(html, /set a password first/);
  });

  test('TOTP enrolment shows the secret and the otpauth address as text, with a code field', () => {
    const uri = 'otpauth://totp/Concord:dana?secret=JBSWY3DPEHPK3PXP&issuer=Concord';
    const html = renderToStaticMarkup(
      createElement(TotpSection, {
        enabled: false,
        hasPassword: true,
        reload: noop,
        initialEnrolment: { secret: 'JBSWY3DPEHPK3PXP', uri },
      }),
    );
    assert.match(html, /data-testid="totp-secret">JBSWY3DPEHPK3PXP</);
    assert.match(
      html,
      /data-testid="totp-uri">otpauth:\/\/totp\/Concord:dana\?secret=JBSWY3DPEHPK3PXP&amp;issuer=Concord</,
    );
    assert.match(html, /data-testid="totp-code"/);
    assert.match(html, />Copy the key</);
    const on = renderToStaticMarkup(
      createElement(TotpSection, { enabled: true, hasPassword: true, reload: noop }),
    );
    assert.match(on, /data-enabled="true"/);
    assert.match(on, /data-testid="totp-remove"/);
  });

  test('a new token is shown once, with a copy button and a warning', () => {
    const html = renderToStaticMarkup(
      createElement(TokensSection, {
        tokens: [],
        memberships: principal.memberships,
        reload: noop,
        initialIssued: { id: 't2', token: `ct_${'z'.repeat(43)}`, label: 'script', membershipId: 'm1' },
      }),
    );
    assert.match(html, /data-testid="token-value">ct_z{43}</);
    assert.match(html, /Concord shows it only this once/);
    assert.match(html, />Copy the token</);
    assert.match(html, /No token for this role/);
  });

  test('dates and devices in words', () => {
    assert.equal(formatMoment('2025-11-20T09:05:00Z', 'UTC'), '20 Nov 2025, 09:05');
    assert.equal(formatMoment(null), 'never');
    assert.equal(formatMoment('garbage'), 'garbage');
    assert.equal(describeDevice(null), 'Unknown device');
    assert.equal(
      describeDevice('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0'),
      'Firefox on Windows',
    );
    assert.equal(
      describeDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605 Safari/604.1'),
      'Safari on iOS',
    );
  });
});
