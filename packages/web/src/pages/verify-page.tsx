import { type FormEvent, useState } from 'react';
import type { CheckpointAnswer, InclusionAnswer, LogEntryAnswer } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { EntryChecks } from '../components/entry-checks.tsx';
import { Loaded, Loading, ProblemView } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { navigate } from '../router/location.ts';
import { paths } from '../router/routes.ts';

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
      {index === null ? null : valid ? (
        <EntryVerification key={index} index={Number(index)} />
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
