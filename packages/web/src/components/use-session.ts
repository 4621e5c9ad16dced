import { type SessionPrincipal, useSessionState } from '../api/session.ts';

/**
 * Who the reader is: 'anonymous' for the public, 'loading' until the server answered, 'refused' when it could
 * not say (the session answer failed), else the signed-in person with their memberships.
 */
export function useSession(): 'anonymous' | 'loading' | 'refused' | SessionPrincipal {
  const session = useSessionState();
  if (session.state === 'loading') return 'loading';
  if (session.state === 'error') return 'refused';
  return session.principal ?? 'anonymous';
}
