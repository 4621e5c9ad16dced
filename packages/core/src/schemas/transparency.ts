// A process's public account of its implementation: what anyone may read without signing in, each item with the
// index of the log entry that proves it (a reader checks it on the verify page or with `concord verify`). Built
// only from what the public may read, and only from the log (no clock, no names kept beside the log), so one
// answer holds for every reader until the log grows.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoDate, IsoUtc } from '../time.ts';
import { VersionHash } from './account-key.ts';
import { LogIndex } from './common.ts';
import { MotionKind, OutcomeResult, Tally } from './council.ts';
import { CurrencyBalanceAnswer } from './fund.ts';
import { EventType } from './incident.ts';
import { PamScore } from './tracking.ts';

const TransparentSignature = z.strictObject({
  partyName: z.string(),
  fingerprint: z.string(),
  signedAt: IsoUtc,
  logIndex: LogIndex,
});

/** A final version of a plan: the signed agreement, with the hash its signatures sign. */
const TransparentAgreement = z.strictObject({
  planId: Id,
  planTitle: z.string(),
  versionId: Id,
  label: z.string(),
  versionHash: VersionHash,
  logIndex: LogIndex,
  signatures: z.array(TransparentSignature),
});

/** A tracked commitment's latest status on the Peace Accords Matrix scale (null: none set yet). */
const TransparentCommitment = z.strictObject({
  commitmentId: Id,
  obligor: z.string(),
  action: z.string(),
  score: PamScore.nullable(),
  on: IsoDate.nullable(),
  reason: z.string(),
  /** The status's entry, or the tracking's while no status is set. */
  logIndex: LogIndex,
});

/** A verified incident, with the entry of the move that verified it. */
const TransparentIncident = z.strictObject({
  id: Id,
  eventDate: IsoDate,
  eventType: EventType,
  subEventType: z.string(),
  actor1: z.string(),
  actor2: z.string(),
  place: z.string(),
  admin1: z.string(),
  fatalities: z.number().int().nonnegative(),
  verifiedAt: IsoUtc,
  reason: z.string(),
  logIndex: LogIndex,
  reportedLogIndex: LogIndex,
});

const TransparentFund = z.strictObject({
  id: Id,
  name: z.string(),
  illustrative: z.boolean(),
  currencies: z.array(CurrencyBalanceAnswer),
  logIndex: LogIndex,
  /** The newest operation's entry: the totals are those of the log up to it. */
  lastOperationLogIndex: LogIndex.nullable(),
});

/** A closed motion of a council: its decision as the council's rule gave it, with the closing entry. */
const TransparentDecision = z.strictObject({
  councilId: Id,
  councilName: z.string(),
  motionId: Id,
  kind: MotionKind,
  title: z.string(),
  result: OutcomeResult,
  tally: Tally,
  reasons: z.array(z.string()),
  closedAt: IsoUtc,
  logIndex: LogIndex,
});

export const TransparencyAnswer = z.strictObject({
  process: z.strictObject({ id: Id, title: z.string(), description: z.string(), logIndex: LogIndex }),
  agreements: z.array(TransparentAgreement),
  commitments: z.array(TransparentCommitment),
  incidents: z.array(TransparentIncident),
  funds: z.array(TransparentFund),
  decisions: z.array(TransparentDecision),
});
export type TransparencyAnswer = z.infer<typeof TransparencyAnswer>;
export type TransparentIncident = z.infer<typeof TransparentIncident>;
export type TransparentDecision = z.infer<typeof TransparentDecision>;
