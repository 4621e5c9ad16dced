import { formatDate } from '../../lib/commitments.ts';
import { roleName, STATUS_NAMES } from '../../lib/member-words.ts';
import type { Member } from '../../lib/people-types.ts';
import { UserText } from '../user-text.tsx';
import { MemberChange } from './member-change.tsx';

export function MembersTable({ members, onChanged }: { members: Member[]; onChanged: () => void }) {
  if (members.length === 0) return <p className="muted">No one is a member yet.</p>;
  return (
    <table className="parties-table members-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Party</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="sr-only">Changes</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id} data-testid="member" data-status={m.status}>
            <td>
              <UserText text={m.name} />
            </td>
            <td>{roleName(m.role, m.rank)}</td>
            <td>{m.partyName ? <UserText text={m.partyName} /> : <span className="muted">—</span>}</td>
            <td>
              <span className={`member-status member-${m.status}`}>{STATUS_NAMES[m.status] ?? m.status}</span>
              <span className="muted"> since {formatDate(m.since)}</span>
            </td>
            <td>{m.abilities.manage === true ? <MemberChange member={m} onChanged={onChanged} /> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
