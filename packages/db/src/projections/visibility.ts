// The audience columns a projected row takes from its event's scope (eventVisibility: the scope, or for entries
// older than audiences, public, except valuations).
import { type ConcordEvent, eventVisibility } from '@concord/core';

export type AudienceColumns = { audience_kind: string; audience_parties: string[] };

export function audienceColumns(event: ConcordEvent): AudienceColumns {
  const { audience } = eventVisibility(event);
  return {
    audience_kind: audience.kind,
    audience_parties: audience.kind === 'parties' ? audience.partyIds : [],
  };
}

/** The row's process (null for entries older than audiences that did not name it). */
export function scopedProcess(event: ConcordEvent): string | null {
  return eventVisibility(event).processId;
}
