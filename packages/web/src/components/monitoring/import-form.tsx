// Imports an ACLED CSV: the file is read here and sent as text. When a row is bad, nothing is imported and each
// bad row is listed by its line in the file (as a text editor numbers lines), so it can be corrected; or the user
// imports again skipping the bad rows, which are then listed as skipped.
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';

export type ImportResult = { imported: string[]; skipped: { line: number; message: string }[] };

export function ImportForm({
  processId,
  onDone,
}: {
  processId: string;
  onDone: (result: ImportResult) => void;
}) {
  const [csv, setCsv] = useState('');
  const [skip, setSkip] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const path = `/api/processes/${encodeURIComponent(processId)}/incidents/import`;
      onDone(await postJson<ImportResult>(path, { csv, skipBadRows: skip }));
    } catch (error) {
      setProblem(
        error instanceof ApiError ? error.problem : { type: 'about:blank', title: String(error), status: 0 },
      );
    }
  };
  return (
    <form className="import-form" onSubmit={submit} data-testid="import-form">
      <h3>Import incidents from an ACLED file</h3>
      <p className="muted">
        A CSV in ACLED’s export format (its 31 columns; dates like 2025-10-19 or 19 October 2025). Every row
        must be valid, or nothing is imported.
      </p>
      <label>
        CSV file{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? '')}
        />
      </label>
      <label>
        or paste it
        <textarea value={csv} onChange={(e) => setCsv(e.target.value)} rows={4} name="csv" />
      </label>
      <label>
        <input type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} /> Skip bad rows and
        import the rest
      </label>
      <button type="submit" disabled={csv.trim() === ''}>
        Import
      </button>
      {problem ? (
        <div role="alert" className="problem" data-testid="import-problem">
          <p>{problem.detail ?? problem.title}</p>
          <ul>
            {(problem.errors ?? []).map((e) => (
              <li key={`${e.path}${e.message}`}>
                <strong>{e.path}</strong>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}

/** What the last import did; kept by the page, since the form is drawn again once the incidents reload. */
export function ImportOutcome({ result }: { result: ImportResult }) {
  const skipped = result.skipped.map((s) => `line ${s.line} (${s.message})`).join(', ');
  return (
    <p role="status" data-testid="import-result">
      {result.imported.length} incidents imported{skipped ? `; skipped ${skipped}` : ''}.
    </p>
  );
}
