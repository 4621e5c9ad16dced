// What happens around the texts of a negotiation: a version handed to a party (a delivery), meetings and calls
// (consultations), and what is said in public (statements). A delivery widens the version's audience to the party
// from that moment; a consultation is confidential by default to the mediators and the parties present; a
// statement is as public as its process.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoUtc } from '../time.ts';
import { Audience, MAX_AUDIENCE_PARTIES } from './audience.ts';
import { LIMITS, LogIndex, MULTILINE, optionalText, text } from './common.ts';
import { VersionStatus } from './version.ts';

/** How a version reached a party: a paper copy, a file or message, or read out in a briefing. */
export const DELIVERY_FORMS = ['paper', 'electronic', 'oral-briefing'] as const;
export const DeliveryForm = z.enum(DELIVERY_FORMS);
export type DeliveryForm = z.infer<typeof DeliveryForm>;

/** A web address a reader can follow: http or https only (no `javascript:`, no `file:`). */
export const SourceUrl = text(2_000).refine((value) => {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}, 'must be an http or https address like https://example.org/report');

export const DeliveryCreate = z.strictObject({
  /** The party that received the version. */
  partyId: Id,
  /** When it was handed over (default: now); never in the future. */
  deliveredAt: IsoUtc.optional(),
  /** Who handed it over: "US Army Secretary Dan Driscoll". */
  deliveredBy: text(LIMITS.name),
  form: DeliveryForm,
  /** An intermediary that carried it (it then can read the version too), or null. */
  viaPartyId: Id.nullable().default(null),
  note: optionalText(LIMITS.shortText, MULTILINE).default(''),
});
export type DeliveryCreate = z.infer<typeof DeliveryCreate>;
export type DeliveryCreateInput = z.input<typeof DeliveryCreate>;

const deliveryFields = {
  id: Id,
  processId: Id,
  planId: Id,
  versionId: Id,
  partyId: Id,
  viaPartyId: Id.nullable(),
  deliveredAt: IsoUtc,
  deliveredBy: text(LIMITS.name),
  form: DeliveryForm,
  note: optionalText(LIMITS.shortText, MULTILINE),
};

/**
 * The event's body: the delivery, the version's audience from then on (what the version was shared with, widened
 * by the recipient and the carrier) and its status (a working draft becomes circulated, and so frozen), so the
 * projection is a pure function of the event.
 */
export const DeliveryRecord = z.strictObject({
  ...deliveryFields,
  versionAudience: Audience,
  versionStatus: VersionStatus,
});
export type DeliveryRecord = z.infer<typeof DeliveryRecord>;

/** A delivery as read: who may read it is its recipient, its carrier and the mediators. */
export const Delivery = z.strictObject({ ...deliveryFields, audience: Audience, logIndex: LogIndex });
export type Delivery = z.infer<typeof Delivery>;

export const CONSULTATION_KINDS = ['meeting', 'call', 'video-call', 'exchange-of-messages'] as const;
export const ConsultationKind = z.enum(CONSULTATION_KINDS);
export type ConsultationKind = z.infer<typeof ConsultationKind>;

const PartyIds = z
  .array(Id)
  .min(1, 'name at least one party present')
  .max(MAX_AUDIENCE_PARTIES)
  .refine((ids) => new Set(ids).size === ids.length, 'names a party twice');

export const ConsultationCreate = z.strictObject({
  kind: ConsultationKind,
  heldAt: IsoUtc,
  /** What it was about, in one line: "Geneva talks on the 28-point draft". */
  title: text(LIMITS.title),
  /** The parties present (besides the mediators). */
  partyIds: PartyIds,
  /** An intermediary it went through (Qatar, Turkey), or null. */
  viaPartyId: Id.nullable().default(null),
  /** The version discussed, or null. */
  versionId: Id.nullable().default(null),
  /** Who with whom, by name or office. */
  participants: optionalText(LIMITS.shortText, MULTILINE).default(''),
  place: optionalText(LIMITS.name).default(''),
  summary: optionalText(LIMITS.longText, MULTILINE).default(''),
  /** Default: the mediators and the parties present (and the intermediary); it may be wider, never narrower. */
  audience: Audience.optional(),
});
export type ConsultationCreate = z.infer<typeof ConsultationCreate>;
export type ConsultationCreateInput = z.input<typeof ConsultationCreate>;

const consultationFields = {
  id: Id,
  processId: Id,
  kind: ConsultationKind,
  heldAt: IsoUtc,
  title: text(LIMITS.title),
  partyIds: PartyIds,
  viaPartyId: Id.nullable(),
  versionId: Id.nullable(),
  participants: optionalText(LIMITS.shortText, MULTILINE),
  place: optionalText(LIMITS.name),
  summary: optionalText(LIMITS.longText, MULTILINE),
};
export const ConsultationRecord = z.strictObject(consultationFields);
export type ConsultationRecord = z.infer<typeof ConsultationRecord>;
export const Consultation = z.strictObject({ ...consultationFields, audience: Audience, logIndex: LogIndex });
export type Consultation = z.infer<typeof Consultation>;

/** A denial that talks are happening, a confirmation that a draft was received, a leak reported by an outlet. */
export const STATEMENT_KINDS = ['denial', 'confirmation', 'leak-report', 'comment'] as const;
export const StatementKind = z.enum(STATEMENT_KINDS);
export type StatementKind = z.infer<typeof StatementKind>;

const statementBase = {
  kind: StatementKind,
  /** Who said or published it: "Kremlin spokesman Dmitry Peskov", "Axios". */
  speaker: text(LIMITS.name),
  /** The party it speaks for, or null (a press outlet). */
  partyId: Id.nullable().default(null),
  /** The outlet that reported it (required for a leak report). */
  outlet: optionalText(LIMITS.name).default(''),
  quote: optionalText(LIMITS.shortText, MULTILINE).default(''),
  summary: text(LIMITS.shortText, MULTILINE),
  sourceUrl: SourceUrl.nullable().default(null),
  /** The version it is about, or null; only a version shared as widely as the process may be named. */
  versionId: Id.nullable().default(null),
};

function outletForLeaks(s: { kind: StatementKind; outlet: string }, ctx: z.RefinementCtx) {
  if (s.kind === 'leak-report' && s.outlet === '')
    ctx.addIssue({ code: 'custom', path: ['outlet'], message: 'a leak report names the outlet' });
}

export const StatementCreate = z
  .strictObject({ ...statementBase, madeAt: IsoUtc })
  .superRefine(outletForLeaks);
export type StatementCreate = z.infer<typeof StatementCreate>;
export type StatementCreateInput = z.input<typeof StatementCreate>;

const statementFields = {
  ...statementBase,
  id: Id,
  processId: Id,
  madeAt: IsoUtc,
  partyId: Id.nullable(),
  outlet: optionalText(LIMITS.name),
  quote: optionalText(LIMITS.shortText, MULTILINE),
  sourceUrl: SourceUrl.nullable(),
  versionId: Id.nullable(),
};
export const StatementRecord = z.strictObject(statementFields).superRefine(outletForLeaks);
export type StatementRecord = z.infer<typeof StatementRecord>;
export const Statement = z.strictObject({ ...statementFields, audience: Audience, logIndex: LogIndex });
export type Statement = z.infer<typeof Statement>;
