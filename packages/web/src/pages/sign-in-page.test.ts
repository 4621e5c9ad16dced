import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { linkToken, SignInLinkView } from './sign-in-link-page.tsx';
import { PasswordForm, passwordOutcome, SignInPage } from './sign-in-page.tsx';

const problem = (slug: string, status: number, extra: object = {}) => ({
  type: `https://concord.dev/problems/${slug}`,
  title: 'Title',
  status,
  ...extra,
});

describe('the sign-in page', () => {
  test('says what it is for and offers a passkey and a password form', () => {
    const html = renderToStaticMarkup(createElement(SignInPage, { next: '/versions/v1' }));
    assert.match(html, /<h1>Sign in<\/h1>/);
    assert.match(html, /Everything published can be read without an account/);
    assert.match(html, /data-testid="passkey-sign-in"[^>]*>Sign in with a passkey</);
    assert.match(html, /<label for="sign-in-login">Handle or e-mail<\/label>/);
    assert.match(
      html,
      /type="password"[^>]*autoComplete="current-password"|autocomplete="current-password"/i,
    );
    assert.doesNotMatch(html, /data-testid="sign-in-code"/);
    assert.match(html, /invitation/);
  });

  test('asks for the 6-digit code once the password was right', () => {
    const outcome = passwordOutcome(problem('second-factor-required', 401));
    assert.equal(outcome.needCode, true);
    assert.equal(outcome.notice.kind, 'info');
    const html = renderToStaticMarkup(
      createElement(PasswordForm, {
        onSignedIn: () => {},
        initial: { needCode: outcome.needCode === true, notice: outcome.notice, login: 'dana' },
      }),
    );
    assert.match(html, /6-digit code from your authenticator app/);
    assert.match(html, /data-testid="sign-in-code"/);
    assert.match(html, /autoComplete="one-time-code"|autocomplete="one-time-code"/i);
    assert.match(html, /role="status"[^>]*>Your password is right/);
  });

  test('a wrong code keeps the code field; a wrong password drops it; a 429 names the wait', () => {
    const wrongCode = passwordOutcome(problem('second-factor-failed', 401));
    assert.equal(wrongCode.needCode, true);
    assert.equal(wrongCode.notice.kind, 'error');
    const wrongPassword = passwordOutcome(problem('sign-in-failed', 401));
    assert.equal(wrongPassword.needCode, false);
    assert.match(wrongPassword.notice.text, /do not match an account/);
    const limited = passwordOutcome(problem('too-many-attempts', 429, { retryAfter: 300 }));
    assert.equal(limited.needCode, null);
    assert.equal(limited.wait, 300);
    assert.match(limited.notice.text, /wait 5 minutes/);
    const html = renderToStaticMarkup(
      createElement(PasswordForm, { onSignedIn: () => {}, initial: { notice: limited.notice } }),
    );
    assert.match(html, /role="alert"[^>]*>Too many attempts\. For your safety, wait 5 minutes/);
  });
});

describe('the sign-in link page', () => {
  const token = `cl_${'a'.repeat(43)}`;

  test('reads only a well-formed cl_ token from the fragment', () => {
    assert.equal(linkToken(`#${token}`), token);
    assert.equal(linkToken(''), null);
    assert.equal(linkToken(`#ci_${'a'.repeat(43)}`), null);
    assert.equal(linkToken('#cl_short'), null);
  });

  test('without a token it says how to use a link; signed in, it offers a password or passkey', () => {
    const none = renderToStaticMarkup(createElement(SignInLinkView, { result: { state: 'no-token' } }));
    assert.match(none, /A one-time sign-in link lets you into your Concord account/);
    assert.match(none, /This address holds no sign-in link/);
    const done = renderToStaticMarkup(
      createElement(SignInLinkView, {
        result: {
          state: 'signed-in',
          principal: {
            accountId: 'a',
            name: 'Dana',
            via: 'session',
            mayOpenProcesses: false,
            memberships: [],
          },
        },
      }),
    );
    assert.match(done, /You are signed in.*as <bdi>Dana<\/bdi>/s);
    assert.match(done, /href="\/account"[^>]*>Set a password or add a passkey</);
  });

  test('a used or expired link is explained in words', () => {
    const html = renderToStaticMarkup(
      createElement(SignInLinkView, {
        result: { state: 'failed', message: 'This sign-in link was already used or has expired.' },
      }),
    );
    assert.match(html, /role="alert"[^>]*>This sign-in link was already used or has expired/);
    assert.match(html, /Sign in another way/);
  });
});
