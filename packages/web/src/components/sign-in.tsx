import { revealInvisible } from '@concord/core/text';
import { useEffect, useState } from 'react';
import { type DemoPerson, demoPeople, demoSignInAs, explainProblem, signOut } from '../api/auth.ts';
import { asProblem } from '../api/problem.ts';
import {
  describeMembership,
  type SessionPrincipal,
  type SessionState,
  useSessionState,
} from '../api/session.ts';
import { Link } from '../router/link.tsx';
import { navigate, useLocation } from '../router/location.ts';
import { paths } from '../router/routes.ts';

/**
 * The header's part about you: who is signed in (name and roles), a link to the account page and "Sign out";
 * for the public, a "Sign in" link that comes back here afterwards.
 */
export function SessionControl() {
  const session = useSessionState();
  const { pathname, search } = useLocation();
  return <SessionView session={session} here={pathname + search} />;
}

export function SessionView({ session, here }: { session: SessionState; here: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  if (session.state === 'loading') {
    return (
      <span className="session muted-on-dark" data-testid="session-loading">
        Checking who you are…
      </span>
    );
  }
  const principal = session.state === 'ok' ? session.principal : null;
  if (principal === null) {
    const onSignInPage = here.startsWith('/sign-in');
    return (
      <div className="session" data-testid="session">
        {session.state === 'error' ? (
          <span className="muted-on-dark" role="status">
            Could not check whether you are signed in.
          </span>
        ) : null}
        {onSignInPage ? null : (
          <Link href={paths.signIn(here)} className="session-link" data-testid="sign-in">
            Sign in
          </Link>
        )}
      </div>
    );
  }
  const out = async () => {
    setProblem(null);
    try {
      await signOut();
    } catch (error) {
      setProblem(explainProblem(asProblem(error)));
    }
  };
  return (
    <div className="session" data-testid="session">
      <Who principal={principal} />
      <Link href={paths.account()} className="session-link" data-testid="account-link">
        Your account
      </Link>
      <button type="button" className="on-dark" onClick={() => void out()} data-testid="sign-out">
        Sign out
      </button>
      {problem ? (
        <span className="session-problem" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}

/** "US mediation team — Mediator (lead), Russia–Ukraine 2025" (each role on its own line when there are several). */
export function Who({ principal }: { principal: SessionPrincipal }) {
  const [first, ...more] = principal.memberships;
  return (
    <span className="session-who" data-testid="session-who">
      <bdi className="session-name">{revealInvisible(principal.name)}</bdi>
      {first ? (
        <span className="session-roles">
          <span className="session-dash">{' — '}</span>
          <bdi>{revealInvisible(describeMembership(first))}</bdi>
          {more.map((m) => (
            <span key={m.id}>
              {'; '}
              <bdi>{revealInvisible(describeMembership(m))}</bdi>
            </span>
          ))}
        </span>
      ) : null}
    </span>
  );
}

const PUBLIC = 'public';

/**
 * The demo's "view as" switch: shown only when the server runs the demo (GET /api/demo/people answers). Choosing
 * a person signs this browser in as them without a password; "the public" signs out. Marked as a demo feature so
 * nobody mistakes it for signing in.
 */
export function DemoSwitcher() {
  const [people, setPeople] = useState<DemoPerson[] | null>(null);
  const session = useSessionState();
  useEffect(() => {
    let live = true;
    void demoPeople().then((p) => {
      if (live) setPeople(p);
    });
    return () => {
      live = false;
    };
  }, []);
  if (people === null) return null;
  return <DemoSwitcherView people={people} session={session} />;
}

export function DemoSwitcherView({ people, session }: { people: DemoPerson[]; session: SessionState }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const principal = session.state === 'ok' ? session.principal : null;
  const current =
    session.state !== 'ok'
      ? ''
      : principal === null
        ? PUBLIC
        : (people.find((p) => p.name === principal.name)?.key ?? 'other');
  const choose = async (key: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await demoSignInAs(key);
      if (window.location.pathname === paths.account() && key === PUBLIC) navigate(paths.processes());
    } catch (error) {
      setProblem(explainProblem(asProblem(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="demo-band">
      <div className="demo-switcher" data-testid="demo-switcher">
        <span
          className="demo-badge"
          title="A feature of the demonstration only; a real installation has no such switch"
        >
          Demo
        </span>
        <label htmlFor="demo-view-as">Demo — view as:</label>
        <select
          id="demo-view-as"
          value={current}
          disabled={busy || session.state === 'loading'}
          onChange={(e) => void choose(e.target.value)}
          data-testid="demo-view-as"
          aria-describedby="demo-view-as-hint"
        >
          {current === '' ? <option value="">…</option> : null}
          {current === 'other' && principal ? (
            <option value="other">{revealInvisible(principal.name)}</option>
          ) : null}
          {people
            .filter((p) => p.key !== PUBLIC)
            .map((p) => (
              <option key={p.key} value={p.key} title={p.description}>
                {revealInvisible(p.name)}
              </option>
            ))}
          <option value={PUBLIC}>the public (signed out)</option>
        </select>
        <span id="demo-view-as-hint" className="demo-hint">
          A demonstration feature: see what each of the demo’s people is shown, without a password.
        </span>
        {problem ? (
          <span className="session-problem" role="alert">
            {problem}
          </span>
        ) : null}
      </div>
    </div>
  );
}
