// Incidents as the guarantee rules read them (../guarantees/timeline-file.ts): an incident event on the day it
// happened and one verification event per change of status, so a rule counting verified incidents sees the same
// history the monitoring page shows. The rules' words are ACLED's: the incident type is ACLED's event type, the
// alleged party actor 1, the area admin 1 (or the place when admin 1 is empty), and the tags hold the sub-event
// type and ACLED's own tags, so a rule may ask for "Armed clash" as a tag.
import { TimelineEvent } from '../guarantees/timeline-file.ts';
import type { IncidentInput, VerificationChange } from '../schemas/incident.ts';

export type RecordedIncident = {
  id: string;
  incident: IncidentInput;
  changes: readonly VerificationChange[];
};

function tagsOf(incident: IncidentInput): string[] {
  const acledTags = (incident.acled.tags ?? '')
    .split(';')
    .map((tag) => tag.trim())
    .filter(Boolean);
  return [...new Set([incident.subEventType, ...acledTags])].slice(0, 20);
}

export function incidentTimeline(recorded: readonly RecordedIncident[]): TimelineEvent[] {
  const events = recorded.flatMap(({ id, incident, changes }) => [
    TimelineEvent.parse({
      type: 'incident',
      id,
      at: incident.eventDate,
      incidentType: incident.eventType,
      allegedParty: incident.actor1,
      area: incident.location.admin1 || incident.location.name,
      tags: tagsOf(incident),
      status: 'reported',
    }),
    ...changes.map((change, n) =>
      TimelineEvent.parse({
        type: 'verification',
        id: `${id}.${n + 1}`,
        at: change.at,
        incident: id,
        status: change.to,
      }),
    ),
  ]);
  // The timeline is read in order; an incident comes before its own verifications because it happened first.
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
