// Who can see an object, in words a newcomer understands, and the wider audiences it may be shared with.
// Audiences only widen (public ⊇ everyone in the process ⊇ named parties and the mediators ⊇ the mediators alone):
// whoever has been shown something cannot be made to unsee it, so the share control offers wider choices only.
import { revealInvisible } from '@concord/core/text';
import type { Problem } from '../api/problem.ts';
import type { Audience, SharedKind } from './people-types.ts';

type NamedParty = { id: string; name: string };

export type AudienceSummary =
  | { kind: 'public' }
  | { kind: 'process' }
  | { kind: 'mediators' }
  | { kind: 'parties'; names: string[] };

/** The parties named by an audience, by name (as written: shown through UserText). */
export function summarizeAudience(audience: Audience, parties: NamedParty[]): AudienceSummary {
  if (audience.kind === 'public') return { kind: 'public' };
  if (audience.kind === 'process') return { kind: 'process' };
  if (audience.partyIds.length === 0) return { kind: 'mediators' };
  const names = new Map(parties.map((p) => [p.id, p.name]));
  return { kind: 'parties', names: audience.partyIds.map((id) => names.get(id) ?? 'a party not listed') };
}

/** "Public", "Everyone in the process", "Mediators and Ukraine, Russia", "Mediators only" (one line). */
export function audienceLabel(audience: Audience, parties: NamedParty[]): string {
  const s = summarizeAudience(audience, parties);
  if (s.kind === 'public') return 'Public';
  if (s.kind === 'process') return 'Everyone in the process';
  if (s.kind === 'mediators') return 'Mediators only';
  return `Mediators and ${s.names.map((n) => revealInvisible(n, { singleLine: true })).join(', ')}`;
}

/** Who can read it and who cannot, in one or two sentences. */
export function explainAudience(audience: Audience, what: SharedKind): string {
  if (audience.kind === 'public')
    return `Anyone can read this ${what}, without signing in, and check it against the public log.`;
  if (audience.kind === 'process')
    return `Every member of this process can read this ${what} once signed in; the public cannot.`;
  if (audience.partyIds.length === 0)
    return `Only the mediators of this process can read this ${what}; the parties and the public cannot.`;
  return `The mediators and the members acting for the parties named can read this ${what}; other members of the process and the public cannot.`;
}

export type ShareChoice = 'parties' | 'process' | 'public';

/** The wider audiences an object with this audience can still be given (none once it is public). */
export function widerChoices(current: Audience): ShareChoice[] {
  if (current.kind === 'public') return [];
  if (current.kind === 'process') return ['public'];
  return ['parties', 'process', 'public'];
}

/** The parties an object is shared with now (none for "the mediators only"; all for wider audiences). */
export function currentPartyIds(current: Audience): string[] {
  return current.kind === 'parties' ? current.partyIds : [];
}

/**
 * The audience a share form asks for, or why it cannot be asked: a party list keeps everyone who sees it now and
 * must add at least one party (sorted, without repeats: the one written form the server accepts).
 */
export function buildAudience(
  current: Audience,
  choice: ShareChoice,
  added: string[],
): { ok: true; audience: Audience } | { ok: false; message: string } {
  if (!widerChoices(current).includes(choice))
    return { ok: false, message: 'Choose an audience wider than the one it has now.' };
  if (choice === 'public') return { ok: true, audience: { kind: 'public' } };
  if (choice === 'process') return { ok: true, audience: { kind: 'process' } };
  const before = currentPartyIds(current);
  const fresh = added.filter((id) => !before.includes(id));
  if (fresh.length === 0) return { ok: false, message: 'Choose at least one party that cannot see it yet.' };
  return { ok: true, audience: { kind: 'parties', partyIds: [...new Set([...before, ...fresh])].sort() } };
}

/** What a refused share means for the person who tried it. */
export function describeShareProblem(problem: Problem, what: SharedKind): string {
  const paths = (problem.errors ?? []).map((e) => `${e.path} ${e.message}`).join(' ');
  if (
    problem.status === 422 &&
    /everyone who may read it now|only widen/.test(`${paths} ${problem.detail ?? ''}`)
  )
    return `Narrowing is refused: an audience can only widen, because whoever has been shown this ${what} cannot be made to unsee it. Choose an audience that includes everyone who can read it now (someone may have shared it since this page was loaded: reload it to see who can).`;
  if (problem.status === 422 && /what contains it/.test(`${paths} ${problem.detail ?? ''}`))
    return `This ${what} cannot be shared further than what contains it (its plan or its process): share that first.${problem.detail ? ` ${problem.detail}.` : ''}`;
  if (problem.status === 422)
    return `The server refused this audience${problem.detail ? `: ${problem.detail}` : '.'}`;
  if (problem.status === 409) return `Nothing to change${problem.detail ? `: ${problem.detail}` : ''}.`;
  if (problem.status === 401) return 'Your session has ended: sign in again to share.';
  if (problem.status === 403 || problem.status === 404)
    return `You may not share this ${what} (only the lead mediator of the process may).`;
  return `Could not share: ${problem.title}${problem.detail ? ` (${problem.detail})` : ''}.`;
}
