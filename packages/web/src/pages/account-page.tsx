import { useRef, useState } from 'react';
import type { AccountAnswer } from '../api/account.ts';
import { type SessionPrincipal, useSessionState } from '../api/session.ts';
import { type Resource, useResource } from '../api/use-resource.ts';
import { KeysSection } from '../components/account/keys-section.tsx';
import { PasskeysSection } from '../components/account/passkeys-section.tsx';
import { PasswordSection } from '../components/account/password-section.tsx';
import { SessionsSection } from '../components/account/sessions-section.tsx';
import { TokensSection } from '../components/account/tokens-section.tsx';
import { TotpSection } from '../components/account/totp-section.tsx';
import { WhoSection } from '../components/account/who-section.tsx';
import { Loaded, Loading } from '../components/status.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';

// The invitation page and this page's tests still import these from here, so the move to components/account/
// does not reach into their files.
export { describeDevice, formatMoment } from '../components/account/format.ts';
export { TokensSection, TotpSection };

/** /account: the signed-in person's password, two-step sign-in, passkeys, sessions and API tokens. */
export function AccountPage() {
  useDocumentTitle('Your account');
  const session = useSessionState();
  const [refresh, setRefresh] = useState(0);
  const principal = session.state === 'ok' ? session.principal : null;
  const fetched = useResource<AccountAnswer>(principal ? '/api/account' : null, refresh);
  // While the account is fetched again after a change, the page keeps showing what it had, so the forms keep
  // their messages ("Your password was changed.") instead of flashing a loading line.
  const last = useRef<AccountAnswer | null>(null);
  if (fetched.state === 'ok') last.current = fetched.data;
  if (principal === null) last.current = null;
  const data: Resource<AccountAnswer> =
    fetched.state === 'loading' && last.current !== null ? { state: 'ok', data: last.current } : fetched;
  if (session.state === 'loading') return <Loading what="your account" />;
  if (principal === null) {
    return (
      <div className="auth-page" data-testid="account-page">
        <AccountHeader />
        <p className="auth-notice" data-testid="account-signed-out">
          You are not signed in. <Link href={paths.signIn(paths.account())}>Sign in</Link> to manage your
          account.
        </p>
      </div>
    );
  }
  return (
    <div className="auth-page" data-testid="account-page">
      <AccountHeader />
      <Loaded resource={data} what="your account">
        {(a) => <AccountView data={a} principal={principal} reload={() => setRefresh((n) => n + 1)} />}
      </Loaded>
    </div>
  );
}

function AccountHeader() {
  return (
    <header className="page-header">
      <h1>Your account</h1>
      <p className="lede">
        How you sign in to Concord and where you are signed in. Keep at least one way to sign in: a password
        (with a code from an authenticator app for more safety) or a passkey.
      </p>
    </header>
  );
}

export function AccountView({
  data,
  principal,
  reload,
}: {
  data: AccountAnswer;
  principal: SessionPrincipal;
  reload: () => void;
}) {
  return (
    <div className="account-sections">
      <WhoSection account={data.account} principal={principal} />
      <PasswordSection hasPassword={data.hasPassword} reload={reload} />
      <TotpSection enabled={data.totp === 'enabled'} hasPassword={data.hasPassword} reload={reload} />
      <PasskeysSection passkeys={data.passkeys} reload={reload} />
      <SessionsSection sessions={data.sessions} reload={reload} />
      <TokensSection tokens={data.tokens} memberships={principal.memberships} reload={reload} />
      <KeysSection accountId={data.account.id} />
    </div>
  );
}
