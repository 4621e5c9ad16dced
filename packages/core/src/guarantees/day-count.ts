// Deadlines in UTC. Under 'whole-days' (the default, and how resolution 2231 counts) the day on which an event
// happens is not counted: a period of N days opened on 28 August runs from 29 August, and "after the 30th day" is
// 00:00Z on the 31st day (2025-09-28T00:00Z). A period that follows another's deadline starts at that deadline,
// which is already a day's boundary, so 15 days after 2020-01-30T00:00Z end at 2020-02-14T00:00Z. Under
// 'elapsed' a period is N × 24 hours from the moment itself.
import type { Rule } from './rules-file.ts';

export const DAY_MS = 86_400_000;

/** What a period is counted from: something that happened, or the end of an earlier period. */
export type Anchor = { at: number; kind: 'event' | 'boundary' };

export function deadlineAfter(anchor: Anchor, days: number, dayCount: Rule['dayCount']): number {
  if (dayCount === 'elapsed' || anchor.kind === 'boundary') return anchor.at + days * DAY_MS;
  const startOfDay = Math.floor(anchor.at / DAY_MS) * DAY_MS;
  return startOfDay + (days + 1) * DAY_MS;
}
