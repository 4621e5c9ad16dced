// Monitoring: incidents with ACLED's event fields (so that a mission's records and ACLED's exports can be read
// side by side) plus the ceasefire fields real missions recorded (the OSCE mission's weapon, count, direction,
// distance and how it was observed); restrictions of the monitors' movement as records of their own; the
// verification workflow's statuses, which the guarantee rules count (only verified incidents trigger); and
// monitoring reports whose proposed statuses a mediator may apply — a report never sets a status by itself.
import { z } from 'zod';
import { VERIFICATION_STATUSES } from '../guarantees/rules-file.ts';
import { Id } from '../ids.ts';
import { IsoDate, IsoUtc } from '../time.ts';
import { LIMITS, MULTILINE, optionalText, text } from './common.ts';
import { PamScore } from './tracking.ts';

export { VERIFICATION_STATUSES };
export const VerificationStatus = z.enum(VERIFICATION_STATUSES);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/** ACLED's six event types (codebook 2024). */
export const ACLED_EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;
export const EventType = z.enum(ACLED_EVENT_TYPES);

/** How a monitor knows: the OSCE mission's reports distinguish what was seen from what was heard or told. */
export const OBSERVATIONS = [
  'seen',
  'heard',
  'seen-and-heard',
  'reported-to-monitors',
  'after-the-fact',
] as const;

export const INCIDENT_LIMITS = { fatalities: 1_000_000, count: 100_000, distance: 1_000_000, extra: 200 };

const Line = (max: number = LIMITS.name) => optionalText(max).default('');

// A number's own word only when it is not a number: a range's refusal keeps its own ("too big: expected <= 90").
const aNumber = () =>
  z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'must be a number' : undefined) });

export const Location = z.strictObject({
  name: text(LIMITS.name),
  country: Line(),
  admin1: Line(),
  admin2: Line(),
  admin3: Line(),
  latitude: aNumber().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90'),
  longitude: aNumber().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180'),
});
export type Location = z.infer<typeof Location>;

/** What a ceasefire monitor records beyond ACLED's fields. */
export const CeasefireObservation = z.strictObject({
  weapon: Line(LIMITS.label),
  /** Rounds, explosions or shots counted. */
  count: z.number().int().min(0).max(INCIDENT_LIMITS.count).nullable().default(null),
  /** The direction the fire came from or went to, as the monitor wrote it ("from south-west to north-east"). */
  direction: Line(LIMITS.label),
  /** Estimated distance from the monitors, in metres. */
  distanceMetres: z.number().int().min(0).max(INCIDENT_LIMITS.distance).nullable().default(null),
  observedAs: z.enum(OBSERVATIONS).default('reported-to-monitors'),
});
export type CeasefireObservation = z.infer<typeof CeasefireObservation>;

/** ACLED columns Concord keeps only so that an export gives back what was imported. */
export const ACLED_EXTRA_COLUMNS = [
  'time_precision',
  'disorder_type',
  'inter1',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'geo_precision',
  'source_scale',
  'tags',
  'timestamp',
] as const;
export const AcledExtra = z
  .partialRecord(z.enum(ACLED_EXTRA_COLUMNS), optionalText(INCIDENT_LIMITS.extra))
  .default({});

export const IncidentInput = z.strictObject({
  /** ACLED's `event_id_cnty` when the incident came from ACLED (or a mission's own reference). */
  externalId: Line(LIMITS.label),
  eventDate: IsoDate,
  eventType: EventType,
  subEventType: text(LIMITS.label),
  actor1: text(LIMITS.name),
  assocActor1: Line(),
  actor2: Line(),
  assocActor2: Line(),
  location: Location,
  fatalities: aNumber().int().min(0).max(INCIDENT_LIMITS.fatalities).default(0),
  source: Line(LIMITS.shortText),
  notes: optionalText(LIMITS.shortText, MULTILINE).default(''),
  ceasefire: CeasefireObservation.nullable().default(null),
  acled: AcledExtra,
});
export type IncidentInput = z.infer<typeof IncidentInput>;
export type IncidentInputBody = z.input<typeof IncidentInput>;

/** A decision in the verification workflow: who moved an incident to which status, and why. */
export const VerificationChange = z.strictObject({
  from: VerificationStatus,
  to: VerificationStatus,
  reason: text(LIMITS.shortText, MULTILINE),
  /** The log's actor who decided. */
  by: z.string().min(1).max(LIMITS.name),
  at: IsoUtc,
});
export type VerificationChange = z.infer<typeof VerificationChange>;

export const RESTRICTION_KINDS = ['denied', 'delayed', 'conditional', 'escorted', 'threatened'] as const;

/** A restriction of the monitors' freedom of movement, recorded as such (missions report these separately). */
export const RestrictionInput = z.strictObject({
  date: IsoDate,
  kind: z.enum(RESTRICTION_KINDS),
  /** Who stopped or held the monitors. */
  by: text(LIMITS.name),
  location: Location,
  /** How long the monitors were held, in minutes; null when they were turned back. */
  minutes: z.number().int().min(0).max(100_000).nullable().default(null),
  description: optionalText(LIMITS.shortText, MULTILINE).default(''),
});
export type RestrictionInput = z.infer<typeof RestrictionInput>;

export const REPORT_LIMITS = { findings: 200, incidents: 200 };

export const Finding = z.strictObject({
  commitmentId: Id,
  text: text(LIMITS.shortText, MULTILINE),
  /** A proposal only: a mediator applies it (or not) through the status route. */
  proposedScore: PamScore.nullable().default(null),
  incidentIds: z.array(Id).max(REPORT_LIMITS.incidents).default([]),
});
export type Finding = z.infer<typeof Finding>;

export const ReportInput = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    summary: optionalText(LIMITS.longText, MULTILINE).default(''),
    findings: z.array(Finding).max(REPORT_LIMITS.findings).default([]),
  })
  .check((ctx) => {
    const { from, to, findings } = ctx.value;
    if (from > to)
      ctx.issues.push({ code: 'custom', path: ['to'], message: 'must not be before from', input: to });
    const seen = new Set<string>();
    findings.forEach((finding, i) => {
      if (seen.has(finding.commitmentId))
        ctx.issues.push({
          code: 'custom',
          path: ['findings', i, 'commitmentId'],
          message: 'has a finding already in this report',
          input: finding.commitmentId,
        });
      seen.add(finding.commitmentId);
    });
  });
export type ReportInput = z.infer<typeof ReportInput>;

// Logged records. Who filed or decided, and when, are the log entry's actor and time.

/** `incident.reported`: an incident entered by a monitor or imported from ACLED; it starts as reported. */
export const IncidentRecord = z.strictObject({ id: Id, processId: Id, incident: IncidentInput });
export type IncidentRecord = z.infer<typeof IncidentRecord>;

/** `incident.status-changed`: one move of the verification workflow. */
export const IncidentStatusRecord = z.strictObject({
  id: Id,
  incidentId: Id,
  from: VerificationStatus,
  to: VerificationStatus,
  reason: text(LIMITS.shortText, MULTILINE),
});
export type IncidentStatusRecord = z.infer<typeof IncidentStatusRecord>;

/** `restriction.recorded`. */
export const RestrictionRecord = z.strictObject({ id: Id, processId: Id, restriction: RestrictionInput });
export type RestrictionRecord = z.infer<typeof RestrictionRecord>;

/** `report.filed`: the findings and proposed statuses stay proposals in the log too. */
export const ReportRecord = z.strictObject({ id: Id, processId: Id, report: ReportInput });
export type ReportRecord = z.infer<typeof ReportRecord>;

/** An incident as read back: its record, its status now and every move, oldest first. */
export type IncidentEntry = IncidentRecord & {
  status: VerificationStatus;
  changes: VerificationChange[];
  reportedBy: string;
  reportedAt: string;
  logIndex: number;
};
export type RestrictionEntry = RestrictionRecord & {
  recordedBy: string;
  recordedAt: string;
  logIndex: number;
};
export type ReportEntry = ReportRecord & { filedBy: string; filedAt: string; logIndex: number };

/** A move asked for over HTTP: the decider is the caller, the time the server's clock. */
export const IncidentStatusInput = z.strictObject({
  to: VerificationStatus,
  reason: text(LIMITS.shortText, MULTILINE),
});
export type IncidentStatusInput = z.infer<typeof IncidentStatusInput>;

/** A month of a country's ACLED events fits; larger files are split by the user. */
export const IMPORT_LIMITS = { characters: 900_000 };

export const AcledImportInput = z.strictObject({
  // A file's byte order mark is not text and its line ends are made LF as the reader does (monitoring/csv.ts,
  // so line numbers do not move); every other character is checked like any Concord text.
  csv: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') : v),
    text(IMPORT_LIMITS.characters, MULTILINE),
  ),
  skipBadRows: z.boolean().default(false),
});
export type AcledImportInput = z.infer<typeof AcledImportInput>;

// Answers over HTTP (the OpenAPI document's shapes): records as read back.
export const IncidentAnswer = IncidentRecord.extend({
  status: VerificationStatus,
  changes: z.array(VerificationChange),
  reportedBy: z.string(),
  reportedAt: z.string(),
  logIndex: z.number().int(),
});
export const RestrictionAnswer = RestrictionRecord.extend({
  recordedBy: z.string(),
  recordedAt: z.string(),
  logIndex: z.number().int(),
});
export const ReportAnswer = ReportRecord.extend({
  filedBy: z.string(),
  filedAt: z.string(),
  logIndex: z.number().int(),
});
const SeriesAnswer = z.object({
  months: z.array(z.string()),
  series: z.array(
    z.object({ name: z.string(), counts: z.array(z.number()), fatalities: z.array(z.number()) }),
  ),
});
export const MonitoringAnswer = z.object({
  incidents: z.array(IncidentAnswer),
  restrictions: z.array(RestrictionAnswer),
  reports: z.array(ReportAnswer),
  series: z.object({ byParty: SeriesAnswer, byEventType: SeriesAnswer }),
  mayReport: z.boolean(),
  mayVerify: z.boolean(),
});
export const ImportAnswer = z.object({
  imported: z.array(z.string()),
  skipped: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
