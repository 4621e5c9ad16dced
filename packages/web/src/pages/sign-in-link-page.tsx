import { revealInvisible } from '@concord/core/text';
import { useEffect, useRef, useState } from 'react';
import { explainProblem, signInWithLink } from '../api/auth.ts';
import { asProblem, problemSlug } from '../api/problem.ts';
import type { SessionPrincipal } from '../api/session.ts';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

/** The token of a one-time sign-in link (`#cl_…`), or null when the address carries none. */
export function linkToken(hash: string): string | null {
  const token = hash.startsWith('#') ? hash.slice(1) : hash;
  return /^cl_[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

type LinkState =
  | { state: 'no-token' }
  | { state: 'signing-in' }
  | { state: 'signed-in'; principal: SessionPrincipal | null }
  | { state: 'failed'; message: string };

/**
 * /sign-in/link#cl_…: signs in with a one-time link. The token is read from the fragment (never sent to the
 * server in the address), removed from the address bar at once, and spent with one POST.
 */
export function SignInLinkPage() {
  useDocumentTitle('Signing in with a link');
  const [token] = useState(() => (typeof window === 'undefined' ? null : linkToken(window.location.hash)));
  const [result, setResult] = useState<LinkState>(
    token === null ? { state: 'no-token' } : { state: 'signing-in' },
  );
  const started = useRef(false);
  useEffect(() => {
    if (token === null || started.current) return;
    started.current = true;
    // The link works once: take it out of the address bar (and so out of history and screenshots) first.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    signInWithLink(token).then(
      (principal) => setResult({ state: 'signed-in', principal }),
      (error: unknown) => setResult({ state: 'failed', message: explainLinkProblem(error) }),
    );
  }, [token]);
  return <SignInLinkView result={result} />;
}

export function explainLinkProblem(error: unknown): string {
  const problem = asProblem(error);
  if (problem.status === 410 || problemSlug(problem) === 'invitation-expired')
    return 'This sign-in link was already used or has expired. Each link works once; ask whoever sent it for a new one.';
  if (problem.status === 404)
    return 'This sign-in link is not known. Check that you opened the whole link, or ask whoever sent it for a new one.';
  return explainProblem(problem);
}

export function SignInLinkView({ result }: { result: LinkState }) {
  return (
    <div className="auth-page" data-testid="sign-in-link-page">
      <header className="page-header">
        <h1>Sign in with a link</h1>
        <p className="lede">
          A one-time sign-in link lets you into your Concord account without a password. It works once and for
          a short time only.
        </p>
      </header>
      {result.state === 'no-token' ? (
        <p className="auth-error" role="alert" data-testid="link-problem">
          This address holds no sign-in link. Open the link you were given exactly as it is (it ends with a
          long code after “#”), or <Link href={paths.signIn()}>sign in another way</Link>.
        </p>
      ) : null}
      {result.state === 'signing-in' ? (
        <p className="loading" role="status" data-testid="loading">
          Signing you in…
        </p>
      ) : null}
      {result.state === 'failed' ? (
        <p className="auth-error" role="alert" data-testid="link-problem">
          {result.message} <Link href={paths.signIn()}>Sign in another way</Link>.
        </p>
      ) : null}
      {result.state === 'signed-in' ? (
        <div className="auth-card" data-testid="link-signed-in">
          <p className="auth-info" role="status">
            You are signed in
            {result.principal ? (
              <>
                {' '}
                as <bdi>{revealInvisible(result.principal.name)}</bdi>
              </>
            ) : null}
            .
          </p>
          <p>
            The link you used cannot be used again. So that you can sign in next time, set a password or
            register a passkey for this device now.
          </p>
          <p className="auth-actions">
            <Link href={paths.account()} className="button primary" data-testid="link-to-account">
              Set a password or add a passkey
            </Link>
            <Link href={paths.processes()} className="button">
              Later — go to the processes
            </Link>
          </p>
        </div>
      ) : null}
    </div>
  );
}
