import { type FormEvent, useState } from 'react';
import { account } from '../../api/account.ts';
import { NoticeLine } from '../notice.tsx';
import { Section } from './section.tsx';
import { useAction } from './use-action.ts';

export function PasswordSection({ hasPassword, reload }: { hasPassword: boolean; reload: () => void }) {
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, notice, act, setNotice] = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if ([...password].length < 10)
      return setNotice({ kind: 'error', text: 'Choose a password of at least 10 characters.' });
    if (password !== again)
      return setNotice({ kind: 'error', text: 'The two new passwords differ; type the same one twice.' });
    const ok = await act(
      () => account.setPassword(hasPassword ? { current, password } : { password }),
      hasPassword
        ? 'Your password was changed.'
        : 'Your password is set: you can now sign in with your handle and it.',
    );
    if (ok) {
      setCurrent('');
      setPassword('');
      setAgain('');
      reload();
    }
  };
  return (
    <Section
      id="password"
      title="Password"
      intro={
        hasPassword
          ? 'You sign in with your handle or e-mail and this password. Choose a long one you use nowhere else.'
          : 'You have no password yet. Set one to sign in with your handle or e-mail; use a long one you use nowhere else.'
      }
    >
      <form className="auth-form" onSubmit={(e) => void submit(e)} data-testid="password-change" noValidate>
        {hasPassword ? (
          <>
            <label htmlFor="password-current">Current password</label>
            <input
              id="password-current"
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              data-testid="password-current"
            />
          </>
        ) : null}
        <label htmlFor="password-new">New password (at least 10 characters)</label>
        <input
          id="password-new"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="password-new"
        />
        <label htmlFor="password-again">The new password again</label>
        <input
          id="password-again"
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          data-testid="password-again"
        />
        <button type="submit" className="primary" disabled={busy} data-testid="password-save">
          {hasPassword ? 'Change password' : 'Set password'}
        </button>
        <NoticeLine notice={notice} testId="password-notice" />
      </form>
    </Section>
  );
}
