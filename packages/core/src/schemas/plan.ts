import { z } from 'zod';
import { Id } from '../ids.ts';
import { Audience } from './audience.ts';
import { Language, LIMITS, LogIndex, nonEmptyPatch, text } from './common.ts';

/**
 * The plan's authentic languages: the languages every point's text should have, so a point lacking one, or whose
 * text in one was left as it was while another changed, can be shown as such.
 */
const Languages = z
  .array(Language)
  .max(LIMITS.languages)
  .refine((ls) => new Set(ls).size === ls.length, 'a language is listed once');

/** A plan (framework) drafted within a process, usually by a mediator; its texts live in versions. */
export const Plan = z.strictObject({
  id: Id,
  processId: Id,
  title: text(LIMITS.title),
  mediatorPartyId: Id.nullable(),
  languages: Languages.default([]),
  audience: Audience,
  logIndex: LogIndex,
});
export type Plan = z.infer<typeof Plan>;

export const PlanCreate = z.strictObject({
  title: text(LIMITS.title),
  mediatorPartyId: Id.nullable().default(null),
  languages: Languages.default([]),
  /** Default: the process's audience. */
  audience: Audience.optional(),
});
export type PlanCreate = z.infer<typeof PlanCreate>;

export const PlanUpdate = nonEmptyPatch({
  title: text(LIMITS.title),
  mediatorPartyId: Id.nullable(),
  languages: Languages,
});
export type PlanUpdate = z.infer<typeof PlanUpdate>;
