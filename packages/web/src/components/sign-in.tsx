import { type FormEvent, useEffect, useState } from 'react';
import { ACCESS_KEY_PATTERN, storeAccessKey, useAccessKey } from '../api/access-key.ts';
import { getJson } from '../api/client.ts';
import { ApiError, type Problem } from '../api/problem.ts';
import { describePrincipal, type SessionAnswer } from '../api/session.ts';
import { useResource } from '../api/use-resource.ts';

/**
 * The header's access control: who the server says you are and "Sign out", or "Sign in" with a form for an
 * access key. A key is stored only once the server has accepted it (GET /api/session with it).
 */
export function SessionControl() {
  const key = useAccessKey();
  const session = useResource<SessionAnswer>(key === null ? null : '/api/session');
  const [notice, setNotice] = useState<string | null>(null);
  const rejected = session.state === 'error' && session.problem.status === 401;
  // A stored key the server no longer accepts (revoked, or from another installation) would make every call a
  // 401, public pages included: sign out at once and say why.
  useEffect(() => {
    if (!rejected) return;
    setNotice('Signed out: your access key is no longer accepted.');
    storeAccessKey(null);
  }, [rejected]);
  if (key === null) return <SignIn notice={notice} />;
  if (session.state === 'loading') return <span className="session muted-on-dark">Checking your key…</span>;
  const principal = session.state === 'ok' ? session.data.principal : null;
  return (
    <div className="session" data-testid="session">
      <span className="session-who" data-testid="session-who">
        {principal ? describePrincipal(principal) : 'Your access key is no longer accepted'}
      </span>
      <button type="button" className="on-dark" onClick={() => storeAccessKey(null)} data-testid="sign-out">
        Sign out
      </button>
    </div>
  );
}

function SignIn({ notice = null }: { notice?: string | null }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const candidate = value.trim();
    const refused = await checkKey(candidate);
    setBusy(false);
    if (refused) {
      setProblem(refused);
      return;
    }
    setValue('');
    setProblem(null);
    setOpen(false);
    storeAccessKey(candidate);
  };
  return (
    <div className="sign-in">
      {notice && !open ? (
        <span className="muted-on-dark" role="status" data-testid="signed-out-notice">
          {notice}
        </span>
      ) : null}
      <button
        type="button"
        className="on-dark"
        aria-expanded={open}
        aria-controls="sign-in-form"
        onClick={() => setOpen(!open)}
        data-testid="sign-in"
      >
        Sign in
      </button>
      {open ? (
        <form
          id="sign-in-form"
          className="sign-in-form"
          onSubmit={(e) => {
            setBusy(true);
            void submit(e);
          }}
          data-testid="sign-in-form"
        >
          <label htmlFor="access-key">Access key</label>
          <input
            id="access-key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="ck_…"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            data-testid="access-key-input"
          />
          <button type="submit" disabled={busy} data-testid="sign-in-submit">
            {busy ? 'Checking…' : 'Sign in'}
          </button>
          {problem ? (
            <p className="sign-in-error" role="alert" data-testid="sign-in-error">
              {problem.title}
              {problem.detail ? `: ${problem.detail}` : ''}
            </p>
          ) : null}
          <p className="sign-in-hint">
            A key stands for a process’s mediator or one party’s delegation; it is kept in this tab only. The
            demo’s keys are printed by <code>npm start</code> and kept in{' '}
            <code>.concord/demo-access-keys.json</code>.
          </p>
        </form>
      ) : null}
    </div>
  );
}

/** Null when the server accepts the key, else why not. */
export async function checkKey(
  key: string,
  fetchSession: (key: string) => Promise<SessionAnswer> = (k) =>
    getJson<SessionAnswer>('/api/session', { accessKey: k }),
): Promise<Problem | null> {
  if (!ACCESS_KEY_PATTERN.test(key)) {
    return {
      type: 'about:blank',
      title: 'Not an access key',
      status: 0,
      detail: 'Concord keys start with “ck_” followed by 43 letters, digits, “-” or “_”.',
    };
  }
  try {
    const answer = await fetchSession(key);
    if (answer.principal !== null) return null;
    return {
      type: 'about:blank',
      title: 'Key not accepted',
      status: 0,
      detail: 'The server knows no one by it.',
    };
  } catch (error) {
    if (error instanceof ApiError) return error.problem;
    return { type: 'about:blank', title: 'Could not check the key', status: 0, detail: String(error) };
  }
}
