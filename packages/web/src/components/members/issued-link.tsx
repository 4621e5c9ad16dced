import { useState } from 'react';
import { formatTime, roleName } from '../../lib/member-words.ts';
import type { IssuedInvitation } from '../../lib/people-types.ts';
import { UserText } from '../user-text.tsx';
import { ActingFor, type NamedParty, partyOf } from './named-party.tsx';

/** The new invitation's link: the only time it is shown (the server keeps only its hash). */
export function IssuedLink({
  issued,
  parties = [],
  onDone,
}: {
  issued: IssuedInvitation;
  parties?: NamedParty[];
  onDone: () => void;
}) {
  const party = partyOf(parties, issued.partyId);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.link);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="issued-link" role="status" data-testid="issued-link">
      <p>
        Invitation made for <UserText text={issued.name} /> as {roleName(issued.role, issued.rank)}
        <ActingFor party={party} />.{' '}
        <strong>
          Send this link to the person; it works once and expires at {formatTime(issued.expiresAt)}.
        </strong>{' '}
        It is shown only now: Concord keeps no copy it could show again.
      </p>
      <p className="link-row">
        <input
          readOnly
          value={issued.link}
          aria-label="Invitation link"
          onFocus={(e) => e.target.select()}
          data-testid="issued-link-value"
        />{' '}
        <button type="button" onClick={() => void copy()} data-testid="issued-link-copy">
          Copy
        </button>{' '}
        {copied === 'yes' ? <span className="verdict-ok">Copied.</span> : null}
        {copied === 'failed' ? (
          <span className="muted">The browser did not allow copying: select the link and copy it.</span>
        ) : null}
      </p>
      <button type="button" onClick={onDone} data-testid="issued-link-done">
        Done (hide the link)
      </button>
    </div>
  );
}
