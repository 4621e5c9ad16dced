import { toDisplayJson } from '@concord/core/text';
import { type Check, isConfidential, verifyEntryBundle } from '@concord/ledger/verify';
import { useDeferredValue, useMemo, useState } from 'react';
import type { CheckpointAnswer, InclusionAnswer, LogEntryAnswer } from '../api/types.ts';
import { formatDate } from '../lib/commitments.ts';
import { describeEvent } from '../lib/describe-event.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';
import { useKeyPin } from '../verify/key-pin.ts';
import { useLogGrowth } from '../verify/use-log-growth.ts';
import { versionOfEntry } from '../verify/version-of-entry.ts';
import { ProofBundleLink } from './proof-bundle-link.tsx';

/**
 * The verify page's result: every check as a line with ✓/✗ and what it means, the facts of the entry, the
 * editable event and verifier key (checks re-run as they change), the raw checkpoint and the proof.
 */
export function EntryChecks(props: {
  index: number;
  checkpoint: CheckpointAnswer;
  entry: LogEntryAnswer;
  proof: InclusionAnswer;
}) {
  const confidential = isConfidential(props.entry);
  // Hidden characters in the event's strings are written as \u escapes: the text parses (and hashes) to the same
  // event, but a right-to-left override cannot make it read differently from what it says.
  const served = useMemo(() => toDisplayJson(props.entry.event, 2), [props.entry]);
  const [eventText, setEventText] = useState(served);
  const [verifierKey, setVerifierKey] = useState(props.checkpoint.verifierKey);
  // Re-hashing a large event (the demo's counter-draft is 50 KB) takes a moment: typing stays responsive and
  // the checks follow the text as soon as the browser is idle.
  const checkedText = useDeferredValue(eventText);
  const result = useMemo(
    () => verifyEntryBundle({ ...props, eventText: checkedText, verifierKey }),
    [props, checkedText, verifierKey],
  );
  const growth = useLogGrowth(verifierKey, result.signed);
  const keyPin = useKeyPin(verifierKey, verifierKey === props.checkpoint.verifierKey, result.signed !== null);
  const growthFailed = growth.state === 'done' && !growth.check.ok;
  const verdictOk = result.ok && !growthFailed && keyPin.ok;
  const edited = eventText !== served || verifierKey !== props.checkpoint.verifierKey;
  const recorded = describeEvent(props.entry.event);
  const shapes = versionOfEntry(props.entry.event);
  return (
    <div className="verify-grid">
      <section
        className="verify-result"
        data-testid="verify-result"
        data-ok={verdictOk ? 'true' : 'false'}
        aria-live="polite"
      >
        <h2 className={verdictOk ? 'verdict ok' : 'verdict bad'}>
          {verdictOk ? '✓ Verified' : '✗ Not verified'}
          {edited ? <span className="verdict-note"> (with your edits)</span> : null}
          {confidential && verdictOk ? <span className="verdict-note"> (its place in the log)</span> : null}
        </h2>
        <p>
          {result.summary}
          {growthFailed && result.ok
            ? ' But the log’s history changed since you last checked it (see below).'
            : ''}
          {!keyPin.ok && result.ok ? ' But the log is signed with another key than before (see below).' : ''}
        </p>
        {confidential ? (
          <p className="recorded confidential-note" data-testid="confidential-note">
            Entry {props.entry.index} is confidential: it is about something not shared with you, so its event
            and salt are not given to you either, so the checks below start from the leaf hash the log gives.
          </p>
        ) : (
          <p className="recorded" data-testid="recorded">
            Entry {props.entry.index} records {recorded.text}
            {recorded.href ? (
              <>
                {' '}
                (<Link href={recorded.href}>open</Link>)
              </>
            ) : null}
            .
          </p>
        )}
        {shapes !== null ? (
          <p className="muted" data-testid="covers-only">
            This checks entry {props.entry.index} alone, not the later changes to the version it shapes:{' '}
            <Link href={paths.verifyVersion(shapes)}>verify the version as it is shown</Link>.
          </p>
        ) : null}
        {props.entry.summary ? (
          <p className="recorded" data-testid="entry-summary">
            {props.entry.summary}, committed {formatDate(props.entry.committedAt)}.
          </p>
        ) : null}
        <ul className="checks">
          {result.checks.map((c) => (
            <CheckLine key={c.id} check={c} />
          ))}
          <CheckLine check={keyPin} />
          {growth.state === 'done' ? <CheckLine check={growth.check} /> : null}
          {growth.state === 'pending' ? (
            <li className="check pending" data-testid="check" data-ok="pending" data-check="growth">
              <span className="check-mark" aria-hidden="true">
                …
              </span>
              <span className="check-body">
                <strong>Checking that the log only grew since size {growth.previous.size}…</strong>
              </span>
            </li>
          ) : null}
        </ul>
        {growth.state === 'first' ? (
          <p className="muted growth-note" data-testid="growth-note">
            This browser has not checked this log before. It now remembers the signed checkpoint (size{' '}
            {growth.size}
            ), so on your next visit it can prove that the log only grew and nothing was rewritten.
          </p>
        ) : null}
        <dl className="entry-facts">
          <dt>Entry</dt>
          <dd>{props.entry.index}</dd>
          <dt>Event type</dt>
          <dd>{props.entry.type === null ? <em>not shared</em> : <code>{props.entry.type}</code>}</dd>
          <dt>Event id</dt>
          <dd>{props.entry.eventId === null ? <em>not shared</em> : <code>{props.entry.eventId}</code>}</dd>
          <dt>Committed</dt>
          <dd>
            {formatDate(props.entry.committedAt)} <span className="muted">{props.entry.committedAt}</span>
          </dd>
          <dt>Salt</dt>
          <dd>
            {props.entry.salt === null ? (
              <em>not shared</em>
            ) : (
              <code className="hash">{props.entry.salt}</code>
            )}
          </dd>
          <dt>Leaf hash</dt>
          <dd>
            <code className="hash">{props.entry.leafHash}</code>
          </dd>
        </dl>
        <ProofBundleLink index={props.entry.index} />
      </section>
      <section className="verify-inputs" aria-label="What was checked">
        {confidential ? null : (
          <>
            <h2 className="panel-title">The event</h2>
            <p className="muted">
              Edit the event (or paste a copy you were given) and the checks re-run here at once: any change
              to its content makes the leaf and inclusion checks fail.
            </p>
            <textarea
              className="event-text"
              spellCheck={false}
              value={eventText}
              onChange={(e) => setEventText(e.target.value)}
              aria-label="Event JSON"
              data-testid="event-text"
              rows={14}
            />
          </>
        )}
        <label className="key-field">
          Verifier key of the log (the server announces this one; paste one published elsewhere to check
          against it)
          <input
            value={verifierKey}
            onChange={(e) => setVerifierKey(e.target.value)}
            spellCheck={false}
            data-testid="verifier-key"
          />
        </label>
        {edited ? (
          <button
            type="button"
            onClick={() => {
              setEventText(served);
              setVerifierKey(props.checkpoint.verifierKey);
            }}
          >
            Restore what the server sent
          </button>
        ) : null}
        <h2 className="panel-title">Signed checkpoint</h2>
        <pre className="raw" data-testid="raw-checkpoint">
          {props.checkpoint.checkpoint}
        </pre>
        <details>
          <summary>Inclusion proof ({props.proof.proof.length} hashes)</summary>
          <ol className="proof-hashes">
            {props.proof.proof.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: proof order is the proof
              <li key={i}>
                <code className="hash">{h}</code>
              </li>
            ))}
          </ol>
        </details>
      </section>
    </div>
  );
}

function CheckLine({ check }: { check: Check }) {
  return (
    <li
      className={check.ok ? 'check ok' : 'check bad'}
      data-testid="check"
      data-ok={check.ok ? 'true' : 'false'}
      data-check={check.id}
    >
      <span className="check-mark" aria-hidden="true">
        {check.ok ? '✓' : '✗'}
      </span>
      <span className="check-body">
        <strong>{check.title}</strong>
        <span className="sr-only">{check.ok ? ' (passed)' : ' (failed)'}</span>
        <span className="check-detail">{check.detail}</span>
      </span>
    </li>
  );
}
