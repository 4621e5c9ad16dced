// The incidents, filterable by status, event type and party, each with its verification history and, for a
// monitor or mediator, the moves the workflow allows from its status (each asks for the reason).
import type { IncidentEntry, VerificationStatus } from '@concord/core/monitoring';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';

// The workflow's allowed moves (core monitoring/verification.ts); the server decides again on every move.
const NEXT: Record<VerificationStatus, VerificationStatus[]> = {
  reported: ['corroborated', 'verified', 'disputed', 'rejected'],
  corroborated: ['verified', 'disputed', 'rejected'],
  verified: ['disputed'],
  disputed: ['corroborated', 'verified', 'rejected'],
  rejected: [],
};

const line = (s: string) => revealInvisible(s, { singleLine: true });

export function IncidentsTable({
  incidents,
  mayVerify,
  onChanged,
}: {
  incidents: IncidentEntry[];
  mayVerify: boolean;
  onChanged: () => void;
}) {
  const [status, setStatus] = useState('');
  const [type, setType] = useState('');
  const [party, setParty] = useState('');
  const options = (values: string[]) => [...new Set(values)].sort();
  const shown = incidents.filter(
    (i) =>
      (status === '' || i.status === status) &&
      (type === '' || i.incident.eventType === type) &&
      (party === '' || i.incident.actor1 === party),
  );
  const select = (label: string, value: string, set: (v: string) => void, values: string[]) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(e.target.value)}>
        <option value="">all</option>
        {options(values).map((v) => (
          <option key={v} value={v}>
            {line(v)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <div className="filters">
        {select(
          'Status',
          status,
          setStatus,
          incidents.map((i) => i.status),
        )}
        {select(
          'Event type',
          type,
          setType,
          incidents.map((i) => i.incident.eventType),
        )}
        {select(
          'Party (actor 1)',
          party,
          setParty,
          incidents.map((i) => i.incident.actor1),
        )}
      </div>
      <table className="incidents" data-testid="incidents-table">
        <thead>
          <tr>
            <th>Date</th>
            <th>Event</th>
            <th>Actors</th>
            <th>Place</th>
            <th>Deaths</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((i) => (
            <Row key={i.id} entry={i} mayVerify={mayVerify} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
      <p className="muted">
        {shown.length} of {incidents.length} incidents shown.
      </p>
    </>
  );
}

function Row({
  entry,
  mayVerify,
  onChanged,
}: {
  entry: IncidentEntry;
  mayVerify: boolean;
  onChanged: () => void;
}) {
  const { incident: i } = entry;
  const [error, setError] = useState<string | null>(null);
  const move = async (to: VerificationStatus) => {
    const reason = window.prompt(`Why is this incident ${to}?`);
    if (!reason) return;
    try {
      await postJson(`/api/incidents/${entry.id}/status`, { to, reason });
      setError(null);
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? (e.problem.detail ?? e.problem.title) : String(e));
    }
  };
  const cease = i.ceasefire;
  return (
    <tr data-testid="incident-row">
      <td>{i.eventDate}</td>
      <td>
        {line(i.eventType)} — {line(i.subEventType)}
        {cease ? (
          <div className="muted">
            {[
              cease.weapon,
              cease.count === null ? '' : `${cease.count} counted`,
              cease.direction,
              cease.distanceMetres === null ? '' : `${cease.distanceMetres} m away`,
              cease.observedAs,
            ]
              .filter(Boolean)
              .map(line)
              .join(' · ')}
          </div>
        ) : null}
        {i.notes ? <div className="notes">{revealInvisible(i.notes)}</div> : null}
      </td>
      <td>
        {line(i.actor1)}
        {i.actor2 ? ` / ${line(i.actor2)}` : ''}
      </td>
      <td>
        {line(i.location.name)}
        {i.location.admin1 ? `, ${line(i.location.admin1)}` : ''}
      </td>
      <td>{i.fatalities}</td>
      <td>
        <span className={`badge status-${entry.status}`}>{entry.status}</span>
        {entry.changes.length ? (
          <ol className="moves">
            {entry.changes.map((c) => (
              <li key={`${c.at}${c.to}`}>
                {c.to} on {c.at.slice(0, 10)}: “{line(c.reason)}”
              </li>
            ))}
          </ol>
        ) : null}
        {mayVerify
          ? NEXT[entry.status].map((to) => (
              <button key={to} type="button" className="small" onClick={() => move(to)}>
                Mark {to}
              </button>
            ))
          : null}
        {error ? <p role="alert">{error}</p> : null}
      </td>
    </tr>
  );
}
