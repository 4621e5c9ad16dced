import { type FormEvent, useState } from 'react';
import { account } from '../../api/account.ts';
import { NoticeLine } from '../notice.tsx';
import { CopyButton } from './copy-button.tsx';
import { Section } from './section.tsx';
import { useAction } from './use-action.ts';

export function TotpSection({
  enabled,
  hasPassword,
  reload,
  initialEnrolment = null,
}: {
  enabled: boolean;
  hasPassword: boolean;
  reload: () => void;
  initialEnrolment?: { secret: string; uri: string } | null;
}) {
  const [enrolment, setEnrolment] = useState(initialEnrolment);
  const [code, setCode] = useState('');
  const [busy, notice, act, setNotice] = useAction();
  const start = () =>
    act(async () => {
      setEnrolment(await account.startTotp());
      setCode('');
    });
  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}$/.test(code))
      return setNotice({ kind: 'error', text: 'Enter the 6 digits your app shows now.' });
    const ok = await act(
      () => account.confirmTotp(code),
      'Two-step sign-in is on: from now on, signing in with your password also asks for a code.',
    );
    if (ok) {
      setEnrolment(null);
      setCode('');
      reload();
    }
  };
  const remove = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}$/.test(code))
      return setNotice({ kind: 'error', text: 'Enter the 6 digits your app shows now.' });
    if (await act(() => account.removeTotp(code), 'Two-step sign-in is off.')) {
      setCode('');
      reload();
    }
  };
  return (
    <Section
      id="totp"
      title="Two-step sign-in (authenticator app)"
      intro="With two-step sign-in on, signing in with your password also needs the 6-digit code an authenticator app (such as Aegis, Google Authenticator or 1Password) shows. Someone who learns your password still cannot sign in."
    >
      {enabled ? (
        <>
          <p data-testid="totp-state" data-enabled="true">
            <strong>On.</strong> Your password sign-in asks for a code.
          </p>
          <form
            className="auth-form inline-form"
            onSubmit={(e) => void remove(e)}
            data-testid="totp-remove-form"
            noValidate
          >
            <label htmlFor="totp-remove-code">To turn it off, enter the code your app shows now</label>
            <input
              id="totp-remove-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
              data-testid="totp-remove-code"
            />
            <button type="submit" disabled={busy} data-testid="totp-remove">
              Turn off two-step sign-in
            </button>
          </form>
        </>
      ) : enrolment ? (
        <form className="auth-form" onSubmit={(e) => void confirm(e)} data-testid="totp-enrol" noValidate>
          <p>
            Add Concord to your authenticator app: type in this secret key, or open the{' '}
            <code>otpauth://</code> address with it. Then enter the code it shows.
          </p>
          <p className="secret-line">
            <span>Secret key</span> <code data-testid="totp-secret">{enrolment.secret}</code>{' '}
            <CopyButton text={enrolment.secret} label="Copy the key" />
          </p>
          <p className="secret-line">
            <span>Address</span>{' '}
            <code className="wrap-anywhere" data-testid="totp-uri">
              {enrolment.uri}
            </code>{' '}
            <CopyButton text={enrolment.uri} label="Copy the address" />
          </p>
          <label htmlFor="totp-code">6-digit code from the app</label>
          <input
            id="totp-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            data-testid="totp-code"
          />
          <button type="submit" className="primary" disabled={busy} data-testid="totp-confirm">
            Turn on two-step sign-in
          </button>
        </form>
      ) : (
        <>
          <p data-testid="totp-state" data-enabled="false">
            <strong>Off.</strong>
            {hasPassword ? '' : ' It protects password sign-in, so set a password first.'}
          </p>
          <button
            type="button"
            disabled={busy || !hasPassword}
            onClick={() => void start()}
            data-testid="totp-start"
          >
            Set up two-step sign-in
          </button>
        </>
      )}
      <NoticeLine notice={notice} testId="totp-notice" />
    </Section>
  );
}
