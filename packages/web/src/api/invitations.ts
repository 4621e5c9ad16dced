// Invitations as their recipient sees them: what the link offers (POST /api/invitations/inspect) and taking
// it up (POST /api/invitations/accept), as the signed-in person or as a newcomer who creates an account.
import { postJson } from './client.ts';
import { type SessionPrincipal, setSession } from './session.ts';

export type InvitationOffer = {
  processId: string;
  processTitle: string;
  role: string;
  rank: string | null;
  partyId: string | null;
  partyName: string | null;
  name: string;
  expiresAt: string;
};

export type Newcomer = { name: string; handle: string; password: string };

export type Accepted = { principal: SessionPrincipal | null; membershipId: string; processId: string };

export function inspectInvitation(token: string): Promise<InvitationOffer> {
  return postJson<InvitationOffer>('/api/invitations/inspect', { token });
}

export async function acceptInvitation(token: string, newcomer?: Newcomer): Promise<Accepted> {
  const answer = await postJson<Accepted>(
    '/api/invitations/accept',
    newcomer ? { token, account: newcomer } : { token },
  );
  setSession(answer.principal);
  return answer;
}
