import type { CopyCheck, CopyCheckAnswer } from '@concord/core/copies';
import { type FormEvent, useState } from 'react';
import { postJson } from '../api/client.ts';
import { ApiError, type Problem } from '../api/problem.ts';
import { readUpload } from '../components/copies/read-upload.ts';
import { ProblemView } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

type Checked =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; answer: CopyCheckAnswer }
  | { state: 'failed'; problem: Problem };

const refusal = (detail: string): Problem => ({
  type: 'about:blank',
  title: 'Nothing to check',
  status: 0,
  detail,
});

export function CheckCopyPage() {
  useDocumentTitle('Check a copy');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<Checked>({ state: 'idle' });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let body: CopyCheck;
    if (file !== null) {
      const reading = await readUpload(file);
      if ('refused' in reading) return setChecked({ state: 'failed', problem: refusal(reading.refused) });
      body = reading.body;
    } else if (text.trim() !== '') body = { text };
    else return setChecked({ state: 'failed', problem: refusal('Paste the text or choose a file first.') });
    setChecked({ state: 'checking' });
    try {
      setChecked({ state: 'done', answer: await postJson<CopyCheckAnswer>('/api/copies/check', body) });
    } catch (error) {
      if (error instanceof ApiError) setChecked({ state: 'failed', problem: error.problem });
      else throw error;
    }
  };

  return (
    <>
      <header className="page-header">
        <h1>Check a copy</h1>
        <p className="lede">
          Holding a draft that is said to come from a Concord process? Paste its text or upload the file
          (plain text, Markdown or PDF) to learn whether it is authentic. Layout, line breaks, quotes and
          numbering style do not matter; a single changed word or number does. You do not need to sign in, and
          nothing you paste is kept.
        </p>
      </header>
      <form className="check-copy-form" onSubmit={submit} data-testid="check-copy-form">
        <label htmlFor="check-text">The text</label>
        <textarea
          id="check-text"
          dir="auto"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="1. The parties shall observe a complete ceasefire…"
        />
        <label htmlFor="check-file">or a file (.txt, .md, .pdf)</label>
        <input
          id="check-file"
          type="file"
          accept=".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <button type="submit" disabled={checked.state === 'checking'}>
          {checked.state === 'checking' ? 'Checking…' : 'Check'}
        </button>
      </form>
      {checked.state === 'failed' ? <ProblemView problem={checked.problem} /> : null}
      {checked.state === 'done' ? <Verdict answer={checked.answer} /> : null}
    </>
  );
}

function Verdict({ answer }: { answer: CopyCheckAnswer }) {
  if (answer.authentic) {
    const { version, release, signedBy } = answer;
    return (
      <section className="copy-verdict copy-verdict-authentic" data-testid="check-verdict" aria-live="polite">
        <h2>✓ Authentic</h2>
        <p>
          This is the text of <strong dir="auto">{version.versionLabel}</strong> of the plan{' '}
          <Link href={paths.plan(version.planId)} dir="auto">
            {version.planTitle}
          </Link>{' '}
          ({version.language}), {answer.matched.length} points word for word.
        </p>
        {release ? (
          <p>
            It is the copy released to <strong dir="auto">{release.partyName}</strong> on{' '}
            {new Date(release.releasedAt).toUTCString()}, recorded in the public log as{' '}
            <Link href={paths.verify(String(release.logIndex))}>entry {release.logIndex}</Link> (
            <a href={release.bundle}>download the offline proof</a>).
          </p>
        ) : (
          <p>
            It does not single out a released copy that you may see: who received which copy is shown only to
            the mediators and to the recipient.
          </p>
        )}
        <p>
          Signed by the log key <strong dir="auto">{signedBy.keyName}</strong>{' '}
          <code className="key">{signedBy.verifierKey}</code>. Compare it with the key the deployment
          publishes.
        </p>
      </section>
    );
  }
  return (
    <section
      className="copy-verdict copy-verdict-not-authentic"
      data-testid="check-verdict"
      aria-live="polite"
    >
      <h2>✗ Not authentic</h2>
      {answer.closest === null ? (
        <p>No version you may read is close to this text.</p>
      ) : (
        <>
          <p>
            The closest version is <strong dir="auto">{answer.closest.version.versionLabel}</strong> of{' '}
            <span dir="auto">{answer.closest.version.planTitle}</span>. These points differ:
          </p>
          <table className="differences">
            <thead>
              <tr>
                <th scope="col">Point</th>
                <th scope="col">The version says</th>
                <th scope="col">Your text says</th>
              </tr>
            </thead>
            <tbody>
              {answer.closest.differences.map((d) => (
                <tr key={`${d.number ?? 'extra'}:${d.found}`} data-testid="difference">
                  <td>{d.number ?? '—'}</td>
                  <td dir="auto">{d.expected ?? '(nothing: this text is not in the version)'}</td>
                  <td dir="auto">{d.found}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
