import type { CheckpointAnswer, List, LogEntryAnswer } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { Loaded } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { WitnessesSection } from '../components/witnesses-section.tsx';
import { formatDate } from '../lib/commitments.ts';
import { describeEvent } from '../lib/describe-event.ts';
import { logPage } from '../lib/log-page.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

const PAGE_SIZE = 25;

/**
 * The log as a public register: every entry, newest first, each saying who did what to which object of which
 * process (the server's summary, naming only what the reader may read) and when, with a link to verify it.
 */
export function LogPage({ end }: { end: number | null }) {
  useDocumentTitle('The log');
  const checkpoint = useResource<CheckpointAnswer>('/api/log/checkpoint');
  return (
    <>
      <header className="page-header">
        <h1>The log</h1>
        <p className="lede">
          Every change to Concord is an entry here, in order, and nothing can be taken out or rewritten
          without it showing. Open any entry to check it in your browser.
        </p>
      </header>
      <Loaded resource={checkpoint} what="the log’s checkpoint">
        {(cp) => (
          <>
            <Entries size={cp.size} end={end} />
            <WitnessesSection size={cp.size} />
          </>
        )}
      </Loaded>
    </>
  );
}

function Entries({ size, end }: { size: number; end: number | null }) {
  const page = logPage(size, end, PAGE_SIZE);
  const count = page.end - page.start;
  const entries = useResource<List<LogEntryAnswer>>(
    count > 0 ? `/api/log/entries?from=${page.start}&limit=${count}` : null,
  );
  if (count === 0) return <p className="muted">The log is empty.</p>;
  return (
    <>
      <p className="muted">
        Entries {page.start} to {page.end - 1} of {size} (the latest signed checkpoint).
      </p>
      <Loaded resource={entries} what="the entries">
        {({ items }) => (
          <table className="log-table" data-testid="log-table">
            <thead>
              <tr>
                <th scope="col">Entry</th>
                <th scope="col">What it records</th>
                <th scope="col">Event type</th>
                <th scope="col">Committed</th>
              </tr>
            </thead>
            <tbody>
              {[...items].reverse().map((e) => (
                <EntryRow key={e.index} entry={e} />
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
      <nav className="pager" aria-label="Log pages">
        {page.newer !== null ? <Link href={paths.log(page.newer)}>← Newer entries</Link> : <span />}
        {page.older !== null ? <Link href={paths.log(page.older)}>Older entries →</Link> : null}
      </nav>
    </>
  );
}

export function EntryRow({ entry }: { entry: LogEntryAnswer }) {
  if (entry.confidential === true) return <ConfidentialRow entry={entry} />;
  const what = describeEvent(entry.event);
  const detail = what.href ? <Link href={what.href}>{what.text}</Link> : what.text;
  return (
    <tr data-testid="log-entry" data-confidential="false">
      <td>
        <Link href={paths.verify(entry.index)} title={`Verify entry ${entry.index}`}>
          {entry.index}
        </Link>
      </td>
      <td>
        {entry.summary ? (
          <>
            <span data-testid="entry-summary">{entry.summary}</span>
            <br />
            <span className="muted">{detail}</span>
          </>
        ) : (
          detail
        )}
      </td>
      <td>
        <code>{entry.type}</code>
      </td>
      <td>
        <time dateTime={entry.committedAt}>{formatDate(entry.committedAt)}</time>
        <EventDate entry={entry} />
      </td>
    </tr>
  );
}

/**
 * When the event says it happened on another day than it was committed (a history recorded afterwards, as the
 * demo's 2025 negotiation is), that date too: the record shows both, and only the commit time is the log's.
 */
function EventDate({ entry }: { entry: LogEntryAnswer }) {
  const at = (entry.event as { at?: unknown } | null)?.at;
  if (typeof at !== 'string' || formatDate(at) === formatDate(entry.committedAt)) return null;
  return (
    <span className="muted event-date" data-testid="event-date">
      <br />
      dated <time dateTime={at}>{formatDate(at)}</time>
    </span>
  );
}

/** An entry the reader may not read: it is still in the register, by number, leaf hash and time. */
function ConfidentialRow({ entry }: { entry: LogEntryAnswer }) {
  return (
    <tr data-testid="log-entry" data-confidential="true" className="confidential-row">
      <td>
        <Link href={paths.verify(entry.index)} title={`Verify entry ${entry.index}`}>
          {entry.index}
        </Link>
      </td>
      <td>
        <span data-testid="confidential-entry">Confidential entry (about something not shared with you)</span>
        <br />
        <span className="muted">
          leaf hash <code className="hash">{entry.leafHash}</code>
        </span>
      </td>
      <td>
        <em className="muted">not shared</em>
      </td>
      <td>
        <time dateTime={entry.committedAt}>{formatDate(entry.committedAt)}</time>
      </td>
    </tr>
  );
}
