import { type FormEvent, useState } from 'react';
import { patchJson } from '../../api/client.ts';
import { asProblem, type Problem } from '../../api/problem.ts';
import { CHANGE_HINTS, CHANGE_NAMES, statusChanges } from '../../lib/member-words.ts';
import type { Member, MemberStatus } from '../../lib/people-types.ts';
import { ProblemView } from '../status.tsx';

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
