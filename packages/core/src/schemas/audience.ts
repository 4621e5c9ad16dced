// Who may read an object or an event, as data. Audiences always sit inside one process (the object's) and form a
// chain from widest to narrowest: everyone (public) ⊇ every member of the process ⊇ named parties (their members
// and the mediators) ⊇ the mediators alone (named parties with none named). The chain is closed under
// intersection, so "visible where its version and its process are both visible" is again one audience.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { LIMITS, text } from './common.ts';

export const AUDIENCE_KINDS = ['public', 'process', 'parties'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** At most this many parties named in one audience (a process rarely has more than a few dozen). */
export const MAX_AUDIENCE_PARTIES = 100;

export const Audience = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('public') }),
  z.strictObject({ kind: z.literal('process') }),
  z.strictObject({
    kind: z.literal('parties'),
    /** Sorted and without repeats, so one audience has one written form (and one hash in the log). */
    partyIds: z
      .array(Id)
      .max(MAX_AUDIENCE_PARTIES)
      .refine(
        (ids) => ids.every((id, i) => i === 0 || (ids[i - 1] as string) < id),
        'must be sorted, no repeats',
      ),
  }),
]);
export type Audience = z.infer<typeof Audience>;

/** A request to widen who may read an object, with the reason the history will show. */
export const AudienceChange = z.strictObject({ audience: Audience, reason: text(LIMITS.shortText) });
export type AudienceChange = z.infer<typeof AudienceChange>;

export const PUBLIC: Audience = { kind: 'public' };
export const PROCESS: Audience = { kind: 'process' };
export const MEDIATOR_ONLY: Audience = { kind: 'parties', partyIds: [] };

/** Named parties (and the mediators), in the one written form the schema accepts. */
export function partiesAudience(partyIds: Iterable<string>): Audience {
  return { kind: 'parties', partyIds: [...new Set(partyIds)].sort() };
}

/** What both audiences admit (the narrower of the two; two party lists keep only the parties they share). */
export function intersect(a: Audience, b: Audience): Audience {
  if (a.kind === 'public') return b;
  if (b.kind === 'public') return a;
  if (a.kind === 'process') return b;
  if (b.kind === 'process') return a;
  const inB = new Set(b.partyIds);
  return partiesAudience(a.partyIds.filter((id) => inB.has(id)));
}

/** Whether everyone `narrow` admits is also admitted by `wide`. */
export function covers(wide: Audience, narrow: Audience): boolean {
  if (wide.kind === 'public') return true;
  if (wide.kind === 'process') return narrow.kind !== 'public';
  if (narrow.kind !== 'parties') return false;
  const inWide = new Set(wide.partyIds);
  return narrow.partyIds.every((id) => inWide.has(id));
}

export function sameAudience(a: Audience, b: Audience): boolean {
  return covers(a, b) && covers(b, a);
}

/** Words for a newcomer: "public", "everyone in the process", "Ukraine, Russia and the mediators", … */
export function describeAudience(audience: Audience, partyName: (id: string) => string): string {
  if (audience.kind === 'public') return 'public';
  if (audience.kind === 'process') return 'everyone in the process';
  if (audience.partyIds.length === 0) return 'the mediators only';
  const names = audience.partyIds.map(partyName);
  return `${names.join(', ')} and the mediators`;
}
