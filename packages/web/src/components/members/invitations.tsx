import { useState } from 'react';
import { useResource } from '../../api/use-resource.ts';
import type { InvitationsAnswer, IssuedInvitation } from '../../lib/people-types.ts';
import { Loaded } from '../status.tsx';
import { InvitationList } from './invitation-list.tsx';
import { InviteForm } from './invite-form.tsx';
import { IssuedLink } from './issued-link.tsx';
import type { NamedParty } from './named-party.tsx';

/** For those who manage members: the form (or the link just made) and the invitations made so far. */
export function Invitations(props: { processId: string; parties: NamedParty[]; onAccepted: () => void }) {
  const [refresh, setRefresh] = useState(0);
  // The link of the invitation just made: held here only, shown until dismissed, never fetched again.
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const list = useResource<InvitationsAnswer>(
    `/api/processes/${encodeURIComponent(props.processId)}/invitations`,
    refresh,
  );
  return (
    <div className="invitations" data-testid="invitations">
      <h3>Invite someone</h3>
      <p className="muted">
        An invitation offers one role in this process to one person, by a link you send them yourself (Concord
        sends no e-mail). Whoever opens the link first, before it expires, becomes the member.
      </p>
      {issued ? (
        <IssuedLink issued={issued} parties={props.parties} onDone={() => setIssued(null)} />
      ) : (
        <InviteForm
          processId={props.processId}
          parties={props.parties}
          onIssued={(i) => {
            setIssued(i);
            setRefresh((n) => n + 1);
          }}
        />
      )}
      <h3>Invitations</h3>
      <Loaded resource={list} what="the invitations">
        {(a) => (
          <InvitationList
            invitations={a.invitations}
            parties={props.parties}
            onWithdrawn={() => {
              setRefresh((n) => n + 1);
              props.onAccepted();
            }}
          />
        )}
      </Loaded>
    </div>
  );
}
