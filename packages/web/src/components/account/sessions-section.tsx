import { revealInvisible } from '@concord/core/text';
import { type AccountSession, account } from '../../api/account.ts';
import { signOut, signOutEverywhere } from '../../api/auth.ts';
import { navigate } from '../../router/location.ts';
import { paths } from '../../router/routes.ts';
import { NoticeLine } from '../notice.tsx';
import { AuthTable } from './auth-table.tsx';
import { describeDevice, formatMoment } from './format.ts';
import { Section } from './section.tsx';
import { useAction } from './use-action.ts';

export function SessionsSection({ sessions, reload }: { sessions: AccountSession[]; reload: () => void }) {
  const [busy, notice, act] = useAction();
  const end = async (s: AccountSession) => {
    if (s.current) {
      if (await act(() => signOut())) navigate(paths.signIn());
      return;
    }
    if (await act(() => account.endSession(s.id), 'That session is signed out.')) reload();
  };
  const everywhere = async () => {
    if (await act(() => signOutEverywhere())) navigate(paths.signIn());
  };
  return (
    <Section
      id="sessions"
      title="Where you are signed in"
      intro="Each browser you signed in with. Sign out one you do not recognise, or sign out everywhere (this browser too)."
    >
      <AuthTable columns={['Device', 'Address', 'Signed in', 'Last active']} testId="sessions">
        {sessions.map((s) => (
          <tr key={s.id} data-testid="session-row" data-current={s.current ? 'true' : 'false'}>
            <td title={s.userAgent ?? undefined}>
              {revealInvisible(describeDevice(s.userAgent))}
              {s.current ? <strong className="tag">this browser</strong> : null}
            </td>
            <td>{s.address ?? 'unknown'}</td>
            <td>{formatMoment(s.createdAt)}</td>
            <td>{formatMoment(s.lastSeenAt)}</td>
            <td>
              <button type="button" disabled={busy} onClick={() => void end(s)} data-testid="session-end">
                Sign out
              </button>
            </td>
          </tr>
        ))}
      </AuthTable>
      <p className="auth-actions">
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => void everywhere()}
          data-testid="sign-out-everywhere"
        >
          Sign out everywhere
        </button>
      </p>
      <NoticeLine notice={notice} testId="sessions-notice" />
    </Section>
  );
}
