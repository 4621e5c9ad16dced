// When a rule's trigger fires on a timeline, read up to the clock. Each firing opens one case. Incidents count
// once they are verified (and only while they stay verified), and each incident counts towards one firing of a
// rule: three violations open one case, the next three another. A commitment fires once, at the first moment it is
// N days past its due date without being complete (status 3). Every accepted notification fires; one from
// someone the rule does not list is refused, with the reason.
import { DAY_MS } from './day-count.ts';
import type { Trigger } from './rules-file.ts';
import type { TimelineEvent } from './timeline-file.ts';

/** A timeline event with its time in milliseconds, in timeline order (by time, then by place in the file). */
export type Timed = { event: TimelineEvent; at: number };
export type Firing = { at: number; cause: string[]; summary: string };
export type Refusal = { event: string; at: number; reason: string };

type Incident = Extract<TimelineEvent, { type: 'incident' }>;
type Of<K extends Trigger['on']> = Extract<Trigger, { on: K }>;

const fold = (name: string) => name.normalize('NFC').toLowerCase();
const within = (names: string[] | undefined, name: string | undefined) =>
  names === undefined || (name !== undefined && names.some((n) => fold(n) === fold(name)));
const list = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

function matchesIncident(trigger: Of<'incidents'>, incident: Incident): boolean {
  return (
    within(trigger.incidentTypes, incident.incidentType) &&
    within(trigger.allegedParties, incident.allegedParty) &&
    within(trigger.areas, incident.area) &&
    (trigger.tags ?? []).every((tag) => incident.tags.some((t) => fold(t) === fold(tag)))
  );
}

/** Where `timed` goes in `sorted` (by occurrence, then by arrival), found by bisection. */
function insertionPoint(sorted: Timed[], timed: Timed): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid]?.at ?? 0) <= timed.at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first run of `count` consecutive incidents (by occurrence) holding the one at `p` that fits the window. */
function group(trigger: Of<'incidents'>, sorted: Timed[], p: number): Timed[] | null {
  const { count, withinDays } = trigger;
  for (let i = Math.max(0, p - count + 1); i <= p && i + count <= sorted.length; i++) {
    const span = (sorted[i + count - 1]?.at ?? 0) - (sorted[i]?.at ?? 0);
    if (withinDays === undefined || span < withinDays * DAY_MS) return sorted.slice(i, i + count);
  }
  return null;
}

function incidentFirings(trigger: Of<'incidents'>, timeline: Timed[]): Firing[] {
  const incidents = new Map<string, Timed>();
  // Verified, matching incidents not yet counted, kept sorted by occurrence: each verification then looks at the
  // `count` runs around it only, so a 5,000-event timeline stays linear in the count.
  const pool: Timed[] = [];
  const used = new Set<string>();
  const firings: Firing[] = [];
  const setStatus = (id: string, status: Incident['status'], at: number) => {
    const incident = incidents.get(id);
    if (incident?.event.type !== 'incident' || !matchesIncident(trigger, incident.event)) return;
    const index = pool.indexOf(incident);
    if (status !== 'verified') {
      if (index >= 0) pool.splice(index, 1);
      return;
    }
    if (used.has(id) || index >= 0) return;
    const p = insertionPoint(pool, incident);
    pool.splice(p, 0, incident);
    const run = group(trigger, pool, p);
    if (!run) return;
    pool.splice(pool.indexOf(run[0] as Timed), run.length);
    for (const t of run) used.add(t.event.id);
    const first = run[0]?.event as Incident;
    const what = `${run.length} verified incident${run.length === 1 ? '' : 's'} (${first.incidentType})`;
    firings.push({
      at,
      cause: run.map((t) => t.event.id),
      summary: `${what} alleged against ${first.allegedParty}`,
    });
  };
  for (const timed of timeline) {
    const { event } = timed;
    if (event.type === 'incident') {
      incidents.set(event.id, timed);
      setStatus(event.id, event.status, timed.at);
    } else if (event.type === 'verification') setStatus(event.incident, event.status, timed.at);
  }
  return firings;
}

type Snapshot = Extract<TimelineEvent, { type: 'commitment' }> & { time: number; due: number };

/** The first moment a commitment's latest state (snapshots in time order) has it `late` ms past due, incomplete. */
function firstOverdue(snapshots: Snapshot[], late: number): { moment: number; current: Snapshot } | null {
  const moments = snapshots.flatMap((s) => [s.time, s.due + late]).sort((a, b) => a - b);
  let seen = 0;
  for (const moment of moments) {
    while (seen < snapshots.length && (snapshots[seen]?.time ?? 0) <= moment) seen++;
    const current = snapshots[seen - 1];
    if (current && current.status < 3 && current.due + late <= moment) return { moment, current };
  }
  return null;
}

function commitmentFirings(trigger: Of<'commitment-overdue'>, timeline: Timed[]): Firing[] {
  const byCommitment = new Map<string, Snapshot[]>();
  for (const { event, at } of timeline) {
    if (event.type !== 'commitment') continue;
    if (!within(trigger.obligors, event.obligor) || !within(trigger.commitments, event.commitment)) continue;
    const list = byCommitment.get(event.commitment) ?? [];
    list.push({ ...event, time: at, due: Date.parse(event.dueAt) });
    byCommitment.set(event.commitment, list);
  }
  const firings: Firing[] = [];
  for (const [name, snapshots] of byCommitment) {
    const found = firstOverdue(snapshots, trigger.days * DAY_MS);
    if (!found) continue;
    const { moment, current } = found;
    const by = trigger.days === 0 ? 'due' : `${trigger.days} day${trigger.days === 1 ? '' : 's'} overdue`;
    firings.push({
      at: moment,
      cause: [current.id],
      summary: `${current.obligor}'s commitment '${name}' ${by} (due ${current.dueAt}, status ${current.status} of 3)`,
    });
  }
  return firings.sort((a, b) => a.at - b.at);
}

function notificationFirings(trigger: Of<'notification'>, timeline: Timed[], refused: Refusal[]): Firing[] {
  const firings: Firing[] = [];
  for (const { event, at } of timeline) {
    if (event.type !== 'notification') continue;
    if (!event.by.some((by) => within(trigger.from, by))) {
      const who = `${list(event.by)} ${event.by.length === 1 ? 'is' : 'are'}`;
      refused.push({
        event: event.id,
        at,
        reason: `${who} not among those who may notify (${list(trigger.from ?? [])})`,
      });
      continue;
    }
    const against = event.against ? ` against ${event.against}` : '';
    firings.push({ at, cause: [event.id], summary: `notification by ${list(event.by)}${against}` });
  }
  return firings;
}

export function fireTrigger(trigger: Trigger, timeline: Timed[], refused: Refusal[] = []): Firing[] {
  if (trigger.on === 'incidents') return incidentFirings(trigger, timeline);
  if (trigger.on === 'commitment-overdue') return commitmentFirings(trigger, timeline);
  return notificationFirings(trigger, timeline, refused);
}
