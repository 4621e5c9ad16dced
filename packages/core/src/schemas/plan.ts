import { z } from 'zod';
import { Id } from '../ids.ts';
import { Audience } from './audience.ts';
import { LIMITS, LogIndex, nonEmptyPatch, text } from './common.ts';

/** A plan (framework) drafted within a process, usually by a mediator; its texts live in versions. */
export const Plan = z.strictObject({
  id: Id,
  processId: Id,
  title: text(LIMITS.title),
  mediatorPartyId: Id.nullable(),
  audience: Audience,
  logIndex: LogIndex,
});
export type Plan = z.infer<typeof Plan>;

export const PlanCreate = z.strictObject({
  title: text(LIMITS.title),
  mediatorPartyId: Id.nullable().default(null),
  /** Default: the process's audience. */
  audience: Audience.optional(),
});
export type PlanCreate = z.infer<typeof PlanCreate>;

export const PlanUpdate = nonEmptyPatch({ title: text(LIMITS.title), mediatorPartyId: Id.nullable() });
export type PlanUpdate = z.infer<typeof PlanUpdate>;
