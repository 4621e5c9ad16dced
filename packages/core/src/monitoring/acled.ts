// ACLED's 31-column CSV (the export tool's and the API's) to Concord's incidents and back. Import is all or
// nothing: a file with one bad row imports nothing and names every bad row by its line, unless the user asks to
// skip bad rows, and then the skipped rows are listed. Columns Concord has no field for are kept aside
// (IncidentInput.acled) so an export gives back what was imported.
import type { z } from 'zod';
import { ACLED_EXTRA_COLUMNS, IncidentInput } from '../schemas/incident.ts';
import { type CsvProblem, readCsv, writeCsv } from './csv.ts';

/** The column order of ACLED's exports (ACLED's own R package asserts it). */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** ACLED's API writes 2025-12-01, its export tool 1 December 2025: both are read. */
export function acledDate(value: string): string {
  const exported = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(value.trim());
  if (!exported) return value.trim();
  const month = MONTHS.indexOf(exported[2]?.toLowerCase() ?? '') + 1;
  if (month === 0) return value.trim();
  return `${exported[3]}-${String(month).padStart(2, '0')}-${exported[1]?.padStart(2, '0')}`;
}

/** A number field: empty stays empty (and fails validation where a number is needed). */
const num = (value: string | undefined) => (value?.trim() ? Number(value) : undefined);

function toBody(row: Record<string, string>): unknown {
  const v = (name: string) => row[name] ?? '';
  const acled = Object.fromEntries(ACLED_EXTRA_COLUMNS.filter((c) => v(c) !== '').map((c) => [c, v(c)]));
  return {
    externalId: v('event_id_cnty'),
    eventDate: acledDate(v('event_date')),
    eventType: v('event_type'),
    subEventType: v('sub_event_type'),
    actor1: v('actor1'),
    assocActor1: v('assoc_actor_1'),
    actor2: v('actor2'),
    assocActor2: v('assoc_actor_2'),
    location: {
      name: v('location'),
      country: v('country'),
      admin1: v('admin1'),
      admin2: v('admin2'),
      admin3: v('admin3'),
      latitude: num(row.latitude),
      longitude: num(row.longitude),
    },
    fatalities: num(row.fatalities) ?? 0,
    source: v('source'),
    notes: v('notes'),
    acled,
  };
}

/** The CSV column a schema path came from, so a problem names what the user sees in their file. */
const COLUMN_OF: Record<string, string> = {
  externalId: 'event_id_cnty',
  eventDate: 'event_date',
  eventType: 'event_type',
  subEventType: 'sub_event_type',
  assocActor1: 'assoc_actor_1',
  assocActor2: 'assoc_actor_2',
  'location.name': 'location',
};

function columnOf(path: readonly PropertyKey[]): string {
  const key = path.map(String).join('.');
  return COLUMN_OF[key] ?? path.map(String).at(-1) ?? 'row';
}

export type ImportedIncident = { line: number; incident: IncidentInput };
export type AcledImport = {
  /** What would be imported: empty when any row is bad and bad rows are not skipped. */
  incidents: ImportedIncident[];
  /** Every bad row (or missing column) by its physical line in the file. */
  problems: CsvProblem[];
  /** True when nothing may be imported: a bad row and no leave to skip, or no usable header. */
  refused: boolean;
};

export function importAcled(text: string, options: { skipBadRows?: boolean } = {}): AcledImport {
  const read = readCsv(text);
  const missing = [
    'event_date',
    'event_type',
    'sub_event_type',
    'actor1',
    'location',
    'latitude',
    'longitude',
  ].filter((name) => !read.header.includes(name));
  if (missing.length)
    return {
      incidents: [],
      refused: true,
      problems: [{ line: 1, message: `the header has no ${missing.join(', ')}` }],
    };
  const problems = [...read.problems];
  const incidents: ImportedIncident[] = [];
  for (const row of read.rows) {
    const parsed = IncidentInput.safeParse(toBody(row.values));
    if (parsed.success) incidents.push({ line: row.line, incident: parsed.data });
    else problems.push({ line: row.line, message: describeIssues(parsed.error) });
  }
  problems.sort((a, b) => a.line - b.line);
  const refused = problems.length > 0 && !options.skipBadRows;
  return { incidents: refused ? [] : incidents, problems, refused };
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${columnOf(issue.path)} ${issue.message}`).join('; ');
}

const numberText = (value: number | null) => (value === null ? '' : String(value));

export function incidentRow(incident: IncidentInput): Record<string, string> {
  const { location } = incident;
  return {
    ...incident.acled,
    event_id_cnty: incident.externalId,
    event_date: incident.eventDate,
    year: incident.eventDate.slice(0, 4),
    event_type: incident.eventType,
    sub_event_type: incident.subEventType,
    actor1: incident.actor1,
    assoc_actor_1: incident.assocActor1,
    actor2: incident.actor2,
    assoc_actor_2: incident.assocActor2,
    country: location.country,
    admin1: location.admin1,
    admin2: location.admin2,
    admin3: location.admin3,
    location: location.name,
    latitude: numberText(location.latitude),
    longitude: numberText(location.longitude),
    source: incident.source,
    notes: incident.notes,
    fatalities: String(incident.fatalities),
  };
}

/** ACLED's 31 columns in ACLED's order, API-style dates. */
export function exportAcled(incidents: readonly IncidentInput[]): string {
  return writeCsv(ACLED_COLUMNS, incidents.map(incidentRow));
}
