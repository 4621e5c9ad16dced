// Who may read a logged event's body: the audience its scope names, as the object's audience is now (the store
// keeps that current in the log table's audience columns). Entries from before audiences existed carry no scope:
// they were public, except a valuation (its party and the mediators).
import type { ConcordEvent } from '../events.ts';
import { type Audience, PUBLIC, partiesAudience } from '../schemas/audience.ts';

export type EventVisibility = { processId: string | null; subjectId: string | null; audience: Audience };

export function eventVisibility(event: ConcordEvent): EventVisibility {
  if (event.scope) return { ...event.scope };
  if (event.type === 'valuation.recorded')
    return {
      processId: event.data.processId,
      subjectId: event.data.id,
      audience: partiesAudience([event.data.partyId]),
    };
  return { processId: null, subjectId: null, audience: PUBLIC };
}
