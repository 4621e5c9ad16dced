// A mediator's forms for a council: setting one up (its name, mandate and decision rule) and adding a seat to it
// (a person or a party; a seat without an account has its votes recorded by a mediator from the minutes). Both
// are checked against core's schemas as typed, so the server refuses nothing the form accepted.
import {
  CouncilCreate,
  CouncilMemberInput,
  DECISION_KINDS,
  type DecisionKind,
  SEAT_ROLES,
} from '@concord/core';
import { useMemo, useState } from 'react';
import { postJson } from '../../api/client.ts';
import { schemaErrors } from '../../lib/point-form.ts';
import { useWrite } from '../authoring/use-write.ts';

const KIND_WORDS: Record<DecisionKind, string> = {
  consensus: 'Consensus (nobody objects)',
  'simple-majority': 'Simple majority',
  'qualified-majority': 'Qualified majority (a share you set)',
  'majority-with-chair-approval': 'Majority with the chair’s approval',
};

export function CouncilSetupForm({ processId, onDone }: { processId: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const [mandate, setMandate] = useState('');
  const [kind, setKind] = useState<DecisionKind>('consensus');
  const [share, setShare] = useState('2/3');
  const { problem, run } = useWrite();
  const body = useMemo(() => {
    const [numerator, denominator] = share.split('/').map((n) => Number(n.trim()));
    const threshold = kind === 'qualified-majority' ? { numerator, denominator } : null;
    return { name, mandate, rule: { kind, threshold } };
  }, [name, mandate, kind, share]);
  const errors = schemaErrors(CouncilCreate, body);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (await run(() => postJson(`/api/processes/${encodeURIComponent(processId)}/councils`, body))) {
      setName('');
      setMandate('');
      onDone();
    }
  };
  return (
    <form className="council-form" onSubmit={submit} data-testid="council-setup-form">
      <fieldset>
        <legend>Set up a council</legend>
        <label>
          Name <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Mandate <textarea name="mandate" value={mandate} onChange={(e) => setMandate(e.target.value)} />
        </label>
        <label>
          How it decides{' '}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as DecisionKind)}>
            {DECISION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_WORDS[k]}
              </option>
            ))}
          </select>
        </label>
        {kind === 'qualified-majority' ? (
          <label>
            Share of the votes that must be for{' '}
            <input name="threshold" value={share} onChange={(e) => setShare(e.target.value)} />
          </label>
        ) : null}
        {name !== '' && Object.keys(errors).length > 0 ? (
          <ul className="field-error" data-testid="council-setup-errors">
            {Object.entries(errors).map(([path, message]) => (
              <li key={path}>
                {path}: {message}
              </li>
            ))}
          </ul>
        ) : null}
        <button type="submit" disabled={Object.keys(errors).length > 0}>
          Set up the council
        </button>
      </fieldset>
      {problem ? (
        <p className="council-problem" role="alert">
          {problem.title}
          {problem.detail ? `: ${problem.detail}` : ''}
        </p>
      ) : null}
    </form>
  );
}

export function AddSeatForm({
  councilId,
  parties,
  onDone,
}: {
  councilId: string;
  parties: { id: string; name: string }[];
  onDone: () => void;
}) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<(typeof SEAT_ROLES)[number]>('member');
  const [partyId, setPartyId] = useState('');
  const { problem, run } = useWrite();
  const body = { name, role, partyId: partyId === '' ? null : partyId };
  const valid = Object.keys(schemaErrors(CouncilMemberInput, body)).length === 0;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (await run(() => postJson(`/api/councils/${encodeURIComponent(councilId)}/members`, body))) {
      setName('');
      setPartyId('');
      onDone();
    }
  };
  return (
    <form className="council-form" onSubmit={submit} data-testid="add-seat-form">
      <fieldset>
        <legend>Add a seat</legend>
        <label>
          Held by <input name="seat-name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Role{' '}
          <select name="role" value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
            {SEAT_ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          For party{' '}
          <select name="partyId" value={partyId} onChange={(e) => setPartyId(e.target.value)}>
            <option value="">—</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!valid}>
          Add the seat
        </button>
      </fieldset>
      {problem ? (
        <p className="council-problem" role="alert">
          {problem.title}
          {problem.detail ? `: ${problem.detail}` : ''}
        </p>
      ) : null}
    </form>
  );
}
