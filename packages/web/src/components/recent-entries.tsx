import type { LogEntryAnswer } from '../api/types.ts';
import { formatDate } from '../lib/commitments.ts';
import { describeEvent } from '../lib/describe-event.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

/**
 * The last few log entries, newest first, each a link to verify it, and a link to the whole log: a reader
 * who arrives at the verify page without an entry number has something to check.
 */
export function RecentEntries({ entries, current }: { entries: LogEntryAnswer[]; current: number | null }) {
  return (
    <section className="recent-entries" aria-labelledby="recent-entries-heading" data-testid="recent-entries">
      <h2 id="recent-entries-heading" className="panel-title">
        Latest entries
      </h2>
      <ul className="recent-list">
        {[...entries]
          .sort((a, b) => b.index - a.index)
          .map((e) => (
            <li key={e.index} data-testid="recent-entry" data-current={e.index === current}>
              {e.index === current ? (
                <strong>{e.index}</strong>
              ) : (
                <Link href={paths.verify(e.index)} title={`Verify entry ${e.index}`}>
                  {e.index}
                </Link>
              )}{' '}
              {e.confidential === true
                ? 'Confidential entry (about something not shared with you)'
                : capitalize(describeEvent(e.event).text)}{' '}
              <time className="muted" dateTime={e.committedAt}>
                {formatDate(e.committedAt)}
              </time>
            </li>
          ))}
      </ul>
      <p>
        <Link href={paths.log()}>The whole log →</Link>
      </p>
    </section>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
