import { type FormEvent, useState } from 'react';
import { deleteJson, patchJson, postJson } from '../api/client.ts';
import { asProblem, type Problem } from '../api/problem.ts';
import { useResource } from '../api/use-resource.ts';
import { formatDate } from '../lib/commitments.ts';
import {
  CHANGE_HINTS,
  CHANGE_NAMES,
  emptyInvitationForm,
  formatTime,
  INVITATION_STATE_NAMES,
  type InvitationErrors,
  type InvitationForm,
  invitationErrorsFromProblem,
  MAX_INVITATION_HOURS,
  ROLE_HINTS,
  ROLE_NAMES,
  ranksOf,
  roleName,
  STATUS_NAMES,
  statusChanges,
  takesParty,
  toInvitationRequest,
} from '../lib/member-words.ts';

import {
  type Abilities,
  type InvitationSummary,
  type InvitationsAnswer,
  type IssuedInvitation,
  MEMBER_ROLES,
  type Member,
  type MemberRole,
  type MemberStatus,
  type MembersAnswer,
  may,
} from '../lib/people-types.ts';
import { Loaded, ProblemView } from './status.tsx';
import { UserText } from './user-text.tsx';
import { Field } from './valuation-fields.tsx';

type NamedParty = { id: string; name: string };

/**
 * Who takes part in a process and in which role, for members of the process; those who manage its members
 * (the server says who) also suspend, reinstate or end memberships and invite people.
 */
export function MembersSection(props: { processId: string; abilities: Abilities; parties: NamedParty[] }) {
  if (!may(props.abilities, 'read-members')) return null;
  return <MembersLoader {...props} />;
}

function MembersLoader(props: { processId: string; abilities: Abilities; parties: NamedParty[] }) {
  const [refresh, setRefresh] = useState(0);
  const members = useResource<MembersAnswer>(
    `/api/processes/${encodeURIComponent(props.processId)}/members`,
    refresh,
  );
  const manages = may(props.abilities, 'manage-members');
  return (
    <section className="members" aria-labelledby="members-heading" data-testid="members">
      <h2 id="members-heading">Members</h2>
      <p className="muted">
        The people who act in this process, each in one role. What a member may read and do follows from that
        role (and, for a delegate, from the party they act for). Only members of the process see this list.
      </p>
      <Loaded resource={members} what="the members">
        {(m) => <MembersTable members={m.members} onChanged={() => setRefresh((n) => n + 1)} />}
      </Loaded>
      {manages ? (
        <Invitations
          processId={props.processId}
          parties={props.parties}
          onAccepted={() => setRefresh((n) => n + 1)}
        />
      ) : null}
    </section>
  );
}

export function MembersTable({ members, onChanged }: { members: Member[]; onChanged: () => void }) {
  if (members.length === 0) return <p className="muted">No one is a member yet.</p>;
  return (
    <table className="parties-table members-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Party</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="sr-only">Changes</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id} data-testid="member" data-status={m.status}>
            <td>
              <UserText text={m.name} />
            </td>
            <td>{roleName(m.role, m.rank)}</td>
            <td>{m.partyName ? <UserText text={m.partyName} /> : <span className="muted">—</span>}</td>
            <td>
              <span className={`member-status member-${m.status}`}>{STATUS_NAMES[m.status] ?? m.status}</span>
              <span className="muted"> since {formatDate(m.since)}</span>
            </td>
            <td>{m.abilities.manage === true ? <MemberChange member={m} onChanged={onChanged} /> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Suspend, reinstate or end one membership, with the reason the log keeps. */
export function MemberChange({ member, onChanged }: { member: Member; onChanged: () => void }) {
  const changes = statusChanges(member.status);
  const [status, setStatus] = useState<MemberStatus | null>(changes[0] ?? null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (changes.length === 0 || status === null) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length === 0) {
      setMessage('Give a reason: the log keeps it with the change.');
      return;
    }
    setSaving(true);
    setMessage(null);
    setProblem(null);
    try {
      await patchJson(`/api/memberships/${encodeURIComponent(member.id)}`, { status, reason: reason.trim() });
      onChanged();
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <details className="member-change" data-testid="member-change">
      <summary>Change…</summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {changes.map((c) => (
          <label key={c} className="choice">
            <input
              type="radio"
              name={`change-${member.id}`}
              checked={status === c}
              onChange={() => setStatus(c)}
              data-testid={`member-${c}`}
            />{' '}
            {CHANGE_NAMES[c]} <span className="muted">({CHANGE_HINTS[c]})</span>
          </label>
        ))}
        <label className="field">
          <span>Reason (kept in the log)</span>
          <input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={2000}
            dir="auto"
            data-testid="member-reason"
          />
        </label>
        {message ? (
          <p className="problem" role="alert">
            {message}
          </p>
        ) : null}
        {problem ? <ProblemView problem={problem} /> : null}
        <button type="submit" disabled={saving} data-testid="member-change-submit">
          {saving ? 'Saving…' : `${CHANGE_NAMES[status]} this membership`}
        </button>
      </form>
    </details>
  );
}

function Invitations(props: { processId: string; parties: NamedParty[]; onAccepted: () => void }) {
  const [refresh, setRefresh] = useState(0);
  // The link of the invitation just made: held here only, shown until dismissed, never fetched again.
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const list = useResource<InvitationsAnswer>(
    `/api/processes/${encodeURIComponent(props.processId)}/invitations`,
    refresh,
  );
  return (
    <div className="invitations" data-testid="invitations">
      <h3>Invite someone</h3>
      <p className="muted">
        An invitation offers one role in this process to one person, by a link you send them yourself (Concord
        sends no e-mail). Whoever opens the link first, before it expires, becomes the member.
      </p>
      {issued ? (
        <IssuedLink issued={issued} parties={props.parties} onDone={() => setIssued(null)} />
      ) : (
        <InviteForm
          processId={props.processId}
          parties={props.parties}
          onIssued={(i) => {
            setIssued(i);
            setRefresh((n) => n + 1);
          }}
        />
      )}
      <h3>Invitations</h3>
      <Loaded resource={list} what="the invitations">
        {(a) => (
          <InvitationList
            invitations={a.invitations}
            parties={props.parties}
            onWithdrawn={() => {
              setRefresh((n) => n + 1);
              props.onAccepted();
            }}
          />
        )}
      </Loaded>
    </div>
  );
}

export function InviteForm(props: {
  processId: string;
  parties: NamedParty[];
  onIssued: (issued: IssuedInvitation) => void;
}) {
  const [form, setForm] = useState<InvitationForm>(emptyInvitationForm);
  const [errors, setErrors] = useState<InvitationErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<InvitationForm>) => setForm((f) => ({ ...f, ...change }));
  const ranks = ranksOf(form.role);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = toInvitationRequest(form);
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setSaving(true);
    setErrors({});
    setProblem(null);
    try {
      const issued = await postJson<IssuedInvitation>(
        `/api/processes/${encodeURIComponent(props.processId)}/invitations`,
        built.request,
      );
      setForm(emptyInvitationForm());
      props.onIssued(issued);
    } catch (error) {
      const p = asProblem(error);
      setErrors(invitationErrorsFromProblem(p.errors ?? []));
      setProblem(p);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="invite-form" onSubmit={(e) => void submit(e)} noValidate data-testid="invite-form">
      <Field label="Role" error={errors.role} testId="invite-role">
        {(id) => (
          <select
            id={id}
            value={form.role}
            onChange={(e) => set({ role: e.target.value as MemberRole, rank: '' })}
            data-testid="invite-role"
          >
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_NAMES[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="muted field-hint">
        A {ROLE_NAMES[form.role].toLowerCase()} {ROLE_HINTS[form.role]}.
      </p>
      {ranks.length > 0 ? (
        <Field label="Rank" error={errors.rank} testId="invite-rank">
          {(id) => (
            <select
              id={id}
              value={form.rank}
              onChange={(e) => set({ rank: e.target.value })}
              data-testid="invite-rank"
            >
              <option value="">Choose…</option>
              {ranks.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {takesParty(form.role) ? (
        <Field
          label={form.role === 'delegate' ? 'Party they act for' : 'Party they act for (optional)'}
          error={errors.partyId}
          testId="invite-party"
        >
          {(id) => (
            <select
              id={id}
              value={form.partyId}
              onChange={(e) => set({ partyId: e.target.value })}
              data-testid="invite-party"
            >
              <option value="">{form.role === 'delegate' ? 'Choose…' : 'None'}</option>
              {props.parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label="Name shown in this process" error={errors.name} testId="invite-name">
        {(id) => (
          <input
            id={id}
            value={form.name}
            onChange={(e) => set({ name: e.target.value })}
            maxLength={200}
            dir="auto"
            data-testid="invite-name"
          />
        )}
      </Field>
      <Field
        label="E-mail (optional; only to remember where you sent the link)"
        error={errors.email}
        testId="invite-email"
      >
        {(id) => (
          <input
            id={id}
            type="email"
            value={form.email}
            onChange={(e) => set({ email: e.target.value })}
            data-testid="invite-email"
          />
        )}
      </Field>
      <Field
        label={`The link works for (hours, 1–${MAX_INVITATION_HOURS})`}
        error={errors.hours}
        testId="invite-hours"
      >
        {(id) => (
          <input
            id={id}
            inputMode="numeric"
            value={form.hours}
            onChange={(e) => set({ hours: e.target.value })}
            data-testid="invite-hours"
          />
        )}
      </Field>
      {problem ? <ProblemView problem={problem} /> : null}
      <button type="submit" disabled={saving} data-testid="invite-submit">
        {saving ? 'Making the link…' : 'Make an invitation link'}
      </button>
    </form>
  );
}

/** The new invitation's link: the only time it is shown (the server keeps only its hash). */
export function IssuedLink({
  issued,
  parties = [],
  onDone,
}: {
  issued: IssuedInvitation;
  parties?: NamedParty[];
  onDone: () => void;
}) {
  const party = issued.partyId ? parties.find((p) => p.id === issued.partyId) : undefined;
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.link);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="issued-link" role="status" data-testid="issued-link">
      <p>
        Invitation made for <UserText text={issued.name} /> as {roleName(issued.role, issued.rank)}
        {party ? (
          <>
            {' '}
            acting for <UserText text={party.name} />
          </>
        ) : null}
        .{' '}
        <strong>
          Send this link to the person; it works once and expires at {formatTime(issued.expiresAt)}.
        </strong>{' '}
        It is shown only now: Concord keeps no copy it could show again.
      </p>
      <p className="link-row">
        <input
          readOnly
          value={issued.link}
          aria-label="Invitation link"
          onFocus={(e) => e.target.select()}
          data-testid="issued-link-value"
        />{' '}
        <button type="button" onClick={() => void copy()} data-testid="issued-link-copy">
          Copy
        </button>{' '}
        {copied === 'yes' ? <span className="verdict-ok">Copied.</span> : null}
        {copied === 'failed' ? (
          <span className="muted">The browser did not allow copying: select the link and copy it.</span>
        ) : null}
      </p>
      <button type="button" onClick={onDone} data-testid="issued-link-done">
        Done (hide the link)
      </button>
    </div>
  );
}

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
  const party = i.partyId ? props.parties.find((p) => p.id === i.partyId) : undefined;
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
      {party ? (
        <>
          {' '}
          acting for <UserText text={party.name} />
        </>
      ) : null}
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
