// Where a deadline stands at a moment: running (with the time left), met, missed or lifted. Pure: the caller
// passes the time (a command's or a route's injected clock), so "missed" is read, never stored, and a test can
// move the clock past the due time. A deadline met after its due time was missed first, then met late.
import { z } from 'zod';
import type { Deadline } from '../schemas/deadline.ts';
import { IsoUtc } from '../time.ts';

export const DEADLINE_STATUSES = ['running', 'met', 'missed', 'lifted'] as const;

export const DeadlineState = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('running'), dueAt: IsoUtc, msLeft: z.number().int().nonnegative() }),
  z.strictObject({ status: z.literal('met'), at: IsoUtc, late: z.boolean() }),
  z.strictObject({ status: z.literal('missed'), dueAt: IsoUtc, msOver: z.number().int().nonnegative() }),
  z.strictObject({ status: z.literal('lifted'), at: IsoUtc, missedFirst: z.boolean() }),
]);
export type DeadlineState = z.infer<typeof DeadlineState>;

type Timed = Pick<Deadline, 'dueAt' | 'outcome'>;

export function deadlineState(deadline: Timed, now: Date): DeadlineState {
  const due = Date.parse(deadline.dueAt);
  const { outcome } = deadline;
  if (outcome?.kind === 'met') return { status: 'met', at: outcome.at, late: Date.parse(outcome.at) > due };
  if (outcome?.kind === 'lifted')
    return { status: 'lifted', at: outcome.at, missedFirst: Date.parse(outcome.at) > due };
  const left = due - now.getTime();
  return left >= 0
    ? { status: 'running', dueAt: deadline.dueAt, msLeft: left }
    : { status: 'missed', dueAt: deadline.dueAt, msOver: -left };
}

/** When the deadline was missed (its due time), if it was missed by `now`: before it was met or lifted, if ever. */
export function missedAt(deadline: Timed, now: Date): string | null {
  const due = Date.parse(deadline.dueAt);
  const ended = deadline.outcome === null ? now.getTime() : Date.parse(deadline.outcome.at);
  return ended > due ? deadline.dueAt : null;
}

/** "3 days left", "5 hours left", "due now": a countdown in words, from milliseconds left. */
export function describeTimeLeft(msLeft: number): string {
  const minutes = Math.floor(msLeft / 60_000);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'} left`;
  if (hours >= 1) return `${hours} hour${hours === 1 ? '' : 's'} left`;
  if (minutes >= 1) return `${minutes} minute${minutes === 1 ? '' : 's'} left`;
  return 'due now';
}
