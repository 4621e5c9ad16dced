import type { LeakTraceAnswer } from '@concord/core/copies';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { useAction } from '../account/use-action.ts';
import { NoticeLine } from '../notice.tsx';

const percent = (p: number) => `${(p * 100).toFixed(p > 0.999 || p < 0.001 ? 2 : 1)} %`;

/** The mediators' view: paste a leaked text (even a few points) and see whose copy it most likely came from. */
export function TraceLeak({ versionId }: { versionId: string }) {
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<LeakTraceAnswer | null>(null);
  const [busy, notice, act] = useAction();
  const trace = () =>
    act(async () => {
      setAnswer(
        await postJson<LeakTraceAnswer>(`/api/versions/${encodeURIComponent(versionId)}/copies/trace`, {
          text,
        }),
      );
    });
  return (
    <div className="trace-leak" data-testid="trace-leak">
      <h3>Trace a leak</h3>
      <p>
        Paste a leaked text, even a few points of it, re-typed or reformatted. Concord reads which of the
        recipients' wordings it carries and ranks the copies it could come from, with the likelihood of each.
        When the text shows too few of the marks to tell, it says so rather than point at anyone.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void trace();
        }}
      >
        <label htmlFor="leak-text">The leaked text</label>
        <textarea id="leak-text" dir="auto" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={busy || text.trim() === ''}>
          Trace
        </button>
      </form>
      <NoticeLine notice={notice} testId="trace-leak-notice" />
      {answer ? <TraceVerdict answer={answer} /> : null}
    </div>
  );
}

function TraceVerdict({ answer }: { answer: LeakTraceAnswer }) {
  return (
    <div className="trace-verdict" data-testid="trace-verdict" aria-live="polite">
      <p className={answer.verdict === 'identified' ? 'trace-identified' : 'trace-undecided'}>
        {answer.summary}
      </p>
      {answer.ranking.length > 0 ? (
        <table className="copies-table">
          <thead>
            <tr>
              <th scope="col">Copy released to</th>
              <th scope="col">Likelihood</th>
              <th scope="col">Marks that agree</th>
              <th scope="col">Marks that differ</th>
            </tr>
          </thead>
          <tbody>
            {answer.ranking.map((r) => (
              <tr key={r.copyId} data-testid="trace-rank">
                <td dir="auto">{r.partyName}</td>
                <td>{percent(r.posterior)}</td>
                <td>{r.agree}</td>
                <td>{r.disagree}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
