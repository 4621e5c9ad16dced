// The closed set of things that can happen, as stored in the log. Events are stored JSON that must stay
// readable forever, so each carries `v` (the envelope version); a new shape gets a new `v` or a new type,
// never a silent change.
import { z } from 'zod';
import { Id, uuidv7 } from './ids.ts';
import { CommitmentUpdate } from './schemas/commitment.ts';
import { LIMITS, text } from './schemas/common.ts';
import { PartyUpdate } from './schemas/party.ts';
import { PlanUpdate } from './schemas/plan.ts';
import { PointUpdate } from './schemas/point.ts';
import { ProcessUpdate } from './schemas/process.ts';
import {
  CommitmentRecord,
  PartyRecord,
  PlanRecord,
  PointRecord,
  ProcessRecord,
  VersionBundle,
} from './schemas/records.ts';
import { ValuationRecord } from './schemas/valuation.ts';
import { VersionUpdate } from './schemas/version.ts';
import { IsoUtc, nowIso } from './time.ts';

/** Who did it: a user, party delegation, or system component, as a stable string. */
export const Actor = text(LIMITS.name);

function event<T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.strictObject({
    v: z.literal(1),
    id: Id,
    type: z.literal(type),
    at: IsoUtc,
    actor: Actor,
    data,
  });
}

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
  event('point.updated', changed(PointUpdate)),
  event('commitment.created', CommitmentRecord),
  event('commitment.updated', changed(CommitmentUpdate)),
  // Confidential: the body is readable only by the party and the mediator (see policies/visibility.ts).
  event('valuation.recorded', ValuationRecord),
]);
export type ConcordEvent = z.infer<typeof ConcordEvent>;
export type EventType = ConcordEvent['type'];
export type EventOf<T extends EventType> = Extract<ConcordEvent, { type: T }>;
export type EventData<T extends EventType> = EventOf<T>['data'];

export const EVENT_TYPES = ConcordEvent.options.map((o) => o.shape.type.value) as EventType[];

/** Builds a new event with a fresh UUIDv7 and the current time; validates it so a bad event never gets out. */
export function newEvent<T extends EventType>(
  type: T,
  data: EventData<T>,
  options: { actor: string; at?: string; id?: string },
): EventOf<T> {
  const candidate = {
    v: 1,
    id: options.id ?? uuidv7(),
    type,
    at: options.at ?? nowIso(),
    actor: options.actor,
    data,
  };
  return ConcordEvent.parse(candidate) as EventOf<T>;
}
