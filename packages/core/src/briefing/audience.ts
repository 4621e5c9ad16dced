// Audiences that grow by parties: what a version is shared with after it is handed to a party.
import { type Audience, partiesAudience } from '../schemas/audience.ts';

/** `audience` widened to admit `partyIds` too (public and whole-process audiences already do). */
export function including(audience: Audience, partyIds: readonly string[]): Audience {
  if (audience.kind !== 'parties') return audience;
  return partiesAudience([...audience.partyIds, ...partyIds]);
}
