import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { explainPasskeyError, explainProblem } from '../api/auth.ts';
import { describePrincipal, describeRole, membershipIn, type SessionPrincipal } from '../api/session.ts';
import { DemoSwitcherView, SessionView } from './sign-in.tsx';

const mediator: SessionPrincipal = {
  accountId: 'a1',
  name: 'US mediation team (demo)',
  via: 'session',
  mayOpenProcesses: false,
  memberships: [
    {
      id: 'm1',
      processId: 'p-ru-ua',
      processTitle: 'Russia–Ukraine 2025',
      role: 'mediator',
      rank: 'lead',
      partyId: null,
      partyName: null,
      name: 'US mediation team',
    },
    {
      id: 'm2',
      processId: 'p-gaza',
      processTitle: 'Gaza 2025',
      role: 'mediator',
      rank: 'lead',
      partyId: null,
      partyName: null,
      name: 'US mediation team',
    },
  ],
};

const problem = (slug: string, status: number, extra: object = {}) => ({
  type: `https://concord.dev/problems/${slug}`,
  title: 'Some title',
  status,
  ...extra,
});

describe('the header', () => {
  test('the public is offered a Sign in link that comes back to the page', () => {
    const html = renderToStaticMarkup(
      createElement(SessionView, { session: { state: 'ok', principal: null }, here: '/versions/v1' }),
    );
    assert.match(
      html,
      /<a href="\/sign-in\?next=%2Fversions%2Fv1"[^>]*data-testid="sign-in"[^>]*>Sign in<\/a>/,
    );
    assert.doesNotMatch(html, /Sign out/);
  });

  test('on the sign-in page itself there is no Sign in link', () => {
    const html = renderToStaticMarkup(
      createElement(SessionView, { session: { state: 'ok', principal: null }, here: '/sign-in?next=%2F' }),
    );
    assert.doesNotMatch(html, /data-testid="sign-in"/);
  });

  test('a signed-in person sees their name, every role, a link to the account and Sign out', () => {
    const html = renderToStaticMarkup(
      createElement(SessionView, { session: { state: 'ok', principal: mediator }, here: '/' }),
    );
    assert.match(html, /data-testid="session-who"/);
    assert.match(html, /US mediation team \(demo\)/);
    assert.match(html, /Mediator \(lead\), Russia–Ukraine 2025/);
    assert.match(html, /Mediator \(lead\), Gaza 2025/);
    assert.match(html, /href="\/account"[^>]*>Your account</);
    assert.match(html, /data-testid="sign-out"[^>]*>Sign out</);
  });

  test('while the server is asked, it says so; when it cannot answer, it says that', () => {
    assert.match(
      renderToStaticMarkup(createElement(SessionView, { session: { state: 'loading' }, here: '/' })),
      /Checking who you are/,
    );
    const html = renderToStaticMarkup(
      createElement(SessionView, {
        session: { state: 'error', problem: { type: 'about:blank', title: 'x', status: 0 } },
        here: '/',
      }),
    );
    assert.match(html, /Could not check whether you are signed in/);
    assert.match(html, />Sign in</);
  });

  test('hidden characters in a name are shown, not obeyed', () => {
    const html = renderToStaticMarkup(
      createElement(SessionView, {
        session: { state: 'ok', principal: { ...mediator, name: 'Eve\u202Etxt', memberships: [] } },
        here: '/',
      }),
    );
    assert.match(html, /Eve⟦U\+202E⟧txt/);
    assert.doesNotMatch(html, /\u202E/);
  });
});

describe('the demo switcher', () => {
  const people = [
    {
      key: 'us-mediator',
      name: 'US mediation team (demo)',
      role: 'mediator',
      description: 'leads the mediation',
    },
    { key: 'ukraine', name: "Ukraine's delegation (demo)", role: 'delegate', description: 'Ukraine' },
    { key: 'public', name: 'The public', role: 'public', description: 'signed out' },
  ];

  test('is marked as a demo feature and lists the people and the public once', () => {
    const html = renderToStaticMarkup(
      createElement(DemoSwitcherView, { people, session: { state: 'ok', principal: null } }),
    );
    assert.match(html, /class="demo-badge"[^>]*>Demo</);
    assert.match(html, /Demo — view as:/);
    assert.match(html, /<option value="us-mediator"[^>]*>US mediation team \(demo\)<\/option>/);
    assert.match(html, /<option value="ukraine"/);
    assert.equal(html.match(/value="public"/g)?.length, 1);
    assert.match(html, /<option value="public" selected="">the public \(signed out\)<\/option>/);
    assert.match(html, /without a password/);
  });

  test('the person signed in is the one selected', () => {
    const html = renderToStaticMarkup(
      createElement(DemoSwitcherView, { people, session: { state: 'ok', principal: mediator } }),
    );
    assert.match(html, /<option value="us-mediator" [^>]*selected=""/);
  });
});

describe('roles and problems in words', () => {
  test('each role is named as people say it', () => {
    const base = { rank: null, partyName: null };
    assert.equal(describeRole({ ...base, role: 'mediator', rank: 'lead' }), 'Mediator (lead)');
    assert.equal(describeRole({ ...base, role: 'delegate', partyName: 'Ukraine' }), 'Delegate of Ukraine');
    assert.equal(describeRole({ ...base, role: 'observer', partyName: 'E3' }), 'Observer for E3');
    assert.equal(
      describeRole({ ...base, role: 'intermediary', partyName: 'Qatar' }),
      'Intermediary for Qatar',
    );
    assert.equal(describeRole({ ...base, role: 'council', rank: 'member' }), 'Council member');
    assert.equal(describeRole({ ...base, role: 'monitor' }), 'Monitor');
    assert.equal(
      describePrincipal(mediator),
      'US mediation team (demo) — Mediator (lead), Russia–Ukraine 2025; Mediator (lead), Gaza 2025',
    );
    assert.equal(describePrincipal({ ...mediator, memberships: [] }), 'US mediation team (demo)');
    assert.equal(membershipIn(mediator, 'p-gaza')?.id, 'm2');
    assert.equal(membershipIn(mediator, 'elsewhere'), null);
    assert.equal(membershipIn(null, 'p-gaza'), null);
  });

  test('sign-in refusals are sentences a person can act on, never the raw answer', () => {
    assert.match(explainProblem(problem('sign-in-failed', 401)), /do not match an account/);
    assert.match(explainProblem(problem('second-factor-failed', 401)), /code is not right/);
    assert.match(explainProblem(problem('too-many-attempts', 429, { retryAfter: 90 })), /wait 2 minutes/);
    assert.match(explainProblem(problem('too-many-attempts', 429)), /wait a few minutes/);
    assert.match(explainProblem(problem('passkeys-unavailable', 501)), /https:\/\//);
    assert.match(explainProblem(problem('csrf', 403)), /did not come from this site/);
    assert.match(explainProblem({ type: 'about:blank', title: 'x', status: 0 }), /could not be reached/);
    for (const slug of ['sign-in-failed', 'second-factor-failed', 'passkey-failed', 'current-password-wrong'])
      assert.doesNotMatch(explainProblem(problem(slug, 401)), /[{}]|https?:|HTTP/);
  });

  test('a cancelled passkey prompt says so', () => {
    const cancelled = Object.assign(new Error('x'), { name: 'NotAllowedError' });
    assert.match(explainPasskeyError(cancelled) ?? '', /cancelled or timed out/);
    assert.equal(explainPasskeyError(new Error('other')), null);
  });
});
