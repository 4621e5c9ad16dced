// Tracking the implementation of an agreed version's commitments on the Peace Accords Matrix scale (Kroc
// Institute): each commitment's due rule, weight, parent and indicators; its statuses 0–3 over time, each with
// who set it, why and the hashes of the evidence; and the milestones (signature, acceptance, a release) that
// relative due rules are counted from. The evidence file itself never enters the log: its hash, name, size and
// type do, so anyone holding the file can check it is the one the status rests on.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoDate, IsoUtc } from '../time.ts';
import { Audience } from './audience.ts';
import { LIMITS, LogIndex, MULTILINE, optionalText, text } from './common.ts';

/** Peace Accords Matrix: 0 not initiated, 1 minimal, 2 intermediate, 3 complete. */
export const PamScore = z.number().int().min(0).max(3);
export type PamScore = z.infer<typeof PamScore>;
export const PAM_WORDS = ['not initiated', 'minimal', 'intermediate', 'complete'] as const;

/** A milestone's key, as due rules name it: `signature`, `acceptance`, `hostages-released`. */
export const MilestoneKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be lower-case letters, digits and hyphens, like signature');

/** When a tracked commitment falls due: on a date, or a time after a milestone ("within 72 hours of acceptance"). */
export const DueRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: IsoDate }),
  z.strictObject({
    kind: z.literal('after'),
    milestone: MilestoneKey,
    days: z.number().int().min(0).max(3_650).default(0),
    hours: z.number().int().min(0).max(8_760).default(0),
  }),
]);
export type DueRule = z.infer<typeof DueRule>;

export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash in 64 lower-case hex digits');

/** A file a status rests on, by its hash: the file stays with whoever holds it. */
export const EvidenceRef = z.strictObject({
  sha256: Sha256,
  name: text(LIMITS.name),
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  type: z
    .string()
    .regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, 'must be a media type like application/pdf')
    .max(120)
    .default('application/octet-stream'),
});
export type EvidenceRef = z.infer<typeof EvidenceRef>;

export const TRACKING_LIMITS = { indicators: 20, evidence: 20, weight: 1_000 };

const trackingFields = {
  due: DueRule.nullable().default(null),
  /** The commitment's share in its parent's (or its party's) progress, relative to its siblings. */
  weight: z.number().int().min(1).max(TRACKING_LIMITS.weight).default(1),
  /** The tracked commitment this one is a part of; null for a top-level commitment. */
  parentId: Id.nullable().default(null),
  indicators: z.array(text(LIMITS.shortText)).max(TRACKING_LIMITS.indicators).default([]),
};

export const TrackingInput = z.strictObject(trackingFields);
export type TrackingInput = z.infer<typeof TrackingInput>;
export type TrackingInputBody = z.input<typeof TrackingInput>;

/** `commitment.tracked`: a commitment of an agreed version put under tracking (once). */
export const TrackingRecord = z.strictObject({
  commitmentId: Id,
  versionId: Id,
  processId: Id,
  due: DueRule.nullable(),
  weight: trackingFields.weight,
  parentId: Id.nullable(),
  indicators: trackingFields.indicators,
});
export type TrackingRecord = z.infer<typeof TrackingRecord>;

export const StatusInput = z.strictObject({
  score: PamScore,
  /** The day the status holds from (a finding may be recorded later than it was made); today by default. */
  on: IsoDate.optional(),
  reason: text(LIMITS.shortText, MULTILINE),
  evidence: z.array(EvidenceRef).max(TRACKING_LIMITS.evidence).default([]),
});
export type StatusInputBody = z.input<typeof StatusInput>;

/** `commitment.status-set`: who and when are the event's actor and time. */
export const StatusRecord = z.strictObject({
  id: Id,
  commitmentId: Id,
  score: PamScore,
  on: IsoDate,
  reason: StatusInput.shape.reason,
  evidence: z.array(EvidenceRef).max(TRACKING_LIMITS.evidence),
});
export type StatusRecord = z.infer<typeof StatusRecord>;

/** A status as read back: the record with who set it and when it was logged. */
export const StatusEntry = StatusRecord.extend({
  actor: text(LIMITS.name),
  setAt: IsoUtc,
  logIndex: LogIndex,
});
export type StatusEntry = z.infer<typeof StatusEntry>;

export const MilestoneInput = z.strictObject({
  key: MilestoneKey,
  label: text(LIMITS.title),
  occurredAt: IsoUtc,
  note: optionalText(LIMITS.shortText, MULTILINE).default(''),
});
export type MilestoneInputBody = z.input<typeof MilestoneInput>;

/** `milestone.recorded`: something due rules count from happened (one record per key and process). */
export const MilestoneRecord = MilestoneInput.extend({ id: Id, processId: Id });
export type MilestoneRecord = z.infer<typeof MilestoneRecord>;
export type Milestone = MilestoneRecord & { logIndex: number };

/** A tracked commitment as stored: the commitment's own words, its tracking and its statuses, oldest first. */
export type TrackedCommitment = Omit<TrackingRecord, 'processId'> & {
  processId: string;
  pointId: string;
  obligor: string;
  beneficiary: string | null;
  action: string;
  statuses: StatusEntry[];
  audience: Audience;
  logIndex: number;
};

// The answers over HTTP (the web page reads them): the stored records, the state at the server's clock, and what
// the caller may do.
export const TrackedCommitmentAnswer = TrackingRecord.extend({
  pointId: Id,
  obligor: text(LIMITS.name),
  beneficiary: text(LIMITS.name).nullable(),
  action: text(LIMITS.longText, MULTILINE),
  statuses: z.array(StatusEntry),
  audience: Audience,
  logIndex: LogIndex,
});

export const MilestoneAnswer = MilestoneRecord.extend({ logIndex: LogIndex });

export const CompliancePointAnswer = z.strictObject({ on: IsoDate, value: z.number().min(0).max(1) });
export const ComplianceSeriesAnswer = z.strictObject({
  /** The obligor as written on the commitment: a party id, or a name. */
  party: text(LIMITS.name),
  points: z.array(CompliancePointAnswer),
});

export const CommitmentStateAnswer = TrackedCommitmentAnswer.extend({
  current: StatusEntry.nullable(),
  progress: z.number().min(0).max(1),
  dueAt: IsoUtc.nullable(),
  waitingFor: MilestoneKey.nullable(),
  overdue: z.boolean(),
  maySetStatus: z.boolean(),
});

/** A commitment of a final version not tracked yet, offered to whoever may put it under tracking. */
export const TrackingCandidate = z.strictObject({
  commitmentId: Id,
  versionId: Id,
  versionLabel: text(LIMITS.label),
  obligor: text(LIMITS.name),
  action: text(LIMITS.longText, MULTILINE),
});
export type TrackingCandidate = z.infer<typeof TrackingCandidate>;

export const ImplementationAnswer = z.strictObject({
  asOf: IsoUtc,
  commitments: z.array(CommitmentStateAnswer),
  milestones: z.array(MilestoneAnswer),
  compliance: z.array(ComplianceSeriesAnswer),
  mayRecordMilestone: z.boolean(),
  /** The untracked commitments of final versions the caller may put under tracking (empty for anyone else). */
  candidates: z.array(TrackingCandidate),
  /** Who set each status, in words: a status's `actor` → the name the caller may read ("Someone" otherwise). */
  actors: z.record(z.string(), z.string()),
});
export type ImplementationAnswer = z.infer<typeof ImplementationAnswer>;
