// The closed set of things that can happen, as stored in the log. Events are stored JSON that must stay
// readable forever, so each carries `v` (the envelope version); a new shape gets a new `v` or a new type,
// never a silent change.
import { z } from 'zod';
import { CopyReleasedRecord } from './copies/schemas.ts';
import { Id, uuidv7 } from './ids.ts';
import { AcceptabilityRecord } from './schemas/acceptability.ts';
import {
  KeyRegisteredRecord,
  KeyRevokedRecord,
  KeyRotatedRecord,
  VersionSignedRecord,
} from './schemas/account-key.ts';
import { Audience } from './schemas/audience.ts';
import { ConsultationRecord, DeliveryRecord, StatementRecord } from './schemas/briefing.ts';
import { CommitmentUpdate } from './schemas/commitment.ts';
import { LIMITS, MULTILINE, text } from './schemas/common.ts';
import {
  CouncilMemberRecord,
  CouncilRecord,
  MotionClosedRecord,
  MotionRecord,
  VoteRecord,
} from './schemas/council.ts';
import { DeadlineRecord } from './schemas/deadline.ts';
import {
  AllocationRecord,
  DisbursementRecord,
  FundRecord,
  PaymentRecord,
  PledgeRecord,
} from './schemas/fund.ts';
import {
  CaseChangeRecord,
  FindingRecord,
  GuaranteeRulesRecord,
  NotificationRecord,
} from './schemas/guarantee.ts';
import { IncidentRecord, IncidentStatusRecord, ReportRecord, RestrictionRecord } from './schemas/incident.ts';
import { MembershipRecord, MembershipStatus } from './schemas/membership.ts';
import { PartyUpdate } from './schemas/party.ts';
import { PlanUpdate } from './schemas/plan.ts';
import { PointChanges } from './schemas/point.ts';
import { PositionRecord } from './schemas/position.ts';
import { ProcessUpdate } from './schemas/process.ts';
import {
  CommitmentRecord,
  PartyRecord,
  PlanRecord,
  PointRecord,
  ProcessRecord,
  VersionBundle,
} from './schemas/records.ts';
import { MilestoneRecord, StatusRecord, TrackingRecord } from './schemas/tracking.ts';
import { ValuationRecord } from './schemas/valuation.ts';
import { VersionUpdate } from './schemas/version.ts';
import {
  CommitmentRemovalRecord,
  PointRemovalRecord,
  VersionWithdrawalRecord,
} from './schemas/withdrawal.ts';
import { IsoUtc } from './time.ts';

/** Who did it: `operator`, `account:<id>` or `account:<id>/membership:<id>` (older entries: 'api', a label). */
export const Actor = text(LIMITS.name);

/**
 * Which process and object an event is about, and who the object was shared with when the event was written.
 * The log commits to it, so anyone who can read an entry can also check who it was meant for. The body of an
 * entry stays readable by the object's audience as it is now (a draft later handed to a party becomes readable
 * by that party, history included; `audience.changed` says when). Entries written before audiences existed
 * have no scope and were public, except valuations (their party and the mediators).
 */
export const EventScope = z.strictObject({ processId: Id, subjectId: Id, audience: Audience });
export type EventScope = z.infer<typeof EventScope>;

function event<T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.strictObject({
    v: z.literal(1),
    id: Id,
    type: z.literal(type),
    at: IsoUtc,
    actor: Actor,
    scope: EventScope.optional(),
    data,
  });
}

/** The objects whose audience is their own; everything else follows its process or its version. */
export const SHARED_SUBJECTS = ['process', 'plan', 'version'] as const;
export const SharedSubject = z.enum(SHARED_SUBJECTS);
export type SharedSubject = z.infer<typeof SharedSubject>;

function changed<P extends z.ZodType>(patch: P) {
  return z.strictObject({ id: Id, changes: patch });
}

export const ConcordEvent = z.discriminatedUnion('type', [
  event('process.created', ProcessRecord),
  event('process.updated', changed(ProcessUpdate)),
  event('party.created', PartyRecord),
  event('party.updated', changed(PartyUpdate)),
  event('plan.created', PlanRecord),
  event('plan.updated', changed(PlanUpdate)),
  event('version.created', VersionBundle),
  event('version.updated', changed(VersionUpdate)),
  event('point.created', PointRecord),
  event('point.updated', changed(PointChanges)),
  // A version is never deleted: withdrawn, it stays in the log and the tree, marked with the reason.
  event('version.withdrawn', VersionWithdrawalRecord),
  // A point (with its sub-points and commitments) taken out of a working draft.
  event('point.removed', PointRemovalRecord),
  event('commitment.created', CommitmentRecord),
  event('commitment.updated', changed(CommitmentUpdate)),
  // A commitment taken off a point of a working draft (the log keeps what it said).
  event('commitment.removed', CommitmentRemovalRecord),
  // Confidential: the body is readable only by the party and the mediator (see policies/visibility.ts).
  event('valuation.recorded', ValuationRecord),
  // Private to its party's delegates and the mediators unless `published` (see policies/policy.ts, position).
  event('position.recorded', PositionRecord),
  // A private position its party's delegate made public later: the position as published, read like its version.
  event('position.published', PositionRecord),
  event('membership.granted', MembershipRecord),
  event(
    'membership.changed',
    z.strictObject({ id: Id, status: MembershipStatus, reason: text(LIMITS.shortText) }),
  ),
  // Audiences only widen: what someone was shown cannot be taken back from them.
  event(
    'audience.changed',
    z.strictObject({ subject: SharedSubject, id: Id, audience: Audience, reason: text(LIMITS.shortText) }),
  ),
  // A version handed to a party: records the delivery and widens the version's audience (`versionAudience`).
  event('version.delivered', DeliveryRecord),
  event('consultation.recorded', ConsultationRecord),
  event('statement.recorded', StatementRecord),
  event('deadline.set', DeadlineRecord),
  event(
    'deadline.moved',
    z.strictObject({
      id: Id,
      at: IsoUtc,
      from: IsoUtc,
      to: IsoUtc,
      reason: text(LIMITS.shortText, MULTILINE),
    }),
  ),
  event(
    'deadline.closed',
    z.strictObject({
      id: Id,
      outcome: z.enum(['met', 'lifted']),
      at: IsoUtc,
      note: text(LIMITS.shortText, MULTILINE),
    }),
  ),
  // Sealed: the body is readable only by the party's own delegates, not even the mediators (policy 'log-entry').
  event('acceptability.marked', AcceptabilityRecord),
  // A council and everything under it (seats, motions, votes, outcomes) share the council's audience.
  event('council.created', CouncilRecord),
  event('council.member-added', CouncilMemberRecord),
  event('motion.opened', MotionRecord),
  // One per seat and motion; the actor names who cast or recorded it, `memberId` the seat it counts for.
  event('vote.cast', VoteRecord),
  // The outcome computed by the council's rule at closing (council/decide-motion.ts), logged with the votes.
  event('motion.closed', MotionClosedRecord),
  // Implementation (Peace Accords Matrix): tracking and statuses share the commitment's version's audience;
  // a milestone the process's. Evidence enters the log as hashes only.
  event('commitment.tracked', TrackingRecord),
  event('commitment.status-set', StatusRecord),
  event('milestone.recorded', MilestoneRecord),
  // Monitoring (monitoring/ and schemas/incident.ts): incidents with their verification moves, restrictions of
  // the monitors' movement and monitoring reports, all with the process's audience. A report's statuses are
  // proposals: only `commitment.status-set` changes a status.
  event('incident.reported', IncidentRecord),
  event('incident.status-changed', IncidentStatusRecord),
  event('restriction.recorded', RestrictionRecord),
  event('report.filed', ReportRecord),
  // The reconstruction fund (fund/ledger.ts): a fund and its operations share the process's audience. Only
  // operations the ledger accepted are logged; a flagged payment and a disbursement's status found are kept.
  event('fund.created', FundRecord),
  event('fund.pledged', PledgeRecord),
  event('fund.paid', PaymentRecord),
  event('fund.allocated', AllocationRecord),
  event('fund.disbursed', DisbursementRecord),
  // Guarantees (guarantees/live-records.ts), all with the process's audience: the rules set whole, a party's
  // notification, a council's finding on a case's step linked to its motion, and each change of a case's state
  // (logged by the server's guarantee runner, numbered within the case: the store keeps one of each).
  event('guarantee.rules-set', GuaranteeRulesRecord),
  event('guarantee.notified', NotificationRecord),
  event('guarantee.finding-recorded', FindingRecord),
  event('guarantee.case-changed', CaseChangeRecord),
  // Account signing keys: public entries (a public key is meant to be known), so anyone can replay which key an
  // account held when. A rotation carries the old key's approval; a revocation its reason.
  event('key.registered', KeyRegisteredRecord),
  event('key.rotated', KeyRotatedRecord),
  event('key.revoked', KeyRevokedRecord),
  // A signatory's signature on a final version's canonical hash, verified before it is logged; scoped like the
  // version.
  event('version.signed', VersionSignedRecord),
  // A version released to a recipient as a fingerprinted copy (copies/): scoped to the recipient's party and the
  // mediators, so the public part of the entry shows only its hash; the signed log covers the copy's hash.
  event('copy.released', CopyReleasedRecord),
]);
export type ConcordEvent = z.infer<typeof ConcordEvent>;
export type EventType = ConcordEvent['type'];
export type EventOf<T extends EventType> = Extract<ConcordEvent, { type: T }>;
export type EventData<T extends EventType> = EventOf<T>['data'];

export const EVENT_TYPES = ConcordEvent.options.map((o) => o.shape.type.value) as EventType[];

/**
 * Builds a new event with a fresh UUIDv7; validates it so a bad event never gets out. The time is the caller's
 * (a command's injected clock), never read here, so timed rules can be tested with simulated time.
 */
export function newEvent<T extends EventType>(
  type: T,
  data: EventData<T>,
  options: { actor: string; at: string; id?: string; scope?: EventScope },
): EventOf<T> {
  const candidate = {
    v: 1,
    id: options.id ?? uuidv7(Date.parse(options.at)),
    type,
    at: options.at,
    actor: options.actor,
    ...(options.scope ? { scope: options.scope } : {}),
    data,
  };
  return ConcordEvent.parse(candidate) as EventOf<T>;
}

/**
 * The same event as newEvent, not validated here: for a command whose input was validated at its edge, since
 * the log validates every event once more when it is appended (a bad event still never gets in). Parsing it here
 * too would check a large record (a valuation of every point) a third time for nothing.
 */
export function eventToAppend<T extends EventType>(
  type: T,
  data: EventData<T>,
  options: { actor: string; at: string; id?: string; scope?: EventScope },
): EventOf<T> {
  return {
    v: 1,
    id: options.id ?? uuidv7(Date.parse(options.at)),
    type,
    at: options.at,
    actor: options.actor,
    ...(options.scope ? { scope: options.scope } : {}),
    data,
  } as EventOf<T>;
}
