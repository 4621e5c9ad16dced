import { revealInvisible } from '@concord/core/text';
import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser';
import { type FormEvent, useState } from 'react';
import { type AccountPasskey, account } from '../../api/account.ts';
import { NoticeLine } from '../notice.tsx';
import { AuthTable } from './auth-table.tsx';
import { describeDevice, formatMoment } from './format.ts';
import { Section } from './section.tsx';
import { useAction } from './use-action.ts';

export function PasskeysSection({ passkeys, reload }: { passkeys: AccountPasskey[]; reload: () => void }) {
  const [name, setName] = useState('');
  const [busy, notice, act] = useAction();
  const supported = typeof window !== 'undefined' && browserSupportsWebAuthn();
  const register = async (e: FormEvent) => {
    e.preventDefault();
    const label = name.trim() === '' ? `Passkey on ${describeDevice(navigator.userAgent)}` : name.trim();
    const ok = await act(async () => {
      const { options } = await account.passkeyOptions();
      const response = await startRegistration({ optionsJSON: options });
      await account.addPasskey({ response, name: label });
    }, `Passkey “${label}” added: you can now sign in with it.`);
    if (ok) {
      setName('');
      reload();
    }
  };
  const remove = async (p: AccountPasskey) => {
    if (await act(() => account.removePasskey(p.id), `Passkey “${p.name}” removed.`)) reload();
  };
  return (
    <Section
      id="passkeys"
      title="Passkeys"
      intro="A passkey signs you in with this device’s fingerprint, face or PIN, or with your password manager, without typing a password."
    >
      {passkeys.length === 0 ? (
        <p className="muted" data-testid="passkeys-none">
          No passkey yet.
        </p>
      ) : (
        <AuthTable columns={['Name', 'Added', 'Last used']} testId="passkeys">
          {passkeys.map((p) => (
            <tr key={p.id} data-testid="passkey">
              <td>
                <bdi>{revealInvisible(p.name)}</bdi>
              </td>
              <td>{formatMoment(p.createdAt)}</td>
              <td>{formatMoment(p.lastUsedAt)}</td>
              <td>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void remove(p)}
                  data-testid="passkey-remove"
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </AuthTable>
      )}
      <form
        className="auth-form inline-form"
        onSubmit={(e) => void register(e)}
        data-testid="passkey-register"
      >
        <label htmlFor="passkey-name">Name for a new passkey (optional)</label>
        <input
          id="passkey-name"
          placeholder="e.g. work laptop"
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="passkey-name"
        />
        <button type="submit" className="primary" disabled={busy || !supported} data-testid="passkey-add">
          Add a passkey
        </button>
      </form>
      {supported ? null : <p className="muted">This browser cannot create passkeys.</p>}
      <NoticeLine notice={notice} testId="passkey-notice" />
    </Section>
  );
}
