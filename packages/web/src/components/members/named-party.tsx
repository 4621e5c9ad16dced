import { UserText } from '../user-text.tsx';

export type NamedParty = { id: string; name: string };

/** The party an invitation names, when it names one the page knows. */
export function partyOf(parties: NamedParty[], partyId: string | null): NamedParty | undefined {
  return partyId ? parties.find((p) => p.id === partyId) : undefined;
}

/** " acting for Ukraine" after a name and role; nothing without a party. */
export function ActingFor({ party }: { party: NamedParty | undefined }) {
  return party ? (
    <>
      {' '}
      acting for <UserText text={party.name} />
    </>
  ) : null;
}
