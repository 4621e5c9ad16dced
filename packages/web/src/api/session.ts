// Who the server says the caller is (GET /api/session), and how the header names it.
export type SessionPrincipal = {
  role: 'mediator' | 'party';
  processId: string;
  processTitle: string;
  partyId?: string;
  partyName?: string;
  label: string;
};

export type SessionAnswer = { principal: SessionPrincipal | null };

/** "Mediator — Russia–Ukraine 2025" or "Ukraine delegation — Russia–Ukraine 2025". */
export function describePrincipal(p: SessionPrincipal): string {
  const who = p.role === 'mediator' ? 'Mediator' : `${p.partyName ?? 'Party'} delegation`;
  return `${who} — ${p.processTitle}`;
}
