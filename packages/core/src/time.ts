// Times are UTC ISO 8601 with milliseconds and a `Z`, exactly what Date#toISOString prints, so a stored time
// round-trips through canonical JSON byte for byte.
import { z } from 'zod';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function nowIso(date: Date = new Date()): string {
  return date.toISOString();
}

export function isIsoUtc(value: string): boolean {
  if (!ISO_UTC.test(value)) return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString() === value;
}

export const IsoUtc = z.string().refine(isIsoUtc, 'must be a UTC time like 2025-11-20T14:30:00.000Z');

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00.000Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export const IsoDate = z.string().refine(isIsoDate, 'must be a date like 2025-11-20');
