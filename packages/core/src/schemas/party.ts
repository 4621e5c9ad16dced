import { z } from 'zod';
import { Id } from '../ids.ts';
import { LIMITS, LogIndex, nonEmptyPatch, text } from './common.ts';

export const PARTY_KINDS = ['party', 'mediator', 'intermediary', 'guarantor', 'monitor', 'observer'] as const;
export const PartyKind = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof PartyKind>;

/** Other names the party goes by in texts ("Kyiv", "the Ukrainian side"); used to detect it in imports. */
const Aliases = z.array(text(LIMITS.name)).max(LIMITS.aliases, `at most ${LIMITS.aliases} aliases`);

export const Party = z.strictObject({
  id: Id,
  processId: Id,
  name: text(LIMITS.name),
  kind: PartyKind,
  aliases: Aliases,
  logIndex: LogIndex,
});
export type Party = z.infer<typeof Party>;

export const PartyCreate = z.strictObject({
  name: text(LIMITS.name),
  kind: PartyKind,
  aliases: Aliases.default([]),
});
export type PartyCreate = z.infer<typeof PartyCreate>;

export const PartyUpdate = nonEmptyPatch({ name: text(LIMITS.name), kind: PartyKind, aliases: Aliases });
export type PartyUpdate = z.infer<typeof PartyUpdate>;
