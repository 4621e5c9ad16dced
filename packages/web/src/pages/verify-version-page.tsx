import { useMemo } from 'react';
import type { CheckpointAnswer, LogEntryAnswer } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { Loading, ProblemView } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { formatDate } from '../lib/commitments.ts';
import { describeEvent } from '../lib/describe-event.ts';
import type { VersionView } from '../lib/people-types.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';
import { differenceWords } from '../verify/difference-words.ts';
import type { Difference } from '../verify/replay-version.ts';
import { useInclusionProofs } from '../verify/use-inclusion-proofs.ts';
import { NOT_COMPARED, type VersionVerification, verifyVersion } from '../verify/verify-version.ts';

type EntriesAnswer = { versionId: string; items: LogEntryAnswer[]; complete: boolean };

/**
 * "Verify this version": the text on the version page against the log — every entry about the version verified
 * in the browser, replayed, and compared with what the page displays.
 */
export function VerifyVersionPage({ id }: { id: string }) {
  const version = useResource<VersionView>(`/api/versions/${encodeURIComponent(id)}`);
  const entries = useResource<EntriesAnswer>(`/api/versions/${encodeURIComponent(id)}/entries`);
  const checkpoint = useResource<CheckpointAnswer>('/api/log/checkpoint');
  const indices = useMemo(
    () => (entries.state === 'ok' ? entries.data.items.map((e) => e.index) : null),
    [entries],
  );
  const proofs = useInclusionProofs(indices, checkpoint.state === 'ok' ? checkpoint.data.size : null);
  useDocumentTitle(version.state === 'ok' ? `Verify ${version.data.label}` : 'Verify a version');
  const failed = [version, entries, checkpoint].find((r) => r.state === 'error');
  if (failed?.state === 'error')
    return <ProblemView problem={failed.problem} what="the version’s log entries" />;
  if (version.state !== 'ok' || entries.state !== 'ok' || checkpoint.state !== 'ok' || proofs.state !== 'ok')
    return <Loading what="the version and every log entry about it" />;
  const result = verifyVersion({
    version: version.data,
    entries: entries.data.items,
    complete: entries.data.complete,
    checkpoint: checkpoint.data,
    proofs: proofs.proofs,
    verifierKey: checkpoint.data.verifierKey,
  });
  return <VersionChecks version={version.data} result={result} />;
}

export function VersionChecks({ version, result }: { version: VersionView; result: VersionVerification }) {
  return (
    <>
      <header className="page-header">
        <h1>Verify “{version.label}”</h1>
        <p className="lede">
          Your browser checked every log entry about this version — its creation and each later change —
          against the log’s signed checkpoint, replayed them, and compared the result with what the{' '}
          <Link href={paths.version(version.id)}>version page</Link> shows.
        </p>
      </header>
      <section
        className="verify-result"
        data-testid="version-verify"
        data-ok={result.ok ? 'true' : 'false'}
        aria-live="polite"
      >
        <h2 className={result.ok ? 'verdict ok' : 'verdict bad'}>
          {result.ok ? '✓ The text shown is the text in the log' : '✗ Not verified'}
        </h2>
        {result.ok ? (
          <p>
            {result.entries.length} {result.entries.length === 1 ? 'entry' : 'entries'} verified and replayed:
            the version page shows exactly what they record.
          </p>
        ) : null}
        {result.differences.length > 0 ? (
          <ul className="checks" data-testid="differences">
            {result.differences.map((d) => (
              <li key={differenceKey(d)} className="check bad" data-testid="difference" data-kind={d.kind}>
                <span className="check-mark" aria-hidden="true">
                  ✗
                </span>
                <span className="check-body">{differenceWords(d)}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {result.problems.map((p) => (
          <p key={p} className="check bad" data-testid="coverage-problem">
            {p}
          </p>
        ))}
        {result.notes.map((n) => (
          <p key={n} className="muted">
            {n}
          </p>
        ))}
        <p className="muted" data-testid="not-compared">
          {NOT_COMPARED}
        </p>
      </section>
      <section aria-labelledby="version-entries-heading">
        <h2 id="version-entries-heading" className="panel-title">
          The entries replayed
        </h2>
        <ol className="checks" data-testid="version-entries">
          {result.entries.map(({ entry, verification }) => (
            <li
              key={entry.index}
              className={verification.ok ? 'check ok' : 'check bad'}
              data-testid="version-entry"
              data-ok={verification.ok ? 'true' : 'false'}
              data-type={entry.type ?? ''}
            >
              <span className="check-mark" aria-hidden="true">
                {verification.ok ? '✓' : '✗'}
              </span>
              <span className="check-body">
                <Link href={paths.verify(entry.index)}>Entry {entry.index}</Link>:{' '}
                {entry.confidential === true
                  ? 'not shared with you (its place in the log is verified)'
                  : (entry.summary ?? describeEvent(entry.event).text)}{' '}
                <time className="muted" dateTime={entry.committedAt}>
                  {formatDate(entry.committedAt)}
                </time>
                {verification.ok ? null : <span className="check-detail">{verification.summary}</span>}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

const differenceKey = (d: Difference) =>
  `${d.kind}|${'pointId' in d ? d.pointId : ''}|${'lang' in d ? d.lang : ''}`;
