import { revealInvisible } from '@concord/core/text';
import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import {
  type AccountAnswer,
  type AccountPasskey,
  type AccountSession,
  type AccountToken,
  account,
  type IssuedToken,
} from '../api/account.ts';
import { explainPasskeyError, explainProblem, signOut, signOutEverywhere } from '../api/auth.ts';
import { asProblem } from '../api/problem.ts';
import {
  describeMembership,
  type SessionMembership,
  type SessionPrincipal,
  useSessionState,
} from '../api/session.ts';
import { type Resource, useResource } from '../api/use-resource.ts';
import { Loaded, Loading } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { Link } from '../router/link.tsx';
import { navigate } from '../router/location.ts';
import { paths } from '../router/routes.ts';
import { type Notice, NoticeLine } from './sign-in-page.tsx';

/** "7 Dec 2025, 09:41" in the reader's time zone (or the one given); the text itself when it is not a date. */
export function formatMoment(iso: string | null, timeZone?: string): string {
  if (iso === null) return 'never';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** "Chrome on Linux" from a User-Agent header; the header itself when it names nothing known. */
export function describeDevice(userAgent: string | null): string {
  if (userAgent === null || userAgent.trim() === '') return 'Unknown device';
  const ua = userAgent;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /(Chrome|Chromium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : /curl\//.test(ua)
            ? 'curl'
            : /node|undici/i.test(ua)
              ? 'a program'
              : null;
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  if (browser === null) return ua.length > 60 ? `${ua.slice(0, 57)}…` : ua;
  return system ? `${browser} on ${system}` : browser;
}

/** /account: the signed-in person's password, two-step sign-in, passkeys, sessions and API tokens. */
export function AccountPage() {
  useDocumentTitle('Your account');
  const session = useSessionState();
  const [refresh, setRefresh] = useState(0);
  const principal = session.state === 'ok' ? session.principal : null;
  const fetched = useResource<AccountAnswer>(principal ? '/api/account' : null, refresh);
  // While the account is fetched again after a change, the page keeps showing what it had, so the forms keep
  // their messages ("Your password was changed.") instead of flashing a loading line.
  const last = useRef<AccountAnswer | null>(null);
  if (fetched.state === 'ok') last.current = fetched.data;
  if (principal === null) last.current = null;
  const data: Resource<AccountAnswer> =
    fetched.state === 'loading' && last.current !== null ? { state: 'ok', data: last.current } : fetched;
  if (session.state === 'loading') return <Loading what="your account" />;
  if (principal === null) {
    return (
      <div className="auth-page" data-testid="account-page">
        <AccountHeader />
        <p className="auth-notice" data-testid="account-signed-out">
          You are not signed in. <Link href={paths.signIn(paths.account())}>Sign in</Link> to manage your
          account.
        </p>
      </div>
    );
  }
  return (
    <div className="auth-page" data-testid="account-page">
      <AccountHeader />
      <Loaded resource={data} what="your account">
        {(a) => <AccountView data={a} principal={principal} reload={() => setRefresh((n) => n + 1)} />}
      </Loaded>
    </div>
  );
}

function AccountHeader() {
  return (
    <header className="page-header">
      <h1>Your account</h1>
      <p className="lede">
        How you sign in to Concord and where you are signed in. Keep at least one way to sign in: a password
        (with a code from an authenticator app for more safety) or a passkey.
      </p>
    </header>
  );
}

export function AccountView({
  data,
  principal,
  reload,
}: {
  data: AccountAnswer;
  principal: SessionPrincipal;
  reload: () => void;
}) {
  return (
    <div className="account-sections">
      <section className="auth-card" aria-labelledby="who-heading" data-testid="account-who">
        <h2 id="who-heading">Who you are</h2>
        <dl className="auth-facts">
          <dt>Name</dt>
          <dd>
            <bdi>{revealInvisible(data.account.name)}</bdi>
          </dd>
          <dt>Handle</dt>
          <dd>{data.account.handle ? <code>{revealInvisible(data.account.handle)}</code> : 'none'}</dd>
          <dt>E-mail</dt>
          <dd>{data.account.email ? <bdi>{revealInvisible(data.account.email)}</bdi> : 'none'}</dd>
          <dt>Roles</dt>
          <dd>
            {principal.memberships.length === 0 ? (
              'none yet — a mediator adds you to a process by invitation'
            ) : (
              <ul className="plain-list">
                {principal.memberships.map((m) => (
                  <li key={m.id}>
                    <Link href={paths.process(m.processId)}>
                      <bdi>{revealInvisible(describeMembership(m))}</bdi>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
      <PasswordSection hasPassword={data.hasPassword} reload={reload} />
      <TotpSection enabled={data.totp === 'enabled'} hasPassword={data.hasPassword} reload={reload} />
      <PasskeysSection passkeys={data.passkeys} reload={reload} />
      <SessionsSection sessions={data.sessions} reload={reload} />
      <TokensSection tokens={data.tokens} memberships={principal.memberships} reload={reload} />
    </div>
  );
}

/** Runs an action, turning a refusal into words; the notice on success is `done`. */
function useAction(): [
  boolean,
  Notice | null,
  (run: () => Promise<void>, done?: string) => Promise<boolean>,
  (n: Notice | null) => void,
] {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const act = async (run: () => Promise<void>, done?: string) => {
    setBusy(true);
    setNotice(null);
    try {
      await run();
      if (done) setNotice({ kind: 'info', text: done });
      return true;
    } catch (error) {
      setNotice({ kind: 'error', text: explainPasskeyError(error) ?? explainProblem(asProblem(error)) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return [busy, notice, act, setNotice];
}

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="auth-card" aria-labelledby={`${id}-heading`} data-testid={`account-${id}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="muted">{intro}</p>
      {children}
    </section>
  );
}

export function PasswordSection({ hasPassword, reload }: { hasPassword: boolean; reload: () => void }) {
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, notice, act, setNotice] = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if ([...password].length < 10)
      return setNotice({ kind: 'error', text: 'Choose a password of at least 10 characters.' });
    if (password !== again)
      return setNotice({ kind: 'error', text: 'The two new passwords differ; type the same one twice.' });
    const ok = await act(
      () => account.setPassword(hasPassword ? { current, password } : { password }),
      hasPassword
        ? 'Your password was changed.'
        : 'Your password is set: you can now sign in with your handle and it.',
    );
    if (ok) {
      setCurrent('');
      setPassword('');
      setAgain('');
      reload();
    }
  };
  return (
    <Section
      id="password"
      title="Password"
      intro={
        hasPassword
          ? 'You sign in with your handle or e-mail and this password. Choose a long one you use nowhere else.'
          : 'You have no password yet. Set one to sign in with your handle or e-mail; use a long one you use nowhere else.'
      }
    >
      <form className="auth-form" onSubmit={(e) => void submit(e)} data-testid="password-change" noValidate>
        {hasPassword ? (
          <>
            <label htmlFor="password-current">Current password</label>
            <input
              id="password-current"
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              data-testid="password-current"
            />
          </>
        ) : null}
        <label htmlFor="password-new">New password (at least 10 characters)</label>
        <input
          id="password-new"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="password-new"
        />
        <label htmlFor="password-again">The new password again</label>
        <input
          id="password-again"
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          data-testid="password-again"
        />
        <button type="submit" className="primary" disabled={busy} data-testid="password-save">
          {hasPassword ? 'Change password' : 'Set password'}
        </button>
        <NoticeLine notice={notice} testId="password-notice" />
      </form>
    </Section>
  );
}

export function TotpSection({
  enabled,
  hasPassword,
  reload,
  initialEnrolment = null,
}: {
  enabled: boolean;
  hasPassword: boolean;
  reload: () => void;
  initialEnrolment?: { secret: string; uri: string } | null;
}) {
  const [enrolment, setEnrolment] = useState(initialEnrolment);
  const [code, setCode] = useState('');
  const [busy, notice, act, setNotice] = useAction();
  const start = () =>
    act(async () => {
      setEnrolment(await account.startTotp());
      setCode('');
    });
  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}$/.test(code))
      return setNotice({ kind: 'error', text: 'Enter the 6 digits your app shows now.' });
    const ok = await act(
      () => account.confirmTotp(code),
      'Two-step sign-in is on: from now on, signing in with your password also asks for a code.',
    );
    if (ok) {
      setEnrolment(null);
      setCode('');
      reload();
    }
  };
  const remove = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}$/.test(code))
      return setNotice({ kind: 'error', text: 'Enter the 6 digits your app shows now.' });
    if (await act(() => account.removeTotp(code), 'Two-step sign-in is off.')) {
      setCode('');
      reload();
    }
  };
  return (
    <Section
      id="totp"
      title="Two-step sign-in (authenticator app)"
      intro="With two-step sign-in on, signing in with your password also needs the 6-digit code an authenticator app (such as Aegis, Google Authenticator or 1Password) shows. Someone who learns your password still cannot sign in."
    >
      {enabled ? (
        <>
          <p data-testid="totp-state" data-enabled="true">
            <strong>On.</strong> Your password sign-in asks for a code.
          </p>
          <form
            className="auth-form inline-form"
            onSubmit={(e) => void remove(e)}
            data-testid="totp-remove-form"
            noValidate
          >
            <label htmlFor="totp-remove-code">To turn it off, enter the code your app shows now</label>
            <input
              id="totp-remove-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
              data-testid="totp-remove-code"
            />
            <button type="submit" disabled={busy} data-testid="totp-remove">
              Turn off two-step sign-in
            </button>
          </form>
        </>
      ) : enrolment ? (
        <form className="auth-form" onSubmit={(e) => void confirm(e)} data-testid="totp-enrol" noValidate>
          <p>
            Add Concord to your authenticator app: type in this secret key, or open the{' '}
            <code>otpauth://</code> address with it. Then enter the code it shows.
          </p>
          <p className="secret-line">
            <span>Secret key</span> <code data-testid="totp-secret">{enrolment.secret}</code>{' '}
            <CopyButton text={enrolment.secret} label="Copy the key" />
          </p>
          <p className="secret-line">
            <span>Address</span>{' '}
            <code className="wrap-anywhere" data-testid="totp-uri">
              {enrolment.uri}
            </code>{' '}
            <CopyButton text={enrolment.uri} label="Copy the address" />
          </p>
          <label htmlFor="totp-code">6-digit code from the app</label>
          <input
            id="totp-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            data-testid="totp-code"
          />
          <button type="submit" className="primary" disabled={busy} data-testid="totp-confirm">
            Turn on two-step sign-in
          </button>
        </form>
      ) : (
        <>
          <p data-testid="totp-state" data-enabled="false">
            <strong>Off.</strong>
            {hasPassword ? '' : ' It protects password sign-in, so set a password first.'}
          </p>
          <button
            type="button"
            disabled={busy || !hasPassword}
            onClick={() => void start()}
            data-testid="totp-start"
          >
            Set up two-step sign-in
          </button>
        </>
      )}
      <NoticeLine notice={notice} testId="totp-notice" />
    </Section>
  );
}

export function PasskeysSection({ passkeys, reload }: { passkeys: AccountPasskey[]; reload: () => void }) {
  const [name, setName] = useState('');
  const [busy, notice, act] = useAction();
  const supported = typeof window !== 'undefined' && browserSupportsWebAuthn();
  const register = async (e: FormEvent) => {
    e.preventDefault();
    const label = name.trim() === '' ? `Passkey on ${describeDevice(navigator.userAgent)}` : name.trim();
    const ok = await act(async () => {
      const { options } = await account.passkeyOptions();
      const response = await startRegistration({ optionsJSON: options });
      await account.addPasskey({ response, name: label });
    }, `Passkey “${label}” added: you can now sign in with it.`);
    if (ok) {
      setName('');
      reload();
    }
  };
  const remove = async (p: AccountPasskey) => {
    if (await act(() => account.removePasskey(p.id), `Passkey “${p.name}” removed.`)) reload();
  };
  return (
    <Section
      id="passkeys"
      title="Passkeys"
      intro="A passkey signs you in with this device’s fingerprint, face or PIN, or with your password manager, without typing a password."
    >
      {passkeys.length === 0 ? (
        <p className="muted" data-testid="passkeys-none">
          No passkey yet.
        </p>
      ) : (
        <table className="auth-table" data-testid="passkeys">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Added</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {passkeys.map((p) => (
              <tr key={p.id} data-testid="passkey">
                <td>
                  <bdi>{revealInvisible(p.name)}</bdi>
                </td>
                <td>{formatMoment(p.createdAt)}</td>
                <td>{formatMoment(p.lastUsedAt)}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void remove(p)}
                    data-testid="passkey-remove"
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="auth-form inline-form"
        onSubmit={(e) => void register(e)}
        data-testid="passkey-register"
      >
        <label htmlFor="passkey-name">Name for a new passkey (optional)</label>
        <input
          id="passkey-name"
          placeholder="e.g. work laptop"
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="passkey-name"
        />
        <button type="submit" className="primary" disabled={busy || !supported} data-testid="passkey-add">
          Add a passkey
        </button>
      </form>
      {supported ? null : <p className="muted">This browser cannot create passkeys.</p>}
      <NoticeLine notice={notice} testId="passkey-notice" />
    </Section>
  );
}

export function SessionsSection({ sessions, reload }: { sessions: AccountSession[]; reload: () => void }) {
  const [busy, notice, act] = useAction();
  const end = async (s: AccountSession) => {
    if (s.current) {
      if (await act(() => signOut())) navigate(paths.signIn());
      return;
    }
    if (await act(() => account.endSession(s.id), 'That session is signed out.')) reload();
  };
  const everywhere = async () => {
    if (await act(() => signOutEverywhere())) navigate(paths.signIn());
  };
  return (
    <Section
      id="sessions"
      title="Where you are signed in"
      intro="Each browser you signed in with. Sign out one you do not recognise, or sign out everywhere (this browser too)."
    >
      <table className="auth-table" data-testid="sessions">
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Address</th>
            <th scope="col">Signed in</th>
            <th scope="col">Last active</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} data-testid="session-row" data-current={s.current ? 'true' : 'false'}>
              <td title={s.userAgent ?? undefined}>
                {revealInvisible(describeDevice(s.userAgent))}
                {s.current ? <strong className="tag">this browser</strong> : null}
              </td>
              <td>{s.address ?? 'unknown'}</td>
              <td>{formatMoment(s.createdAt)}</td>
              <td>{formatMoment(s.lastSeenAt)}</td>
              <td>
                <button type="button" disabled={busy} onClick={() => void end(s)} data-testid="session-end">
                  Sign out
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="auth-actions">
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => void everywhere()}
          data-testid="sign-out-everywhere"
        >
          Sign out everywhere
        </button>
      </p>
      <NoticeLine notice={notice} testId="sessions-notice" />
    </Section>
  );
}

export function TokensSection({
  tokens,
  memberships,
  reload,
  initialIssued = null,
}: {
  tokens: AccountToken[];
  memberships: SessionMembership[];
  reload: () => void;
  initialIssued?: IssuedToken | null;
}) {
  const [issued, setIssued] = useState<IssuedToken | null>(initialIssued);
  return (
    <Section
      id="tokens"
      title="Personal API tokens"
      intro="A token lets a program (the concord command line, a script) act for you in one of your roles, without your password. Create one per program and revoke it when the program no longer needs it."
    >
      {issued ? <IssuedTokenBox issued={issued} onDone={() => setIssued(null)} /> : null}
      {memberships.length === 0 ? (
        <p className="muted">Tokens are made for a role in a process; you have none yet.</p>
      ) : (
        memberships.map((m) => (
          <MembershipTokens
            key={m.id}
            membership={m}
            tokens={tokens.filter((t) => t.membershipId === m.id)}
            onIssued={(t) => {
              setIssued(t);
              reload();
            }}
            reload={reload}
          />
        ))
      )}
    </Section>
  );
}

function IssuedTokenBox({ issued, onDone }: { issued: IssuedToken; onDone: () => void }) {
  return (
    <div className="token-once" role="status" data-testid="token-issued">
      <p>
        <strong>Copy this token now.</strong> Concord shows it only this once and keeps no readable copy.
        Whoever holds it can act as you in this role until you revoke it: keep it like a password.
      </p>
      <p className="secret-line">
        <code className="wrap-anywhere" data-testid="token-value">
          {issued.token}
        </code>{' '}
        <CopyButton text={issued.token} label="Copy the token" />
      </p>
      <button type="button" onClick={onDone} data-testid="token-done">
        I have copied it
      </button>
    </div>
  );
}

function MembershipTokens({
  membership,
  tokens,
  onIssued,
  reload,
}: {
  membership: SessionMembership;
  tokens: AccountToken[];
  onIssued: (t: IssuedToken) => void;
  reload: () => void;
}) {
  const [label, setLabel] = useState('');
  const [busy, notice, act, setNotice] = useAction();
  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (label.trim() === '')
      return setNotice({ kind: 'error', text: 'Name the token after the program that will use it.' });
    await act(async () => {
      onIssued(await account.createToken({ membershipId: membership.id, label: label.trim() }));
      setLabel('');
    });
  };
  const revoke = async (t: AccountToken) => {
    if (await act(() => account.revokeToken(t.id), `Token “${t.label}” revoked: it no longer works.`))
      reload();
  };
  const inputId = `token-label-${membership.id}`;
  return (
    <div className="membership-tokens" data-testid="membership-tokens" data-membership={membership.id}>
      <h3>
        <bdi>{revealInvisible(describeMembership(membership))}</bdi>
      </h3>
      {tokens.length === 0 ? (
        <p className="muted">No token for this role.</p>
      ) : (
        <table className="auth-table">
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} data-testid="token-row">
                <td>
                  <bdi>{revealInvisible(t.label)}</bdi>
                </td>
                <td>{formatMoment(t.createdAt)}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void revoke(t)}
                    data-testid="token-revoke"
                  >
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="auth-form inline-form" onSubmit={(e) => void create(e)} data-testid="token-create">
        <label htmlFor={inputId}>New token’s label</label>
        <input
          id={inputId}
          placeholder="e.g. concord CLI on my laptop"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          data-testid="token-label"
        />
        <button type="submit" disabled={busy} data-testid="token-add">
          Create a token
        </button>
      </form>
      <NoticeLine notice={notice} testId="token-notice" />
    </div>
  );
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <button type="button" className="copy-button" onClick={() => void copy()} data-testid="copy">
      {copied === 'yes' ? 'Copied' : copied === 'no' ? 'Select and copy it by hand' : label}
    </button>
  );
}
