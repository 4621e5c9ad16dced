// Who may read and write what: pure functions over a principal and the object's audience, used by every read
// path (entities, log entries, analysis) so that nothing reaches a reader it was not shared with.
import type { ConcordEvent } from '../events.ts';
import type { Principal } from '../schemas/principal.ts';

export type Audience =
  | { kind: 'public' }
  /** One party's delegation and the process's mediator (valuations, private positions). */
  | { kind: 'party-and-mediator'; processId: string; partyId: string };

export const PUBLIC: Audience = { kind: 'public' };

/** The audience of a logged event: who may read its body (everyone may see its leaf hash). */
export function eventAudience(event: ConcordEvent): Audience {
  if (event.type === 'valuation.recorded') {
    return { kind: 'party-and-mediator', processId: event.data.processId, partyId: event.data.partyId };
  }
  return PUBLIC;
}

export function canRead(principal: Principal | null, audience: Audience): boolean {
  if (audience.kind === 'public') return true;
  if (principal === null || principal.processId !== audience.processId) return false;
  return principal.role === 'mediator' || principal.partyId === audience.partyId;
}

/** The mediator of the process may enter any party's valuation; a party only its own. */
export function canRecordValuation(
  principal: Principal | null,
  target: { processId: string; partyId: string },
): boolean {
  return canRead(principal, { kind: 'party-and-mediator', ...target });
}

/**
 * How much of a plan analysis a principal may see: the mediator everything; a party only its own utility (the
 * joint results are computed from every party's confidential valuation, so they would reveal them); others none.
 */
export function analysisScope(principal: Principal | null, processId: string): 'full' | 'own' | 'none' {
  if (principal === null || principal.processId !== processId) return 'none';
  return principal.role === 'mediator' ? 'full' : 'own';
}
