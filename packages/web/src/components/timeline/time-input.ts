// A `datetime-local` input's value is read as UTC: the times of a negotiation are recorded in UTC, and the
// form says so, whatever the reader's time zone.

/** Now, as a `datetime-local` value in UTC ("2025-11-20T12:00"). */
export function localNow(date: Date = new Date()): string {
  return date.toISOString().slice(0, 16);
}

/** "2025-11-20T12:00" → "2025-11-20T12:00:00.000Z"; a value the input cannot hold is sent as is (the server refuses it). */
export function toUtc(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00.000Z` : value;
}
