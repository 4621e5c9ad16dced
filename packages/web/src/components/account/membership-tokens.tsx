import { revealInvisible } from '@concord/core/text';
import { type FormEvent, useState } from 'react';
import { type AccountToken, account, type IssuedToken } from '../../api/account.ts';
import { describeMembership, type SessionMembership } from '../../api/session.ts';
import { NoticeLine } from '../notice.tsx';
import { AuthTable } from './auth-table.tsx';
import { formatMoment } from './format.ts';
import { useAction } from './use-action.ts';

/** The tokens of one role, each with Revoke, and a form to create another for that role. */
export function MembershipTokens({
  membership,
  tokens,
  onIssued,
  reload,
}: {
  membership: SessionMembership;
  tokens: AccountToken[];
  onIssued: (t: IssuedToken) => void;
  reload: () => void;
}) {
  const [label, setLabel] = useState('');
  const [busy, notice, act, setNotice] = useAction();
  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (label.trim() === '')
      return setNotice({ kind: 'error', text: 'Name the token after the program that will use it.' });
    await act(async () => {
      onIssued(await account.createToken({ membershipId: membership.id, label: label.trim() }));
      setLabel('');
    });
  };
  const revoke = async (t: AccountToken) => {
    if (await act(() => account.revokeToken(t.id), `Token “${t.label}” revoked: it no longer works.`))
      reload();
  };
  const inputId = `token-label-${membership.id}`;
  return (
    <div className="membership-tokens" data-testid="membership-tokens" data-membership={membership.id}>
      <h3>
        <bdi>{revealInvisible(describeMembership(membership))}</bdi>
      </h3>
      {tokens.length === 0 ? (
        <p className="muted">No token for this role.</p>
      ) : (
        <AuthTable columns={['Label', 'Created']}>
          {tokens.map((t) => (
            <tr key={t.id} data-testid="token-row">
              <td>
                <bdi>{revealInvisible(t.label)}</bdi>
              </td>
              <td>{formatMoment(t.createdAt)}</td>
              <td>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void revoke(t)}
                  data-testid="token-revoke"
                >
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </AuthTable>
      )}
      <form className="auth-form inline-form" onSubmit={(e) => void create(e)} data-testid="token-create">
        <label htmlFor={inputId}>New token’s label</label>
        <input
          id={inputId}
          placeholder="e.g. concord CLI on my laptop"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          data-testid="token-label"
        />
        <button type="submit" disabled={busy} data-testid="token-add">
          Create a token
        </button>
      </form>
      <NoticeLine notice={notice} testId="token-notice" />
    </div>
  );
}
