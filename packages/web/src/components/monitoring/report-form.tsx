// Files a monitoring report: the period it covers, a summary, and a finding on each tracked commitment the
// monitors looked at, with the status they propose on the 0–3 scale (a proposal only: a mediator decides on the
// implementation page). Checked as typed against core's ReportInput, the schema the server applies.
import { type ImplementationAnswer, PAM_WORDS, ReportInput } from '@concord/core';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';
import { useResource } from '../../api/use-resource.ts';
import { schemaErrors } from '../../lib/point-form.ts';

type Finding = { text: string; proposed: string };

export function ReportForm({ processId, onDone }: { processId: string; onDone: () => void }) {
  const implementation = useResource<ImplementationAnswer>(
    `/api/processes/${encodeURIComponent(processId)}/implementation`,
  );
  const today = new Date().toISOString().slice(0, 10);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [summary, setSummary] = useState('');
  const [findings, setFindings] = useState<Record<string, Finding>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const commitments = implementation.state === 'ok' ? implementation.data.commitments : [];
  const body = {
    from,
    to,
    summary,
    findings: commitments.flatMap((c) => {
      const f = findings[c.commitmentId];
      if (!f || f.text.trim() === '') return [];
      const proposedScore = f.proposed === '' ? null : Number(f.proposed);
      return [{ commitmentId: c.commitmentId, text: f.text, proposedScore }];
    }),
  };
  const errors = schemaErrors(ReportInput, body);
  const setFinding = (id: string, change: Partial<Finding>) =>
    setFindings((all) => ({ ...all, [id]: { text: '', proposed: '', ...all[id], ...change } }));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await postJson(`/api/processes/${encodeURIComponent(processId)}/reports`, body);
      setSummary('');
      setFindings({});
      onDone();
    } catch (error) {
      setProblem(
        error instanceof ApiError ? error.problem : { type: 'about:blank', title: String(error), status: 0 },
      );
    }
  };
  return (
    <form className="incident-form" onSubmit={submit} data-testid="report-form">
      <fieldset>
        <legend>File a monitoring report</legend>
        <label>
          From <input type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          To <input type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          Summary <textarea name="summary" value={summary} onChange={(e) => setSummary(e.target.value)} />
        </label>
      </fieldset>
      {commitments.length > 0 ? (
        <fieldset>
          <legend>Findings per commitment (leave blank what the report does not cover)</legend>
          {commitments.map((c) => (
            <div key={c.commitmentId} className="incident-field" data-testid="report-finding">
              <label htmlFor={`finding-${c.commitmentId}`}>{c.action}</label>
              <textarea
                id={`finding-${c.commitmentId}`}
                value={findings[c.commitmentId]?.text ?? ''}
                onChange={(e) => setFinding(c.commitmentId, { text: e.target.value })}
              />
              <select
                aria-label="Proposed status"
                value={findings[c.commitmentId]?.proposed ?? ''}
                onChange={(e) => setFinding(c.commitmentId, { proposed: e.target.value })}
              >
                <option value="">No status proposed</option>
                {PAM_WORDS.map((w, score) => (
                  <option key={w} value={score}>
                    Propose {score} · {w}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ) : null}
      {Object.keys(errors).length > 0 ? (
        <ul className="field-error" data-testid="report-errors">
          {Object.entries(errors).map(([path, message]) => (
            <li key={path}>
              {path}: {message}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="submit" disabled={Object.keys(errors).length > 0}>
        File the report
      </button>
      {problem ? (
        <p role="alert" className="problem">
          {problem.detail ?? problem.title}
        </p>
      ) : null}
    </form>
  );
}
