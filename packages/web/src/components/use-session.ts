import { useAccessKey } from '../api/access-key.ts';
import type { SessionAnswer, SessionPrincipal } from '../api/session.ts';
import { useResource } from '../api/use-resource.ts';

/** Who the reader is: 'anonymous' without a key, 'loading' while the server is asked, else the principal. */
export function useSession(): 'anonymous' | 'loading' | 'refused' | SessionPrincipal {
  const key = useAccessKey();
  const session = useResource<SessionAnswer>(key === null ? null : '/api/session');
  if (key === null) return 'anonymous';
  if (session.state === 'loading') return 'loading';
  if (session.state === 'error' || session.data.principal === null) return 'refused';
  return session.data.principal;
}
