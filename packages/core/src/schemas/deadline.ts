// Deadlines on a process or a version ("accept by 27 November", "a deal by the end of the year"). A deadline is
// set, may be moved (each move kept with its reason), and ends met or lifted; it is missed when the clock passes
// it first. Missed is never stored: it is read from the clock (see briefing/deadline-state.ts).
import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoUtc } from '../time.ts';
import { Audience } from './audience.ts';
import { LIMITS, LogIndex, MULTILINE, optionalText, text } from './common.ts';

export const DeadlineCreate = z.strictObject({
  title: text(LIMITS.title),
  dueAt: IsoUtc,
  /** The version it is about, or null for the whole process. */
  versionId: Id.nullable().default(null),
  /** Who set it: "President Trump". */
  setBy: optionalText(LIMITS.name).default(''),
  /** When it was set (default: now); never in the future. */
  setAt: IsoUtc.optional(),
  note: optionalText(LIMITS.shortText, MULTILINE).default(''),
  /** Default: who may read the process or the version it is on; never wider than that. */
  audience: Audience.optional(),
});
export type DeadlineCreate = z.infer<typeof DeadlineCreate>;
export type DeadlineCreateInput = z.input<typeof DeadlineCreate>;

export const DeadlineMove = z.strictObject({
  dueAt: IsoUtc,
  reason: text(LIMITS.shortText, MULTILINE),
  /** When it was moved (default: now); never in the future. */
  at: IsoUtc.optional(),
});
export type DeadlineMove = z.infer<typeof DeadlineMove>;

/** How a deadline ends: met (what was asked happened) or lifted (dropped, "the deadline is when it's over"). */
export const DEADLINE_OUTCOMES = ['met', 'lifted'] as const;
export const DeadlineOutcomeKind = z.enum(DEADLINE_OUTCOMES);
export type DeadlineOutcomeKind = z.infer<typeof DeadlineOutcomeKind>;

export const DeadlineClose = z.strictObject({
  outcome: DeadlineOutcomeKind,
  note: text(LIMITS.shortText, MULTILINE),
  at: IsoUtc.optional(),
});
export type DeadlineClose = z.infer<typeof DeadlineClose>;

const deadlineFields = {
  id: Id,
  processId: Id,
  versionId: Id.nullable(),
  title: text(LIMITS.title),
  dueAt: IsoUtc,
  setAt: IsoUtc,
  setBy: optionalText(LIMITS.name),
  note: optionalText(LIMITS.shortText, MULTILINE),
};
export const DeadlineRecord = z.strictObject(deadlineFields);
export type DeadlineRecord = z.infer<typeof DeadlineRecord>;

export const DeadlineMoveRecord = z.strictObject({
  at: IsoUtc,
  from: IsoUtc,
  to: IsoUtc,
  reason: text(LIMITS.shortText, MULTILINE),
});
export type DeadlineMoveRecord = z.infer<typeof DeadlineMoveRecord>;

export const DeadlineOutcome = z.strictObject({
  kind: DeadlineOutcomeKind,
  at: IsoUtc,
  note: text(LIMITS.shortText, MULTILINE),
});
export type DeadlineOutcome = z.infer<typeof DeadlineOutcome>;

/** A deadline as read: its current due time, every move, and how it ended (null while open). */
export const Deadline = z.strictObject({
  ...deadlineFields,
  moves: z.array(DeadlineMoveRecord),
  outcome: DeadlineOutcome.nullable(),
  audience: Audience,
  logIndex: LogIndex,
});
export type Deadline = z.infer<typeof Deadline>;
