import { useState } from 'react';
import type { AccountToken, IssuedToken } from '../../api/account.ts';
import type { SessionMembership } from '../../api/session.ts';
import { CopyButton } from './copy-button.tsx';
import { MembershipTokens } from './membership-tokens.tsx';
import { Section } from './section.tsx';

export function TokensSection({
  tokens,
  memberships,
  reload,
  initialIssued = null,
}: {
  tokens: AccountToken[];
  memberships: SessionMembership[];
  reload: () => void;
  initialIssued?: IssuedToken | null;
}) {
  const [issued, setIssued] = useState<IssuedToken | null>(initialIssued);
  return (
    <Section
      id="tokens"
      title="Personal API tokens"
      intro="A token lets a program (the concord command line, a script) act for you in one of your roles, without your password. Create one per program and revoke it when the program no longer needs it."
    >
      {issued ? <IssuedTokenBox issued={issued} onDone={() => setIssued(null)} /> : null}
      {memberships.length === 0 ? (
        <p className="muted">Tokens are made for a role in a process; you have none yet.</p>
      ) : (
        memberships.map((m) => (
          <MembershipTokens
            key={m.id}
            membership={m}
            tokens={tokens.filter((t) => t.membershipId === m.id)}
            onIssued={(t) => {
              setIssued(t);
              reload();
            }}
            reload={reload}
          />
        ))
      )}
    </Section>
  );
}

function IssuedTokenBox({ issued, onDone }: { issued: IssuedToken; onDone: () => void }) {
  return (
    <div className="token-once" role="status" data-testid="token-issued">
      <p>
        <strong>Copy this token now.</strong> Concord shows it only this once and keeps no readable copy.
        Whoever holds it can act as you in this role until you revoke it: keep it like a password.
      </p>
      <p className="secret-line">
        <code className="wrap-anywhere" data-testid="token-value">
          {issued.token}
        </code>{' '}
        <CopyButton text={issued.token} label="Copy the token" />
      </p>
      <button type="button" onClick={onDone} data-testid="token-done">
        I have copied it
      </button>
    </div>
  );
}
