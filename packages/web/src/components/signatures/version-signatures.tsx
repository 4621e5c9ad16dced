import type { AgreedPoint } from '@concord/core/signatures';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { type AccountKey, keysApi, signaturesPath, type VersionSignatures } from '../../api/keys.ts';
import { useResource } from '../../api/use-resource.ts';
import { formatMoment } from '../account/format.ts';
import { useAction } from '../account/use-action.ts';
import { NoticeLine } from '../notice.tsx';
import { useSession } from '../use-session.ts';
import { checkSignatures } from './signature-checks.ts';

type Props = { versionId: string; processId: string; status: string; points: readonly AgreedPoint[] };

/**
 * Who has signed an agreed (final) version for which party, when and with which key, each signature checked
 * here in the browser over the text on this page; and, for a party's delegate, the form to add theirs.
 */
export function VersionSignaturesSection({ versionId, processId, status, points }: Props) {
  const [signed, setSigned] = useState(0);
  const answer = useResource<VersionSignatures>(signaturesPath(versionId), signed);
  if (status !== 'final' || answer.state !== 'ok') return null;
  const { hash, hashMatches, checks } = checkSignatures(answer.data, points);
  return (
    <section aria-labelledby="signatures-heading" data-testid="signatures">
      <h2 id="signatures-heading">Signatures</h2>
      <p className="muted">
        This version is final. Each party’s signatories sign its fingerprint — a hash of every point in every
        language — with their own key. Your browser checks each signature against the text on this page.
      </p>
      <p>
        Version hash <code data-testid="version-hash">{hash}</code>
        {hashMatches ? null : (
          <strong className="tag">differs from the server’s: nothing below verifies</strong>
        )}
      </p>
      {checks.length === 0 ? (
        <p data-testid="no-signatures">Nobody has signed yet.</p>
      ) : (
        <ul>
          {checks.map((c) => (
            <li key={c.id} data-testid="signature-row" data-verified={c.verified ? 'true' : 'false'}>
              {c.verified ? '✓ verified' : '✗ does not verify'}: signed for{' '}
              {revealInvisible(c.party, { singleLine: true })} on {formatMoment(c.at)} with key{' '}
              <code>{c.fingerprint}</code>
            </li>
          ))}
        </ul>
      )}
      <SignForm
        versionId={versionId}
        processId={processId}
        hash={hash}
        onSigned={() => setSigned((n) => n + 1)}
      />
    </section>
  );
}

function SignForm({
  versionId,
  processId,
  hash,
  onSigned,
}: {
  versionId: string;
  processId: string;
  hash: string;
  onSigned: () => void;
}) {
  const session = useSession();
  const principal = typeof session === 'object' ? session : null;
  const delegate = principal?.memberships.find((m) => m.processId === processId && m.role === 'delegate');
  const keys = useResource<{ items: AccountKey[] }>(
    principal && delegate ? `/api/accounts/${encodeURIComponent(principal.accountId)}/keys` : null,
  );
  const [signature, setSignature] = useState('');
  const [busy, notice, act] = useAction();
  if (!delegate) return null;
  const key = keys.state === 'ok' ? keys.data.items.find((k) => k.validUntil === null) : undefined;
  if (!key)
    return (
      <p className="muted">
        To sign for {delegate.partyName}, first register a signing key on your account page.
      </p>
    );
  const submit = async () => {
    if (await act(() => keysApi.sign(versionId, key.id, signature.trim()).then(() => {}), 'Signed.'))
      onSigned();
  };
  return (
    <div className="auth-form" data-testid="sign-form">
      <p>
        Sign for {delegate.partyName} with your key <code>{key.fingerprint}</code>: on your own machine run{' '}
        <code>concord sign --key concord.key --version-hash {hash}</code> and paste the signature it prints.
      </p>
      <label>
        Signature
        <input
          value={signature}
          onChange={(e) => setSignature(e.target.value)}
          data-testid="signature-input"
        />
      </label>
      <button type="button" disabled={busy || signature.trim() === ''} onClick={() => void submit()}>
        Sign this version
      </button>
      <NoticeLine notice={notice} testId="sign-notice" />
    </div>
  );
}
