// One timeline of a process: versions issued, deliveries, consultations, statements and what happened to each
// deadline (set, moved, met, missed, lifted), in date order. Pure: built from what the reader's scoped reads hold,
// so each item is there only if the reader may see it; "missed" is read from `now`.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { Consultation, Delivery, Statement } from '../schemas/briefing.ts';
import { Deadline, DeadlineMoveRecord } from '../schemas/deadline.ts';
import { IsoUtc } from '../time.ts';
import { missedAt } from './deadline-state.ts';

export const TimelineVersion = z.strictObject({ id: Id, planId: Id, label: z.string() });

export const DEADLINE_HAPPENINGS = ['set', 'moved', 'met', 'missed', 'lifted'] as const;

export const TimelineItem = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('version-issued'), at: IsoUtc, version: TimelineVersion }),
  z.strictObject({ kind: z.literal('delivery'), at: IsoUtc, delivery: Delivery }),
  z.strictObject({ kind: z.literal('consultation'), at: IsoUtc, consultation: Consultation }),
  z.strictObject({ kind: z.literal('statement'), at: IsoUtc, statement: Statement }),
  z.strictObject({
    kind: z.literal('deadline'),
    at: IsoUtc,
    happened: z.enum(DEADLINE_HAPPENINGS),
    deadline: Deadline,
    /** For a move: which one. */
    move: DeadlineMoveRecord.nullable(),
  }),
]);
export type TimelineItem = z.infer<typeof TimelineItem>;

export type TimelineInput = {
  versions: { id: string; planId: string; label: string; issuedOn: string | null }[];
  deliveries: Delivery[];
  consultations: Consultation[];
  statements: Statement[];
  deadlines: Deadline[];
};

// Among items at the same moment: a version is issued before it is handed over, talked about or given a deadline.
const ORDER: Record<TimelineItem['kind'], number> = {
  'version-issued': 0,
  delivery: 1,
  consultation: 2,
  statement: 3,
  deadline: 4,
};

export function buildTimeline(input: TimelineInput, now: Date): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const v of input.versions)
    if (v.issuedOn !== null)
      items.push({
        kind: 'version-issued',
        at: `${v.issuedOn}T00:00:00.000Z`,
        version: { id: v.id, planId: v.planId, label: v.label },
      });
  for (const delivery of input.deliveries)
    items.push({ kind: 'delivery', at: delivery.deliveredAt, delivery });
  for (const consultation of input.consultations)
    items.push({ kind: 'consultation', at: consultation.heldAt, consultation });
  for (const statement of input.statements)
    items.push({ kind: 'statement', at: statement.madeAt, statement });
  for (const deadline of input.deadlines) items.push(...deadlineItems(deadline, now));
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) =>
      a.item.at !== b.item.at
        ? a.item.at < b.item.at
          ? -1
          : 1
        : ORDER[a.item.kind] - ORDER[b.item.kind] || a.i - b.i,
    )
    .map(({ item }) => item);
}

function deadlineItems(deadline: Deadline, now: Date): TimelineItem[] {
  const item = (
    happened: (typeof DEADLINE_HAPPENINGS)[number],
    at: string,
    move: DeadlineMoveRecord | null,
  ) => ({
    kind: 'deadline' as const,
    at,
    happened,
    deadline,
    move,
  });
  const items: TimelineItem[] = [item('set', deadline.setAt, null)];
  for (const move of deadline.moves) {
    // Moved after it had passed: it was missed at the old time first.
    if (move.at > move.from) items.push(item('missed', move.from, null));
    items.push(item('moved', move.at, move));
  }
  const missed = missedAt(deadline, now);
  if (missed !== null) items.push(item('missed', missed, null));
  if (deadline.outcome) items.push(item(deadline.outcome.kind, deadline.outcome.at, null));
  return items;
}
