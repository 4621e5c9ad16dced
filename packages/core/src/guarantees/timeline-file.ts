// The timeline file: what happened, in the order it happened, for `concord rules simulate` and the tests. Incidents
// with their verification, commitments with their due dates and statuses (Peace Accords Matrix 0–3), notifications
// by participants, and the outcomes of decisions (a council's finding or vote is given as its outcome: how the
// council decides is its own module's business). Each event has an id so that a case can name what opened it.
import { z } from 'zod';
import { LIMITS, MULTILINE, optionalText, text } from '../schemas/common.ts';
import { Instant } from './instant.ts';
import { RuleKey, VERIFICATION_STATUSES } from './rules-file.ts';

export const TIMELINE_FORMAT = 'concord.timeline/1';
export const TIMELINE_LIMITS = { events: 5_000, tags: 20 };

const EventId = RuleKey;
const Name = text(LIMITS.name);
const Note = optionalText(LIMITS.shortText, MULTILINE).default('');
/** A case is named by its rule and the order it was opened in: `UNSCR-2231-snapback#1`. */
export const CaseId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}#[1-9]\d{0,5}$/,
    "must be a rule's id, '#' and a number, like UNSCR-2231-snapback#1",
  );

const base = { id: EventId, at: Instant, note: Note };

export const TimelineEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('incident'),
    ...base,
    incidentType: Name,
    allegedParty: Name,
    area: Name.optional(),
    tags: z.array(Name).max(TIMELINE_LIMITS.tags).default([]),
    status: z.enum(VERIFICATION_STATUSES).default('reported'),
  }),
  z.strictObject({
    type: z.literal('verification'),
    ...base,
    incident: EventId,
    status: z.enum(VERIFICATION_STATUSES),
    by: Name.optional(),
  }),
  z.strictObject({
    type: z.literal('commitment'),
    ...base,
    commitment: Name,
    obligor: Name,
    dueAt: Instant,
    /** Peace Accords Matrix: 0 not begun, 1 minimal, 2 intermediate, 3 complete. */
    status: z.number().int().min(0).max(3),
  }),
  z.strictObject({
    type: z.literal('notification'),
    ...base,
    /** The participants notifying (together). */
    by: z.array(Name).min(1).max(TIMELINE_LIMITS.tags),
    against: Name.optional(),
  }),
  z.strictObject({
    type: z.literal('decision'),
    ...base,
    case: CaseId,
    step: RuleKey,
    outcome: RuleKey,
    by: Name.optional(),
    tally: optionalText(LIMITS.label).optional(),
  }),
  z.strictObject({
    type: z.literal('extension'),
    ...base,
    case: CaseId,
    step: RuleKey,
    days: z.number().int().min(1).max(365),
    by: Name.optional(),
  }),
]);
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const TimelineFile = z.strictObject({
  format: z.literal(TIMELINE_FORMAT),
  title: optionalText(LIMITS.title).default(''),
  /** Evaluate as of this moment; without it every deadline is run to its end. */
  clock: Instant.optional(),
  events: z.array(TimelineEvent).max(TIMELINE_LIMITS.events),
});
export type TimelineFile = z.infer<typeof TimelineFile>;
