import { useState } from 'react';
import { deleteJson } from '../../api/client.ts';
import type { Commitment, Party } from '../../api/types.ts';
import { ProblemView } from '../status.tsx';
import { UserText } from '../user-text.tsx';
import { CommitmentEditor } from './commitment-form.tsx';
import { useWrite } from './use-write.ts';

/**
 * A draft point's commitments, each changed in place or taken off (the log keeps what it said). Only a working
 * draft shows this list; a frozen version's commitments are read on its page.
 */
export function DraftCommitments({
  pointId,
  commitments,
  parties,
  onChanged,
}: {
  pointId: string;
  commitments: readonly Commitment[];
  parties: Party[];
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const write = useWrite();
  const partyName = (id: string) => parties.find((p) => p.id === id)?.name ?? id;
  const done = () => {
    setEditing(null);
    setRemoving(null);
    onChanged();
  };
  const remove = async (id: string) => {
    if (await write.run(async () => void (await deleteJson(`/api/commitments/${encodeURIComponent(id)}`))))
      done();
  };
  if (commitments.length === 0) return null;
  return (
    <ul className="plain-list draft-commitments" data-testid="draft-commitments">
      {commitments.map((c) => (
        <li key={c.id} data-testid="draft-commitment">
          <UserText text={partyName(c.obligor)} /> commits to <UserText text={c.action} />
          {c.beneficiary ? (
            <>
              {' '}
              (for <UserText text={partyName(c.beneficiary)} />)
            </>
          ) : null}{' '}
          {editing === c.id ? (
            <>
              <CommitmentEditor pointId={pointId} commitment={c} parties={parties} onDone={done} />
              <button type="button" className="link-button" onClick={() => setEditing(null)}>
                Cancel
              </button>
            </>
          ) : removing === c.id ? (
            <span className="authoring-actions" data-testid="remove-commitment-confirm">
              Take this commitment off the draft? The log keeps it.{' '}
              <button
                type="button"
                disabled={write.busy}
                onClick={() => void remove(c.id)}
                data-testid="confirm-remove-commitment"
              >
                Take it off
              </button>
              <button type="button" className="link-button" onClick={() => setRemoving(null)}>
                Keep it
              </button>
              {write.problem ? <ProblemView problem={write.problem} /> : null}
            </span>
          ) : (
            <span className="authoring-actions">
              <button type="button" onClick={() => setEditing(c.id)} data-testid="edit-commitment">
                Change
              </button>
              <button type="button" onClick={() => setRemoving(c.id)} data-testid="remove-commitment">
                Take off
              </button>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
