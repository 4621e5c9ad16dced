import { Fragment } from 'react';
import { explainAudience, summarizeAudience } from '../lib/audience-words.ts';
import type { Audience, SharedKind } from '../lib/people-types.ts';
import { UserText } from './user-text.tsx';

type NamedParty = { id: string; name: string };

/** "Public", "Everyone in the process", "Mediators and Ukraine, Russia", "Mediators only" (names as written). */
export function AudienceLabel({ audience, parties }: { audience: Audience; parties: NamedParty[] }) {
  const s = summarizeAudience(audience, parties);
  if (s.kind === 'public') return <>Public</>;
  if (s.kind === 'process') return <>Everyone in the process</>;
  if (s.kind === 'mediators') return <>Mediators only</>;
  return (
    <>
      Mediators and{' '}
      {s.names.map((name, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the audience's order is fixed; a name may repeat
        <Fragment key={i}>
          {i > 0 ? ', ' : ''}
          <UserText text={name} />
        </Fragment>
      ))}
    </>
  );
}

/** A small mark beside an object in a list: who can see it. */
export function AudienceBadge({ audience, parties }: { audience: Audience; parties: NamedParty[] }) {
  const kind = summarizeAudience(audience, parties).kind;
  return (
    <span className={`audience-badge audience-${kind}`} data-testid="audience-badge" data-audience={kind}>
      <AudienceLabel audience={audience} parties={parties} />
    </span>
  );
}

/** The line under a page's title: who can see this object, and what that means. */
export function AudienceNote({
  audience,
  parties,
  what,
}: {
  audience: Audience;
  parties: NamedParty[];
  what: SharedKind;
}) {
  const kind = summarizeAudience(audience, parties).kind;
  return (
    <p className="audience-note" data-testid="audience" data-audience={kind}>
      <span className="audience-title">Who can see it:</span>{' '}
      <strong className={`audience-badge audience-${kind}`}>
        <AudienceLabel audience={audience} parties={parties} />
      </strong>
      . <span className="muted">{explainAudience(audience, what)}</span>
    </p>
  );
}
