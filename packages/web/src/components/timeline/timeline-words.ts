// A timeline item in words, for the process's timeline.
import type { TimelineItem } from '@concord/core';
import { formWords } from '../deliveries/briefing-words.ts';

const STATEMENTS = {
  denial: 'Denial',
  confirmation: 'Confirmation',
  'leak-report': 'Leak reported',
  comment: 'Statement',
} as const;

const CONSULTATIONS = {
  meeting: 'Meeting',
  call: 'Call',
  'video-call': 'Video call',
  'exchange-of-messages': 'Exchange of messages',
} as const;

const DEADLINES = {
  set: 'Deadline set',
  moved: 'Deadline moved',
  met: 'Deadline met',
  missed: 'Deadline missed',
  lifted: 'Deadline lifted',
} as const;

export function itemKind(item: TimelineItem): string {
  switch (item.kind) {
    case 'version-issued':
      return 'Version issued';
    case 'delivery':
      return 'Delivered';
    case 'consultation':
      return CONSULTATIONS[item.consultation.kind];
    case 'statement':
      return STATEMENTS[item.statement.kind];
    case 'deadline':
      return DEADLINES[item.happened];
  }
}

/** The one line that says what happened (names resolved by `name`). */
export function itemText(
  item: TimelineItem,
  name: (partyId: string) => string,
  versionLabel: (versionId: string) => string | null = () => null,
): string {
  const on = (versionId: string | null) => {
    const label = versionId === null ? null : versionLabel(versionId);
    return label === null ? '' : ` (on ${label})`;
  };
  switch (item.kind) {
    case 'version-issued':
      return item.version.label;
    case 'delivery': {
      const d = item.delivery;
      const via = d.viaPartyId ? `, through ${name(d.viaPartyId)}` : '';
      return `Handed to ${name(d.partyId)} by ${d.deliveredBy}, ${formWords(d.form)}${via}`;
    }
    case 'consultation': {
      const c = item.consultation;
      const via = c.viaPartyId ? ` through ${name(c.viaPartyId)}` : '';
      const where = c.place ? ` in ${c.place}` : '';
      return `${c.title}${on(c.versionId)} — with ${c.partyIds.map(name).join(', ')}${via}${where}`;
    }
    case 'statement': {
      const s = item.statement;
      const outlet = s.outlet && s.outlet !== s.speaker ? ` (reported by ${s.outlet})` : '';
      return `${s.speaker}${outlet}: ${s.summary}`;
    }
    case 'deadline': {
      const d = item.deadline;
      if (item.happened === 'moved' && item.move)
        return `${d.title}: from ${shortDay(item.move.from)} to ${shortDay(item.move.to)} — ${item.move.reason}`;
      if (item.happened === 'set') {
        // Due as it was set: a later move changed the due time, the first move says from what.
        const due = d.moves[0]?.from ?? d.dueAt;
        return `${d.title}${on(d.versionId)}, due ${shortDay(due)}${d.setBy ? ` (set by ${d.setBy})` : ''}`;
      }
      if (item.happened === 'missed') return `${d.title}: ${shortDay(item.at)} passed without it being met`;
      return `${d.title}${d.outcome ? ` — ${d.outcome.note}` : ''}`;
    }
  }
}

function shortDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A key unique within a timeline: the subject, and for a deadline what happened to it and when. */
export function itemKey(item: TimelineItem): string {
  switch (item.kind) {
    case 'version-issued':
      return `v-${item.version.id}`;
    case 'delivery':
      return `d-${item.delivery.id}`;
    case 'consultation':
      return `c-${item.consultation.id}`;
    case 'statement':
      return `s-${item.statement.id}`;
    case 'deadline':
      return `dl-${item.deadline.id}-${item.happened}-${item.at}`;
  }
}
