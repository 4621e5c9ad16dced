import { type FormEvent, useState } from 'react';
import type { CheckpointAnswer, InclusionAnswer, List, LogEntryAnswer } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { EntryChecks } from '../components/entry-checks.tsx';
import { RecentEntries } from '../components/recent-entries.tsx';
import { Loaded, Loading, ProblemView } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { recentEntries } from '../lib/log-page.ts';
import { Link } from '../router/link.tsx';
import { navigate } from '../router/location.ts';
import { paths } from '../router/routes.ts';

const RECENT = 6;

const isIndex = (s: string) => /^(0|[1-9]\d{0,15})$/.test(s) && Number.isSafeInteger(Number(s));

export function VerifyPage({ index }: { index: string | null }) {
  const valid = index !== null && isIndex(index);
  useDocumentTitle(index === null ? 'Verify a log entry' : `Verify entry ${index}`);
  return (
    <>
      <header className="page-header">
        <h1>Verify a log entry</h1>
        <p className="lede">
          Your browser fetches an entry, the log’s latest signed checkpoint and an inclusion proof, then
          checks them itself: it re-hashes the event, verifies the checkpoint’s Ed25519 signature and
          recomputes the Merkle root. Nothing here relies on trusting the server’s word.
        </p>
      </header>
      <IndexForm key={index ?? ''} initial={index ?? ''} />
      {index === null ? (
        <LatestEntry />
      ) : valid ? (
        <>
          <EntryVerification key={index} index={Number(index)} />
          <Recent current={Number(index)} />
        </>
      ) : (
        <ProblemView
          problem={{
            type: 'about:blank',
            title: 'Not an entry number',
            status: 0,
            detail: `“${index}” is not a log index: use a whole number from 0.`,
          }}
        />
      )}
    </>
  );
}

function IndexForm({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(paths.verify(value.trim()));
  };
  return (
    <form className="index-form" onSubmit={submit} data-testid="verify-form">
      <label htmlFor="verify-index">Log entry number</label>
      <input
        id="verify-index"
        name="index"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder="e.g. 42"
      />
      <button type="submit">Verify</button>
    </form>
  );
}

function EntryVerification({ index }: { index: number }) {
  const checkpoint = useResource<CheckpointAnswer>('/api/log/checkpoint');
  const entry = useResource<LogEntryAnswer>(`/api/log/entries/${index}`);
  const size = checkpoint.state === 'ok' ? checkpoint.data.size : null;
  const proof = useResource<InclusionAnswer>(
    size !== null && index < size ? `/api/log/proofs/inclusion?index=${index}&size=${size}` : null,
  );
  if (checkpoint.state === 'error') return <ProblemView problem={checkpoint.problem} what="the checkpoint" />;
  if (entry.state === 'error') return <ProblemView problem={entry.problem} what={`entry ${index}`} />;
  if (size !== null && index >= size) {
    return (
      <ProblemView
        problem={{
          type: 'about:blank',
          title: `Entry ${index} is not covered by the latest checkpoint`,
          status: 0,
          detail: `The log’s latest signed checkpoint has ${size} entries (0 to ${size - 1}).`,
        }}
      />
    );
  }
  if (checkpoint.state !== 'ok' || entry.state !== 'ok')
    return <Loading what={`entry ${index} and the checkpoint`} />;
  return (
    <Loaded resource={proof} what="the inclusion proof">
      {(p) => <EntryChecks index={index} checkpoint={checkpoint.data} entry={entry.data} proof={p} />}
    </Loaded>
  );
}

/** Without an entry number, the latest entry of the signed checkpoint is checked, with the ones before it listed. */
function LatestEntry() {
  const checkpoint = useResource<CheckpointAnswer>('/api/log/checkpoint');
  return (
    <Loaded resource={checkpoint} what="the log’s checkpoint">
      {(cp) => {
        const recent = recentEntries(cp.size, RECENT);
        if (recent === null)
          return <p className="muted">The log is empty: there is nothing to verify yet.</p>;
        return (
          <>
            <p className="muted" data-testid="latest-note">
              No entry number given: checking the latest entry, <strong>{recent.latest}</strong>. Pick another
              below or in <Link href={paths.log()}>the log</Link>.
            </p>
            <EntryVerification index={recent.latest} />
            <RecentList size={cp.size} current={recent.latest} />
          </>
        );
      }}
    </Loaded>
  );
}

/** The list of latest entries beside an entry given by number (the checkpoint is read for the log's size). */
function Recent({ current }: { current: number }) {
  const checkpoint = useResource<CheckpointAnswer>('/api/log/checkpoint');
  return checkpoint.state === 'ok' ? <RecentList size={checkpoint.data.size} current={current} /> : null;
}

function RecentList({ size, current }: { size: number; current: number }) {
  const recent = recentEntries(size, RECENT);
  const entries = useResource<List<LogEntryAnswer>>(
    recent ? `/api/log/entries?from=${recent.from}&limit=${recent.limit}` : null,
  );
  // The list only helps: while it loads, or if it cannot be read, the check above stands alone.
  return entries.state === 'ok' ? <RecentEntries entries={entries.data.items} current={current} /> : null;
}
