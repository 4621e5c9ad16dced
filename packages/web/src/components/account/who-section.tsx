import { revealInvisible } from '@concord/core/text';
import type { AccountAnswer } from '../../api/account.ts';
import { describeMembership, type SessionPrincipal } from '../../api/session.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';

export function WhoSection({
  account,
  principal,
}: {
  account: AccountAnswer['account'];
  principal: SessionPrincipal;
}) {
  return (
    <section className="auth-card" aria-labelledby="who-heading" data-testid="account-who">
      <h2 id="who-heading">Who you are</h2>
      <dl className="auth-facts">
        <dt>Name</dt>
        <dd>
          <bdi>{revealInvisible(account.name)}</bdi>
        </dd>
        <dt>Handle</dt>
        <dd>{account.handle ? <code>{revealInvisible(account.handle)}</code> : 'none'}</dd>
        <dt>E-mail</dt>
        <dd>{account.email ? <bdi>{revealInvisible(account.email)}</bdi> : 'none'}</dd>
        <dt>Roles</dt>
        <dd>
          {principal.memberships.length === 0 ? (
            'none yet — a mediator adds you to a process by invitation'
          ) : (
            <ul className="plain-list">
              {principal.memberships.map((m) => (
                <li key={m.id}>
                  <Link href={paths.process(m.processId)}>
                    <bdi>{revealInvisible(describeMembership(m))}</bdi>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
