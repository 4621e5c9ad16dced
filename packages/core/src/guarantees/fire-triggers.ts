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

/** The first `count` consecutive incidents (by occurrence) holding `newest` whose occurrences fit the window. */
function group(trigger: Of<'incidents'>, pool: Timed[], newest: string): Timed[] | null {
  const sorted = [...pool].sort((a, b) => a.at - b.at);
  for (let i = 0; i + trigger.count <= sorted.length; i++) {
    const run = sorted.slice(i, i + trigger.count);
    if (!run.some((t) => t.event.id === newest)) continue;
    const span = (run.at(-1)?.at ?? 0) - (run[0]?.at ?? 0);
    if (trigger.withinDays === undefined || span < trigger.withinDays * DAY_MS) return run;
  }
  return null;
}

function incidentFirings(trigger: Of<'incidents'>, timeline: Timed[]): Firing[] {
  const incidents = new Map<string, Timed>();
  const pool = new Map<string, Timed>();
  const used = new Set<string>();
  const firings: Firing[] = [];
  const setStatus = (id: string, status: Incident['status'], at: number) => {
    const incident = incidents.get(id);
    if (incident?.event.type !== 'incident' || !matchesIncident(trigger, incident.event)) return;
    if (status !== 'verified') return void pool.delete(id);
    if (used.has(id) || pool.has(id)) return;
    pool.set(id, incident);
    const run = group(trigger, [...pool.values()], id);
    if (!run) return;
    const ids = run.map((t) => t.event.id);
    for (const k of ids) {
      pool.delete(k);
      used.add(k);
    }
    const first = run[0]?.event as Incident;
    const what = `${run.length} verified incident${run.length === 1 ? '' : 's'} (${first.incidentType})`;
    firings.push({ at, cause: ids, summary: `${what} alleged against ${first.allegedParty}` });
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

type Snapshot = Extract<TimelineEvent, { type: 'commitment' }> & { time: number };

function commitmentFirings(trigger: Of<'commitment-overdue'>, timeline: Timed[]): Firing[] {
  const byCommitment = new Map<string, Snapshot[]>();
  for (const { event, at } of timeline) {
    if (event.type !== 'commitment') continue;
    if (!within(trigger.obligors, event.obligor) || !within(trigger.commitments, event.commitment)) continue;
    byCommitment.set(event.commitment, [
      ...(byCommitment.get(event.commitment) ?? []),
      { ...event, time: at },
    ]);
  }
  const late = trigger.days * DAY_MS;
  const firings: Firing[] = [];
  for (const [name, snapshots] of byCommitment) {
    const moments = snapshots.flatMap((s) => [s.time, Date.parse(s.dueAt) + late]).sort((a, b) => a - b);
    for (const moment of moments) {
      const current = snapshots.filter((s) => s.time <= moment).at(-1);
      if (!current || current.status === 3 || Date.parse(current.dueAt) + late > moment) continue;
      const by = trigger.days === 0 ? 'due' : `${trigger.days} day${trigger.days === 1 ? '' : 's'} overdue`;
      firings.push({
        at: moment,
        cause: [current.id],
        summary: `${current.obligor}'s commitment '${name}' ${by} (due ${current.dueAt}, status ${current.status} of 3)`,
      });
      break;
    }
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
