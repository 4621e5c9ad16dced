import type { Party } from '@concord/core';
import type { ReleasedCopySummary } from '@concord/core/copies';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { useResource } from '../../api/use-resource.ts';
import { formatMoment } from '../account/format.ts';
import { useAction } from '../account/use-action.ts';
import { NoticeLine } from '../notice.tsx';
import { useSession } from '../use-session.ts';
import { TraceLeak } from './trace-leak.tsx';

const FORMATS = [
  ['txt', 'text'],
  ['md', 'Markdown'],
  ['pdf', 'PDF'],
] as const;

const downloadPath = (copyId: string, format: string) =>
  `/api/copies/${encodeURIComponent(copyId)}/download?format=${format}`;

/**
 * Released copies of a version: the mediators release one to a party and see every copy; a party's members see
 * their own. Each copy's wording carries marks unique to its recipient, so a leak can be traced back to it.
 */
export function ReleasedCopiesSection({
  versionId,
  processId,
  parties,
}: {
  versionId: string;
  processId: string;
  parties: readonly Party[];
}) {
  const session = useSession();
  const principal = typeof session === 'object' ? session : null;
  const mediator = principal?.memberships.some((m) => m.processId === processId && m.role === 'mediator');
  const [refresh, setRefresh] = useState(0);
  const copies = useResource<{ items: ReleasedCopySummary[] }>(
    principal ? `/api/versions/${encodeURIComponent(versionId)}/copies` : null,
    refresh,
  );
  const items = copies.state === 'ok' ? copies.data.items : [];
  if (!mediator && items.length === 0) return null;
  return (
    <section className="released-copies" data-testid="released-copies">
      <h2>Released copies</h2>
      <p className="lede">
        A released copy is this version's text made for one recipient, as plain text, Markdown or PDF. Its
        wording differs from other recipients' copies in small ways that do not change the meaning (a synonym,
        a number format, the order of a list), so a copy that leaks can be traced to whom it was given. The
        public log records each copy's hash and recipient, not its text; anyone can check a copy's
        authenticity on the <a href="/check">Check a copy</a> page.
      </p>
      {mediator ? (
        <ReleaseForm versionId={versionId} parties={parties} onReleased={() => setRefresh((n) => n + 1)} />
      ) : null}
      {items.length === 0 ? (
        <p className="muted">No copy of this version has been released yet.</p>
      ) : (
        <table className="copies-table">
          <thead>
            <tr>
              <th scope="col">Recipient</th>
              <th scope="col">Released</th>
              <th scope="col">SHA-256 of the text</th>
              <th scope="col">Download</th>
            </tr>
          </thead>
          <tbody>
            {items.map((copy) => (
              <tr key={copy.id} data-testid="released-copy">
                <td dir="auto">{copy.partyName}</td>
                <td>
                  {formatMoment(copy.releasedAt)} (log entry{' '}
                  <a href={`/verify?index=${copy.logIndex}`}>{copy.logIndex}</a>)
                </td>
                <td>
                  <code title={copy.copyHash}>{copy.copyHash.slice(0, 16)}…</code>
                </td>
                <td>
                  {FORMATS.map(([format, label]) => (
                    <a key={format} className="copy-download" href={downloadPath(copy.id, format)} download>
                      {label}
                    </a>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mediator && items.length > 0 ? <TraceLeak versionId={versionId} /> : null}
    </section>
  );
}

function ReleaseForm({
  versionId,
  parties,
  onReleased,
}: {
  versionId: string;
  parties: readonly Party[];
  onReleased: () => void;
}) {
  const recipients = parties.filter((p) => p.kind === 'party');
  const [partyId, setPartyId] = useState('');
  const [busy, notice, act] = useAction();
  const release = () =>
    act(async () => {
      await postJson(`/api/versions/${encodeURIComponent(versionId)}/copies`, { partyId });
      onReleased();
    }, 'Released: the copy is listed below, ready to download.');
  return (
    <form
      className="release-copy-form"
      data-testid="release-copy-form"
      onSubmit={(e) => {
        e.preventDefault();
        void release();
      }}
    >
      <label htmlFor="release-recipient">Release a copy to</label>
      <select id="release-recipient" value={partyId} onChange={(e) => setPartyId(e.target.value)}>
        <option value="">choose a party…</option>
        {recipients.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={busy || partyId === ''}>
        Release a copy
      </button>
      <NoticeLine notice={notice} testId="release-copy-notice" />
    </form>
  );
}
