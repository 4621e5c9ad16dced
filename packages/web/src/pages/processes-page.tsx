import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import type { List, ProcessDetail, ProcessSummary } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { AudienceBadge } from '../components/audience-badge.tsx';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useSession } from '../components/use-session.ts';
import { formatDate } from '../lib/commitments.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

export function ProcessesPage() {
  // The list comes a page at a time (at most 100 a page): each page named by the cursor the one before gave.
  const [cursors, setCursors] = useState<string[]>([]);
  useDocumentTitle('Peace processes');
  return (
    <>
      <header className="page-header">
        <h1>Peace processes</h1>
        <p className="lede">
          Each process holds its parties and the plans negotiated between them, version by version.
        </p>
        <OpenProcessLink />
      </header>
      <ProcessesPageOf
        cursor={null}
        first
        onMore={(next) => setCursors([next])}
        more={cursors.length === 0}
      />
      {cursors.map((cursor, i) => (
        <ProcessesPageOf
          key={cursor}
          cursor={cursor}
          first={false}
          more={i === cursors.length - 1}
          onMore={(next) => setCursors([...cursors, next])}
        />
      ))}
    </>
  );
}

function ProcessesPageOf(props: {
  cursor: string | null;
  first: boolean;
  more: boolean;
  onMore: (next: string) => void;
}) {
  const query = props.cursor === null ? '' : `?cursor=${encodeURIComponent(props.cursor)}`;
  const processes = useResource<List<ProcessSummary> & { next?: string | null }>(`/api/processes${query}`);
  return (
    <Loaded resource={processes} what="the processes">
      {({ items, next }) => (
        <>
          {items.length === 0 && props.first ? (
            <p className="muted">No process has been recorded yet.</p>
          ) : (
            <ul className="cards">
              {items.map((p) => (
                <ProcessCard key={p.id} process={p} />
              ))}
            </ul>
          )}
          {props.more && typeof next === 'string' ? (
            <p>
              <button type="button" onClick={() => props.onMore(next)} data-testid="more-processes">
                Show more processes
              </button>
            </p>
          ) : null}
        </>
      )}
    </Loaded>
  );
}

/** For whom the server lets open processes (the policy's platform rule, as the session says). */
function OpenProcessLink() {
  const session = useSession();
  if (typeof session !== 'object' || !session.mayOpenProcesses) return null;
  return (
    <p>
      <Link className="button" href={paths.newProcess()} data-testid="open-process">
        Open a new process
      </Link>
    </p>
  );
}

export function ProcessCard({ process }: { process: ProcessSummary }) {
  // The list does not carry counts; each process is small, so its detail is read for them.
  const detail = useResource<ProcessDetail>(`/api/processes/${encodeURIComponent(process.id)}`);
  return (
    <li className="card">
      <h2 className="card-title">
        <Link href={paths.process(process.id)} data-testid="process-link" dir="auto">
          {revealInvisible(process.title)}
        </Link>
      </h2>
      {process.description ? <p dir="auto">{revealInvisible(process.description)}</p> : null}
      <p className="card-meta">
        <span>
          who can see it:{' '}
          <AudienceBadge
            audience={process.audience}
            parties={detail.state === 'ok' ? detail.data.parties : []}
          />
        </span>
        {detail.state === 'ok' ? (
          <>
            <span>{count(detail.data.parties.length, 'party', 'parties')}</span>
            <span>{count(detail.data.plans.length, 'plan', 'plans')}</span>
          </>
        ) : detail.state === 'error' ? (
          <span className="muted">counts unavailable ({detail.problem.title})</span>
        ) : (
          <span className="muted">counting…</span>
        )}
        {/* createdAt is when the process entered this log (for the demo, the day it was loaded), not a date of
            the process itself, so it is named that way beside events of other years. */}
        <span>added to this log {formatDate(process.createdAt)}</span>
      </p>
    </li>
  );
}

export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
