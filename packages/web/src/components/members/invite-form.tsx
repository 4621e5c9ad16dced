import { type FormEvent, useState } from 'react';
import { postJson } from '../../api/client.ts';
import { asProblem, type Problem } from '../../api/problem.ts';
import {
  emptyInvitationForm,
  type InvitationErrors,
  type InvitationForm,
  invitationErrorsFromProblem,
  MAX_INVITATION_HOURS,
  ROLE_HINTS,
  ROLE_NAMES,
  ranksOf,
  takesParty,
  toInvitationRequest,
} from '../../lib/member-words.ts';
import { type IssuedInvitation, MEMBER_ROLES, type MemberRole } from '../../lib/people-types.ts';
import { ProblemView } from '../status.tsx';
import { Field } from '../valuation-fields.tsx';
import type { NamedParty } from './named-party.tsx';

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
