// Sets a commitment's status: the score on the Peace Accords Matrix scale, the day it holds from, the reason and
// the evidence. Files are hashed here, in the browser (SubtleCrypto): only their hashes, names, sizes and types
// are sent and logged, so whoever holds a file can later show it is the one the status rests on.
import { PAM_WORDS } from '@concord/core';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';
import { type EvidenceRef, evidenceOf } from '../../lib/evidence-hash.ts';

function asProblem(error: unknown): Problem {
  return error instanceof ApiError
    ? error.problem
    : { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error) };
}

export function StatusForm({
  commitmentId,
  today,
  onDone,
}: {
  commitmentId: string;
  today: string;
  onDone: () => void;
}) {
  const [score, setScore] = useState(1);
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState<EvidenceRef[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  // Submitting waits for the hashes: a status sent before them would go without its evidence.
  const hash = async (files: FileList | null) => {
    setBusy(true);
    try {
      setEvidence(await Promise.all([...(files ?? [])].map((f) => evidenceOf(f))));
    } finally {
      setBusy(false);
    }
  };
  const submit = async () => {
    setProblem(null);
    setBusy(true);
    try {
      await postJson(`/api/commitments/${encodeURIComponent(commitmentId)}/statuses`, {
        score,
        on,
        reason,
        evidence,
      });
      setReason('');
      setEvidence([]);
      onDone();
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="status-form"
      data-testid="status-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>Set the status</legend>
        <label>
          Status{' '}
          <select name="score" value={score} onChange={(e) => setScore(Number(e.target.value))}>
            {PAM_WORDS.map((w, i) => (
              <option key={w} value={i}>
                {i} — {w}
              </option>
            ))}
          </select>
        </label>
        <label>
          Holds from{' '}
          <input type="date" name="on" value={on} max={today} onChange={(e) => setOn(e.target.value)} />
        </label>
        <label>
          Reason{' '}
          <textarea
            name="reason"
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
          />
        </label>
        <label>
          Evidence (hashed in your browser; the files are not uploaded){' '}
          <input type="file" name="evidence" multiple onChange={(e) => void hash(e.target.files)} />
        </label>
        {evidence.length > 0 ? (
          <ul className="evidence" data-testid="evidence-hashes">
            {evidence.map((e) => (
              <li key={e.sha256}>
                {e.name} ({e.size} bytes): <code>{e.sha256}</code>
              </li>
            ))}
          </ul>
        ) : null}
        <button type="submit" disabled={busy}>
          Set status
        </button>
      </fieldset>
      {problem ? (
        <p className="implementation-problem" role="alert" data-testid="status-problem">
          {problem.title}
          {problem.detail ? `: ${problem.detail}` : ''}
        </p>
      ) : null}
    </form>
  );
}
