import { useState } from 'react';
import { deleteJson } from '../../api/client.ts';
import { asProblem, type Problem } from '../../api/problem.ts';
import { formatTime, INVITATION_STATE_NAMES, roleName } from '../../lib/member-words.ts';
import type { InvitationSummary } from '../../lib/people-types.ts';
import { ProblemView } from '../status.tsx';
import { UserText } from '../user-text.tsx';
import { ActingFor, type NamedParty, partyOf } from './named-party.tsx';

export function InvitationList(props: {
  invitations: InvitationSummary[];
  parties: NamedParty[];
  onWithdrawn: () => void;
}) {
  const open = props.invitations.filter((i) => i.state === 'open');
  const past = props.invitations.filter((i) => i.state !== 'open');
  if (props.invitations.length === 0) return <p className="muted">No invitation has been made yet.</p>;
  return (
    <>
      {open.length === 0 ? <p className="muted">No invitation is waiting to be used.</p> : null}
      <ul className="plain-list invitation-list">
        {open.map((i) => (
          <InvitationRow key={i.id} invitation={i} parties={props.parties} onWithdrawn={props.onWithdrawn} />
        ))}
      </ul>
      {past.length > 0 ? (
        <details>
          <summary>
            {past.length} earlier {past.length === 1 ? 'invitation' : 'invitations'} (used, withdrawn or
            expired)
          </summary>
          <ul className="plain-list invitation-list">
            {past.map((i) => (
              <InvitationRow
                key={i.id}
                invitation={i}
                parties={props.parties}
                onWithdrawn={props.onWithdrawn}
              />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function InvitationRow(props: {
  invitation: InvitationSummary;
  parties: NamedParty[];
  onWithdrawn: () => void;
}) {
  const i = props.invitation;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const party = partyOf(props.parties, i.partyId);
  const withdraw = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await deleteJson(`/api/invitations/${encodeURIComponent(i.id)}`);
      props.onWithdrawn();
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li data-testid="invitation" data-state={i.state}>
      <UserText text={i.name} />, {roleName(i.role, i.rank)}
      <ActingFor party={party} />
      {i.email ? (
        <span className="muted">
          {' '}
          (sent to <UserText text={i.email} />)
        </span>
      ) : null}
      {' — '}
      {INVITATION_STATE_NAMES[i.state]}
      {i.state === 'open' ? <span className="muted">, expires {formatTime(i.expiresAt)}</span> : null}{' '}
      {i.state === 'open' ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => void withdraw()}
          data-testid="invitation-withdraw"
        >
          {busy ? 'Withdrawing…' : 'Withdraw'}
        </button>
      ) : null}
      {problem ? <ProblemView problem={problem} /> : null}
    </li>
  );
}
