import { revealInvisible } from '@concord/core/text';
import { type FormEvent, useEffect, useState } from 'react';
import { explainProblem } from '../api/auth.ts';
import { acceptInvitation, type InvitationOffer, inspectInvitation } from '../api/invitations.ts';
import { asProblem, type Problem, problemSlug } from '../api/problem.ts';
import { describeRole, type SessionPrincipal, type SessionState, useSessionState } from '../api/session.ts';
import { NoticeLine } from '../components/notice.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { Link } from '../router/link.tsx';
import { navigate } from '../router/location.ts';
import { paths } from '../router/routes.ts';
import { formatMoment } from './account-page.tsx';

const KEPT = 'concord:invitation';

/** The token of an invitation link (`#ci_…`), or null when the address carries none. */
export function invitationToken(hash: string): string | null {
  const token = hash.startsWith('#') ? hash.slice(1) : hash;
  return /^ci_[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

function kept(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * The invitation's token: from the link's fragment, which is then taken out of the address bar and kept in this
 * tab only (so the page survives a reload or a detour through the sign-in page), or from what this tab kept.
 */
function takeToken(): string | null {
  if (typeof window === 'undefined') return null;
  const fromLink = invitationToken(window.location.hash);
  if (fromLink !== null) {
    kept()?.setItem(KEPT, fromLink);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return fromLink;
  }
  const stored = kept()?.getItem(KEPT) ?? null;
  return stored !== null && invitationToken(stored) !== null ? stored : null;
}

type OfferState =
  | { state: 'loading' }
  | { state: 'error'; problem: Problem }
  | { state: 'ok'; offer: InvitationOffer };

/** /invite#ci_…: what the invitation offers, then accept it as the signed-in person or as a newcomer. */
export function InvitePage() {
  useDocumentTitle('Invitation');
  const [token] = useState(takeToken);
  const [offer, setOffer] = useState<OfferState>({ state: 'loading' });
  const session = useSessionState();
  useEffect(() => {
    if (token === null) return;
    inspectInvitation(token).then(
      (o) => setOffer({ state: 'ok', offer: o }),
      (error: unknown) => setOffer({ state: 'error', problem: asProblem(error) }),
    );
  }, [token]);
  const accepted = (processId: string) => {
    kept()?.removeItem(KEPT);
    navigate(paths.process(processId), { replace: true });
  };
  return <InviteView token={token} offer={offer} session={session} onAccepted={accepted} />;
}

export function explainInvitationProblem(problem: Problem): string {
  if (problem.status === 410 || problemSlug(problem) === 'invitation-expired')
    return 'This invitation was used or has expired; ask the mediator for a new one.';
  if (problem.status === 404)
    return 'This invitation is not known. Check that you opened the whole link, or ask the mediator for a new one.';
  return explainProblem(problem);
}

export function InviteView({
  token,
  offer,
  session,
  onAccepted,
}: {
  token: string | null;
  offer: OfferState;
  session: SessionState;
  onAccepted: (processId: string) => void;
}) {
  const principal = session.state === 'ok' ? session.principal : null;
  return (
    <div className="auth-page" data-testid="invite-page">
      <header className="page-header">
        <h1>Invitation to a peace process</h1>
        <p className="lede">
          Someone running a process in Concord invites you to take part in it in a given role. Here you see
          what they offer and can accept it.
        </p>
      </header>
      {token === null ? (
        <p className="auth-error" role="alert" data-testid="invite-problem">
          This address holds no invitation. Open the link you were sent exactly as it is (it ends with a long
          code after “#”).
        </p>
      ) : offer.state === 'loading' ? (
        <p className="loading" role="status" data-testid="loading">
          Reading the invitation…
        </p>
      ) : offer.state === 'error' ? (
        <p className="auth-error" role="alert" data-testid="invite-problem">
          {explainInvitationProblem(offer.problem)}
        </p>
      ) : (
        <>
          <OfferCard offer={offer.offer} />
          {session.state === 'loading' ? null : principal ? (
            <AcceptAsMember token={token} principal={principal} onAccepted={onAccepted} />
          ) : (
            <NewcomerForm token={token} offer={offer.offer} onAccepted={onAccepted} />
          )}
        </>
      )}
    </div>
  );
}

export function OfferCard({ offer }: { offer: InvitationOffer }) {
  return (
    <section className="auth-card" data-testid="invite-offer" aria-label="What the invitation offers">
      <dl className="auth-facts">
        <dt>Process</dt>
        <dd>
          <bdi>{revealInvisible(offer.processTitle)}</bdi>
        </dd>
        <dt>Your role</dt>
        <dd data-testid="invite-role">{describeRole(offer)}</dd>
        {offer.partyName ? (
          <>
            <dt>For the party</dt>
            <dd>
              <bdi>{revealInvisible(offer.partyName)}</bdi>
            </dd>
          </>
        ) : null}
        <dt>Shown to others as</dt>
        <dd>
          <bdi>{revealInvisible(offer.name)}</bdi>
        </dd>
        <dt>Valid until</dt>
        <dd>{formatMoment(offer.expiresAt)}</dd>
      </dl>
    </section>
  );
}

function AcceptAsMember({
  token,
  principal,
  onAccepted,
}: {
  token: string;
  principal: SessionPrincipal;
  onAccepted: (processId: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const accept = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await acceptInvitation(token);
      onAccepted(answer.processId);
    } catch (error) {
      setProblem(explainInvitationProblem(asProblem(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="auth-card">
      <p>
        You are signed in as <bdi>{revealInvisible(principal.name)}</bdi>. Accepting adds this role to your
        account.
      </p>
      <p className="auth-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void accept()}
          data-testid="invite-accept"
        >
          Accept as {revealInvisible(principal.name)}
        </button>
      </p>
      <p className="muted">
        Not you? Sign out first; you can then accept as a newcomer with your own account.
      </p>
      <NoticeLine notice={problem ? { kind: 'error', text: problem } : null} testId="invite-accept-problem" />
    </section>
  );
}

function NewcomerForm({
  token,
  offer,
  onAccepted,
}: {
  token: string;
  offer: InvitationOffer;
  onAccepted: (processId: string) => void;
}) {
  const [name, setName] = useState(offer.name);
  const [handle, setHandle] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local = checkNewcomer({ name, handle, password, again });
    if (local) {
      setProblem(local);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const answer = await acceptInvitation(token, { name: name.trim(), handle: handle.trim(), password });
      onAccepted(answer.processId);
    } catch (error) {
      setProblem(explainInvitationProblem(asProblem(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="auth-card" aria-labelledby="newcomer-heading">
      <h2 id="newcomer-heading">Accept and create your account</h2>
      <p className="muted">
        Already have a Concord account? <Link href={paths.signIn(paths.invite())}>Sign in</Link> first and
        come back: this tab keeps the invitation.
      </p>
      <form className="auth-form" onSubmit={(e) => void submit(e)} data-testid="invite-newcomer" noValidate>
        <label htmlFor="invite-name">Your name</label>
        <input
          id="invite-name"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="invite-name"
        />
        <label htmlFor="invite-handle">Handle (what you sign in with)</label>
        <input
          id="invite-handle"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={handle}
          onChange={(e) => setHandle(e.target.value)}
          data-testid="invite-handle"
        />
        <label htmlFor="invite-password">Password (at least 10 characters)</label>
        <input
          id="invite-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="invite-password"
        />
        <label htmlFor="invite-again">The same password again</label>
        <input
          id="invite-again"
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          data-testid="invite-password-again"
        />
        <button type="submit" className="primary" disabled={busy} data-testid="invite-accept">
          {busy ? 'Creating your account…' : 'Accept and create my account'}
        </button>
        <NoticeLine
          notice={problem ? { kind: 'error', text: problem } : null}
          testId="invite-accept-problem"
        />
      </form>
    </section>
  );
}

/** What is wrong with a newcomer's form before it is sent, or null. */
export function checkNewcomer(f: {
  name: string;
  handle: string;
  password: string;
  again: string;
}): string | null {
  if (f.name.trim() === '') return 'Enter your name as others in the process should see it.';
  if (!/^[a-z0-9][a-z0-9._-]{2,39}$/i.test(f.handle.trim()))
    return 'Choose a handle of 3 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit (no spaces).';
  if ([...f.password].length < 10) return 'Choose a password of at least 10 characters.';
  if (f.password !== f.again) return 'The two passwords differ; type the same password twice.';
  return null;
}
