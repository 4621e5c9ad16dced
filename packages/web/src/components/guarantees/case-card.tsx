// One guarantee case: the rule it runs under, where it stands (the step it waits in and its deadline, or the
// outcome) and its timeline: each change of state with the date it took effect and the log entry that records it.
import { revealInvisible } from '@concord/core/text';
import { changeWords } from '../../lib/guarantee-words.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import type { CaseView } from './types.ts';

const day = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** A case's words with each commitment id the reader may read replaced by the commitment in words. */
function named(words: string, commitments: Record<string, string>): string {
  return Object.entries(commitments).reduce(
    (out, [id, name]) => out.replaceAll(`'${id}'`, `“${name}”`),
    words,
  );
}

export function CaseCard({ c, commitments }: { c: CaseView; commitments: Record<string, string> }) {
  return (
    <article className="guarantee-case" data-testid="guarantee-case" data-case={c.id}>
      <h3>
        {revealInvisible(c.ruleTitle)} <span className="muted">({c.id})</span>
      </h3>
      <p data-testid="case-state">
        {c.status === 'open' ? (
          <>
            <strong>Open</strong> since {day(c.openedAt)}
            {c.pending ? (
              <>
                {' '}
                — now in “{revealInvisible(c.pending.title)}”
                {c.pending.deadline ? `, until ${day(c.pending.deadline)}` : ', with no time limit'}
              </>
            ) : null}
          </>
        ) : (
          <>
            <strong>Closed</strong>: {c.outcome}
          </>
        )}
      </p>
      <ol className="case-timeline" data-testid="case-timeline">
        {c.changes.map((x) => (
          <li key={x.seq}>
            <time dateTime={x.change.at}>{day(x.change.at)}</time>{' '}
            {named(changeWords(x.change, x.stepTitle), commitments)}{' '}
            <Link href={paths.verify(x.logIndex)}>entry {x.logIndex}</Link>
          </li>
        ))}
      </ol>
    </article>
  );
}
