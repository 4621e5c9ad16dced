import { revealInvisible } from '@concord/core/text';
import { browserSupportsWebAuthn, startAuthentication } from '@simplewebauthn/browser';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  explainPasskeyError,
  explainProblem,
  passkeySignInOptions,
  signInWithPasskey,
  signInWithPassword,
} from '../api/auth.ts';
import { asProblem, type Problem, problemSlug } from '../api/problem.ts';
import { useSessionState } from '../api/session.ts';
import { type Notice, NoticeLine } from '../components/notice.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { Link } from '../router/link.tsx';
import { navigate } from '../router/location.ts';
import { paths } from '../router/routes.ts';

/** /sign-in: a passkey, or a handle or e-mail with a password (and the 6-digit code when two-step sign-in is on). */
export function SignInPage({ next }: { next: string }) {
  useDocumentTitle('Sign in');
  const session = useSessionState();
  const done = () => navigate(next, { replace: true });
  const signedIn = session.state === 'ok' ? session.principal : null;
  return (
    <div className="auth-page" data-testid="sign-in-page">
      <header className="page-header">
        <h1>Sign in</h1>
        <p className="lede">
          Sign in to read what was shared with you and to act in your role — as a mediator, a party’s
          delegate, an observer or a council member. Everything published can be read without an account.
        </p>
      </header>
      {signedIn ? (
        <p className="auth-notice" role="status" data-testid="already-signed-in">
          You are signed in as <bdi>{revealInvisible(signedIn.name)}</bdi>. <Link href={next}>Continue</Link>,
          or sign in below as someone else.
        </p>
      ) : null}
      <div className="auth-columns">
        <section className="auth-card" aria-labelledby="passkey-heading">
          <h2 id="passkey-heading">With a passkey</h2>
          <p className="muted">
            A passkey is kept by this device or your password manager and unlocked with your fingerprint, face
            or PIN. There is nothing to type and nothing that can be phished.
          </p>
          <PasskeyButton onSignedIn={done} />
        </section>
        <section className="auth-card" aria-labelledby="password-heading">
          <h2 id="password-heading">With your password</h2>
          <PasswordForm onSignedIn={done} />
        </section>
      </div>
      <p className="muted auth-footnote">
        New here? Concord accounts are made by invitation: the mediator of a process sends you a link. If you
        were sent a one-time sign-in link or an invitation, open it as it is — it signs you in. You can then
        set a password or add a passkey on <Link href={paths.account()}>your account page</Link>.
      </p>
    </div>
  );
}

export function PasskeyButton({ onSignedIn }: { onSignedIn: () => void }) {
  const [supported, setSupported] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => setSupported(browserSupportsWebAuthn()), []);
  const go = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const { options } = await passkeySignInOptions();
      const response = await startAuthentication({ optionsJSON: options });
      await signInWithPasskey(response);
      onSignedIn();
    } catch (error) {
      setNotice({ kind: 'error', text: explainPasskeyError(error) ?? explainProblem(asProblem(error)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="auth-form">
      <button
        type="button"
        className="primary"
        onClick={() => void go()}
        disabled={busy || supported === false}
        data-testid="passkey-sign-in"
      >
        {busy ? 'Waiting for your passkey…' : 'Sign in with a passkey'}
      </button>
      {supported === false ? (
        <p className="muted">This browser cannot use passkeys; sign in with your password instead.</p>
      ) : null}
      <NoticeLine notice={notice} testId="passkey-problem" />
    </div>
  );
}

/** What a refused password sign-in means for the form: ask for the code, show why, or make the person wait. */
export function passwordOutcome(problem: Problem): {
  needCode: boolean | null;
  notice: Notice;
  wait?: number;
} {
  const slug = problemSlug(problem);
  if (slug === 'second-factor-required')
    return {
      needCode: true,
      notice: {
        kind: 'info',
        text: 'Your password is right. Two-step sign-in is on for this account: enter the 6-digit code your authenticator app shows for Concord.',
      },
    };
  if (slug === 'second-factor-failed')
    return { needCode: true, notice: { kind: 'error', text: explainProblem(problem) } };
  if (slug === 'sign-in-failed')
    return { needCode: false, notice: { kind: 'error', text: explainProblem(problem) } };
  if (problem.status === 429)
    return {
      needCode: null,
      notice: { kind: 'error', text: explainProblem(problem) },
      ...(problem.retryAfter !== undefined ? { wait: problem.retryAfter } : {}),
    };
  return { needCode: null, notice: { kind: 'error', text: explainProblem(problem) } };
}

export function PasswordForm({
  onSignedIn,
  initial = {},
}: {
  onSignedIn: () => void;
  initial?: { needCode?: boolean; notice?: Notice; login?: string };
}) {
  const [login, setLogin] = useState(initial.login ?? '');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needCode, setNeedCode] = useState(initial.needCode ?? false);
  const [notice, setNotice] = useState<Notice | null>(initial.notice ?? null);
  const [busy, setBusy] = useState(false);
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (needCode) codeInput.current?.focus();
  }, [needCode]);
  useEffect(() => {
    if (waitUntil === null) return;
    const timer = setTimeout(() => setWaitUntil(null), Math.max(0, waitUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [waitUntil]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (needCode && !/^\d{6}$/.test(code.trim())) {
      setNotice({ kind: 'error', text: 'The code is the 6 digits your authenticator app shows.' });
      codeInput.current?.focus();
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      await signInWithPassword({ login: login.trim(), password, ...(needCode ? { totp: code.trim() } : {}) });
      onSignedIn();
    } catch (error) {
      const outcome = passwordOutcome(asProblem(error));
      if (outcome.needCode !== null) setNeedCode(outcome.needCode);
      if (outcome.needCode === false) setCode('');
      if (outcome.needCode && problemSlug(asProblem(error)) === 'second-factor-failed') setCode('');
      setNotice(outcome.notice);
      if (outcome.wait !== undefined) setWaitUntil(Date.now() + outcome.wait * 1000);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="auth-form" onSubmit={(e) => void submit(e)} data-testid="password-form" noValidate>
      <label htmlFor="sign-in-login">Handle or e-mail</label>
      <input
        id="sign-in-login"
        name="username"
        autoComplete="username webauthn"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={login}
        onChange={(e) => setLogin(e.target.value)}
        data-testid="sign-in-login"
      />
      <label htmlFor="sign-in-password">Password</label>
      <input
        id="sign-in-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        data-testid="sign-in-password"
      />
      {needCode ? (
        <>
          <label htmlFor="sign-in-code">6-digit code from your authenticator app</label>
          <input
            id="sign-in-code"
            ref={codeInput}
            name="one-time-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            data-testid="sign-in-code"
          />
        </>
      ) : null}
      <button
        type="submit"
        className="primary"
        disabled={busy || waitUntil !== null}
        data-testid="sign-in-submit"
      >
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      <NoticeLine notice={notice} testId="sign-in-problem" />
    </form>
  );
}
