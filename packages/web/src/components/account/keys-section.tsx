import { revealInvisible } from '@concord/core/text';
import { useEffect, useState } from 'react';
import { type AccountKey, keysApi } from '../../api/keys.ts';
import { useResource } from '../../api/use-resource.ts';
import { NoticeLine } from '../notice.tsx';
import { AuthTable } from './auth-table.tsx';
import { browserCanMakeKeys, makeKeyPair } from './browser-key.ts';
import { formatMoment } from './format.ts';
import { Section } from './section.tsx';
import { useAction } from './use-action.ts';

function validity(k: AccountKey): string {
  const from = formatMoment(k.validFrom);
  if (k.validUntil === null) return `since ${from}`;
  const why = k.ended === 'revoked' ? `revoked: ${k.reason ?? ''}` : 'replaced by a newer key';
  return `${from} – ${formatMoment(k.validUntil)} (${why})`;
}

/** The account's signing keys: list with validity, register one (pasted or made here), revoke one. */
export function KeysSection({ accountId }: { accountId: string }) {
  const [changed, setChanged] = useState(0);
  const keys = useResource<{ items: AccountKey[] }>(
    `/api/accounts/${encodeURIComponent(accountId)}/keys`,
    changed,
  );
  const [busy, notice, act] = useAction();
  const [publicKey, setPublicKey] = useState('');
  const [label, setLabel] = useState('');
  const [keyFile, setKeyFile] = useState<string | null>(null);
  const [canMake, setCanMake] = useState(false);
  useEffect(() => void browserCanMakeKeys().then(setCanMake), []);
  const items = keys.state === 'ok' ? keys.data.items : [];
  const current = items.find((k) => k.validUntil === null) ?? null;
  const make = async () => {
    const pair = await makeKeyPair();
    setPublicKey(pair.publicKey);
    setKeyFile(pair.keyFile);
  };
  const register = async () => {
    const done = 'Registered. Keep your key file safe: it is the only copy of your private key.';
    if (await act(() => keysApi.register(publicKey.trim(), label.trim() || 'my key').then(() => {}), done)) {
      setPublicKey('');
      setChanged((n) => n + 1);
    }
  };
  const revoke = async (k: AccountKey) => {
    const reason = window.prompt('Why do you revoke this key? (for example: laptop lost)');
    if (!reason) return;
    if (await act(() => keysApi.revoke(k.id, reason).then(() => {}), 'The key is revoked.'))
      setChanged((n) => n + 1);
  };
  return (
    <Section
      id="keys"
      title="Your signing key"
      intro="Delegates sign an agreed text with a key of their own. Only its public half is registered here and recorded in the public log; the private half stays with you."
    >
      <AuthTable columns={['Key', 'Fingerprint', 'Valid']} testId="keys">
        {items.map((k) => (
          <tr key={k.id} data-testid="key-row" data-valid={k.validUntil === null ? 'true' : 'false'}>
            <td>{revealInvisible(k.label, { singleLine: true })}</td>
            <td>
              <code>{k.fingerprint}</code>
            </td>
            <td>{validity(k)}</td>
            <td>
              {k.validUntil === null ? (
                <button type="button" className="danger" disabled={busy} onClick={() => void revoke(k)}>
                  Revoke
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </AuthTable>
      {current === null ? (
        <div className="auth-form" data-testid="key-register">
          <label>
            Public key (from <code>concord key generate</code>)
            <input
              value={publicKey}
              onChange={(e) => setPublicKey(e.target.value)}
              data-testid="key-public"
            />
          </label>
          <label>
            Name
            <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder="my laptop" />
          </label>
          <p className="auth-actions">
            {canMake ? (
              <button type="button" disabled={busy} onClick={() => void make()} data-testid="key-make">
                Make a key in this browser
              </button>
            ) : null}
            <button type="button" disabled={busy || publicKey.trim() === ''} onClick={() => void register()}>
              Register this key
            </button>
          </p>
        </div>
      ) : (
        <p className="muted">
          To change keys, replace this one with <code>concord key rotate</code> (the old key approves the new
          one), or revoke it and register a new one.
        </p>
      )}
      {keyFile ? (
        <p data-testid="key-file">
          <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(keyFile)}`} download="concord.key">
            Save your private key file
          </a>{' '}
          before you leave this page: it is not kept anywhere else. Sign with it using{' '}
          <code>concord sign --key concord.key --version-hash …</code>.
        </p>
      ) : null}
      <NoticeLine notice={notice} testId="keys-notice" />
    </Section>
  );
}
