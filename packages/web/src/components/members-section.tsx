import { useState } from 'react';
import { useResource } from '../api/use-resource.ts';
import { type Abilities, type MembersAnswer, may } from '../lib/people-types.ts';
import { Invitations } from './members/invitations.tsx';
import { MembersTable } from './members/members-table.tsx';
import type { NamedParty } from './members/named-party.tsx';
import { Loaded } from './status.tsx';

// The section's tests import these from here; the parts now live in components/members/.
export { InvitationList } from './members/invitation-list.tsx';
export { IssuedLink } from './members/issued-link.tsx';
export { MembersTable };

/**
 * Who takes part in a process and in which role, for members of the process; those who manage its members
 * (the server says who) also suspend, reinstate or end memberships and invite people.
 */
export function MembersSection(props: { processId: string; abilities: Abilities; parties: NamedParty[] }) {
  if (!may(props.abilities, 'read-members')) return null;
  return <MembersLoader {...props} />;
}

function MembersLoader(props: { processId: string; abilities: Abilities; parties: NamedParty[] }) {
  const [refresh, setRefresh] = useState(0);
  const members = useResource<MembersAnswer>(
    `/api/processes/${encodeURIComponent(props.processId)}/members`,
    refresh,
  );
  const manages = may(props.abilities, 'manage-members');
  return (
    <section className="members" aria-labelledby="members-heading" data-testid="members">
      <h2 id="members-heading">Members</h2>
      <p className="muted">
        The people who act in this process, each in one role. What a member may read and do follows from that
        role (and, for a delegate, from the party they act for). Only members of the process see this list.
      </p>
      <Loaded resource={members} what="the members">
        {(m) => <MembersTable members={m.members} onChanged={() => setRefresh((n) => n + 1)} />}
      </Loaded>
      {manages ? (
        <Invitations
          processId={props.processId}
          parties={props.parties}
          onAccepted={() => setRefresh((n) => n + 1)}
        />
      ) : null}
    </section>
  );
}
