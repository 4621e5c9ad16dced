// The two things people do on the Guarantees page: a party notifies (its delegate; a mediator records a party's
// notification), and a mediator sets the rules from a concord.rules/1 file. A refusal is shown as the server
// gave it, naming the field.
import { useState } from 'react';
import { postJson, putJson } from '../../api/client.ts';
import { asProblem, type Problem } from '../../api/problem.ts';
import type { GuaranteesView } from './types.ts';

function ProblemNote({ problem }: { problem: Problem | null }) {
  if (!problem) return null;
  const errors = (problem as { errors?: { path: string; message: string }[] }).errors ?? [];
  return (
    <div role="alert" className="problem">
      <p>{problem.detail ?? problem.title}</p>
      <ul>
        {errors.map((e) => (
          <li key={`${e.path}:${e.message}`}>
            {e.path}: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function NotifyForm({ view, onDone }: { view: GuaranteesView; onDone: () => void }) {
  const [partyId, setPartyId] = useState('');
  const [against, setAgainst] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const body = { ...(partyId ? { partyId } : {}), against, note };
      await postJson(`/api/processes/${encodeURIComponent(view.processId)}/guarantees/notifications`, body);
      setNote('');
      onDone();
    } catch (error) {
      setProblem(asProblem(error));
    }
  };
  return (
    <form className="guarantee-form" onSubmit={submit} data-testid="notify-form">
      <h3>Notify under the rules</h3>
      <p className="muted">
        A party’s formal notice (of a violation, of non-performance). A delegate notifies for its own party; a
        mediator records a party’s letter by choosing the party. A rule that counts notifications opens a
        case.
      </p>
      <label>
        Party (mediators only){' '}
        <select value={partyId} onChange={(e) => setPartyId(e.target.value)}>
          <option value="">my own party</option>
          {view.parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Against <input value={against} onChange={(e) => setAgainst(e.target.value)} />
      </label>
      <label>
        What is notified <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </label>
      <button type="submit">Send the notification</button>
      <ProblemNote problem={problem} />
    </form>
  );
}

export function RulesForm({ view, onDone }: { view: GuaranteesView; onDone: () => void }) {
  const [text, setText] = useState(() => (view.rules ? JSON.stringify(view.rules.rules, null, 2) : ''));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    let rules: unknown;
    try {
      rules = JSON.parse(text);
    } catch (error) {
      setProblem({ type: 'about:blank', title: `This is not JSON: ${String(error)}`, status: 0 });
      return;
    }
    try {
      await putJson(`/api/processes/${encodeURIComponent(view.processId)}/guarantees/rules`, {
        rules,
        reason,
      });
      onDone();
    } catch (error) {
      setProblem(asProblem(error));
    }
  };
  return (
    <form className="guarantee-form" onSubmit={submit} data-testid="rules-form">
      <h3>Set the rules</h3>
      <p className="muted">
        A rules file in the concord.rules/1 format (the one <code>concord rules simulate</code> reads; see
        examples/rules in the repository). The new rules replace the old ones; cases already opened keep what
        happened in them.
      </p>
      <label>
        The rules file
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={16} name="rules" />
      </label>
      <label>
        Why <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" disabled={text.trim() === ''}>
        Set the rules
      </button>
      <ProblemNote problem={problem} />
    </form>
  );
}
