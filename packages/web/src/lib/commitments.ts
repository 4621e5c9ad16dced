import type { Commitment, Due, Party } from '../api/types.ts';

/** "by 27 Nov 2025", "after the peace agreement is signed", or null when no deadline was set. */
export function describeDue(due: Due): string | null {
  if (due === null || typeof due !== 'object') return null;
  if ('date' in due && typeof due.date === 'string') return `by ${formatDate(due.date)}`;
  if ('event' in due && typeof due.event === 'string') return `after ${due.event}`;
  return null;
}

/** A commitment names its parties by id or by name; show the party's name either way. */
export function partyName(ref: string | null, parties: Party[]): string | null {
  if (ref === null) return null;
  const party = parties.find((p) => p.id === ref);
  return party ? party.name : ref;
}

/** Commitments grouped under the point they belong to, in the order they were given. */
export function commitmentsByPoint(commitments: Commitment[]): Map<string, Commitment[]> {
  const byPoint = new Map<string, Commitment[]>();
  for (const c of commitments) byPoint.set(c.pointId, [...(byPoint.get(c.pointId) ?? []), c]);
  return byPoint;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO date (or date-time) as "20 Nov 2025", read in UTC; anything else is shown as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? months[Number(m[2]) - 1] : undefined;
  if (!m || month === undefined) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}
