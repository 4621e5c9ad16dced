// A party's position on one point of one version: its stance, the conditions it attaches, why, where the
// position was taken (a statement, a meeting, a leak, …) and on which day. Each recording is an event kept
// forever, so a position has a full history; the current one is the latest by the day it was taken, then by
// log order. A position is private to its party's delegates and the mediators unless the party publishes it
// (then it reads like the point it is on). See policies/policy.ts (`position`) and positions/ for the rules.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoDate, IsoUtc } from '../time.ts';
import { LIMITS, LogIndex, MULTILINE, optionalText } from './common.ts';

export const STANCES = [
  'supports',
  'accepts',
  'accepts-with-conditions',
  'undecided',
  'rejects',
  'red-line',
] as const;
export const Stance = z.enum(STANCES);
export type Stance = z.infer<typeof Stance>;

/** Where a position was taken or learned: the kind, and optionally a reference and a link. */
export const SOURCE_KINDS = ['statement', 'meeting', 'document', 'leak', 'report', 'other'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/** An http(s) address, at most 2,000 characters; anything else (javascript:, data:) is refused. */
export const WebAddress = optionalText(2_000).refine((value) => {
  if (value === '') return true;
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}, 'must be an http or https address');

export const PositionSource = z.strictObject({
  kind: SourceKind,
  /** "Zelensky's address of 21 November", "Geneva talks, 23 November", "Axios". */
  reference: optionalText(LIMITS.title).default(''),
  url: WebAddress.default(''),
});
export type PositionSource = z.infer<typeof PositionSource>;

/** The stances that lift an earlier rejection (see positions/resurfaced.ts). */
export const SUPPORTIVE_STANCES: readonly Stance[] = ['supports', 'accepts', 'accepts-with-conditions'];
/** The stances that say no. */
export const REJECTING_STANCES: readonly Stance[] = ['rejects', 'red-line'];

const fields = {
  partyId: Id,
  stance: Stance,
  /** What the party asks for in return; required for "accepts with conditions". */
  conditions: optionalText(LIMITS.shortText, MULTILINE),
  rationale: optionalText(LIMITS.shortText, MULTILINE),
  source: PositionSource,
  /** The day the position was taken; may lie long before it is recorded (a rejection from 2022 talks). */
  takenOn: IsoDate,
  /** Published by the party: read by whoever reads the point. Otherwise its delegates and the mediators only. */
  published: z.boolean(),
};

function conditionsFit(p: { stance: Stance; conditions: string }, ctx: z.RefinementCtx) {
  if (p.stance === 'accepts-with-conditions' && p.conditions === '')
    ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'say which conditions the party sets' });
}

/** What a delegate or a mediator sends to record a position on a point. */
export const PositionInput = z
  .strictObject({
    ...fields,
    conditions: fields.conditions.default(''),
    rationale: fields.rationale.default(''),
    published: fields.published.default(false),
  })
  .superRefine(conditionsFit);
export type PositionInput = z.infer<typeof PositionInput>;
export type PositionInputBody = z.input<typeof PositionInput>;

/** What `position.recorded` carries. */
export const PositionRecord = z
  .strictObject({
    id: Id,
    processId: Id,
    planId: Id,
    versionId: Id,
    pointId: Id,
    lineageId: Id,
    ...fields,
    /** Who recorded it: a mediator on the party's behalf, or the party's own delegation. */
    recordedBy: z.enum(['mediator', 'party']),
  })
  .superRefine(conditionsFit);
export type PositionRecord = z.infer<typeof PositionRecord>;

/** A recorded position as read: the record, when and by whom (the event's actor) it was recorded. */
export type Position = PositionRecord & { actor: string; recordedAt: string; logIndex: number };
export const PositionEntity = z.strictObject({
  ...PositionRecord.shape,
  actor: z.string(),
  recordedAt: IsoUtc,
  logIndex: LogIndex,
});

// What the API answers about positions (the server's presenters fill them; the web app reads them).

/** A position as shown: who recorded it in words (the membership's name when the caller may read members). */
export const PositionView = z.object({
  id: Id,
  versionId: Id,
  pointId: Id,
  lineageId: Id,
  partyId: Id,
  stance: Stance,
  conditions: z.string(),
  rationale: z.string(),
  source: z.object({ kind: SourceKind, reference: z.string(), url: z.string() }),
  takenOn: IsoDate,
  published: z.boolean(),
  recordedBy: z.enum(['mediator', 'party']),
  recorderName: z.string().nullable(),
  recordedAt: IsoUtc,
  logIndex: LogIndex,
});
export type PositionView = z.infer<typeof PositionView>;

/** An earlier rejection a point brings back: the rejection, on which version, and how the point reads now. */
export const ResurfacedFlag = z.object({
  rejection: PositionView,
  versionId: Id,
  versionLabel: z.string(),
  change: z.enum(['unchanged', 'reworded']),
});
export type ResurfacedFlag = z.infer<typeof ResurfacedFlag>;

export const PositionMatrix = z.object({
  versionId: Id,
  planId: Id,
  processId: Id,
  /** The process's negotiating parties, and any other party with a position here, by name. */
  parties: z.array(z.object({ id: Id, name: z.string() })),
  points: z.array(
    z.object({
      pointId: Id,
      number: z.string(),
      parentPointId: Id.nullable(),
      text: z.string(),
      /** The parties' current stances differ, or one of them rejects the point. */
      contested: z.boolean(),
      cells: z.array(
        z.object({ partyId: Id, position: PositionView.nullable(), resurfaced: ResurfacedFlag.nullable() }),
      ),
    }),
  ),
  /** Parties the caller may record positions for on this version, and publish them for. */
  mayRecordFor: z.array(Id),
  mayPublishFor: z.array(Id),
});
export type PositionMatrix = z.infer<typeof PositionMatrix>;

/** Every position on a point and on the points it comes from, in history order. */
export const PointPositionHistory = z.object({
  pointId: Id,
  items: z.array(PositionView.extend({ versionLabel: z.string(), pointNumber: z.string() })),
});
export type PointPositionHistory = z.infer<typeof PointPositionHistory>;
