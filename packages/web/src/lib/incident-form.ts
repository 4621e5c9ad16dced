// The single-incident form's fields as typed, the body the server takes (core's IncidentInput) and core's own
// messages for it by field, so the form says what is wrong as the monitor types and the server refuses nothing
// the form accepted.
import { IncidentInput } from '@concord/core';
import { type FormErrors, schemaErrors } from './point-form.ts';

export type IncidentFields = {
  eventDate: string;
  eventType: string;
  subEventType: string;
  actor1: string;
  actor2: string;
  place: string;
  admin1: string;
  latitude: string;
  longitude: string;
  fatalities: string;
  source: string;
  notes: string;
  /** Whether the ceasefire fields below are part of the report. */
  ceasefire: boolean;
  weapon: string;
  count: string;
  direction: string;
  distanceMetres: string;
  observedAs: string;
};

export function emptyIncident(today: string): IncidentFields {
  return {
    eventDate: today,
    eventType: 'Battles',
    subEventType: '',
    actor1: '',
    actor2: '',
    place: '',
    admin1: '',
    latitude: '',
    longitude: '',
    fatalities: '0',
    source: '',
    notes: '',
    ceasefire: false,
    weapon: '',
    count: '',
    direction: '',
    distanceMetres: '',
    observedAs: 'seen',
  };
}

// A number as typed: blank is absent (the schema says it is needed), anything else is read as a number (NaN is
// refused by the schema with its own message).
const numberOf = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

export function incidentBody(f: IncidentFields): Record<string, unknown> {
  return {
    eventDate: f.eventDate.trim(),
    eventType: f.eventType,
    subEventType: f.subEventType,
    actor1: f.actor1,
    actor2: f.actor2,
    location: {
      name: f.place,
      admin1: f.admin1,
      latitude: numberOf(f.latitude),
      longitude: numberOf(f.longitude),
    },
    fatalities: numberOf(f.fatalities) ?? 0,
    source: f.source,
    notes: f.notes,
    ceasefire: f.ceasefire
      ? {
          weapon: f.weapon,
          count: optionalNumber(f.count),
          direction: f.direction,
          distanceMetres: optionalNumber(f.distanceMetres),
          observedAs: f.observedAs,
        }
      : null,
  };
}

/** Core's messages by field path (`location.latitude`, `ceasefire.count`); {} when the server would accept it. */
export function incidentErrors(f: IncidentFields): FormErrors {
  return schemaErrors(IncidentInput, incidentBody(f));
}
