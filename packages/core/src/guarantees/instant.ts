// A moment in a rules or timeline file: a UTC date-time (`2025-08-28T16:00:00Z`, milliseconds optional) or a date
// (`2025-08-28`, read as 00:00Z that day). Both come out as Date#toISOString's form, so they sort as strings.
import { z } from 'zod';
import { isIsoDate } from '../time.ts';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

function normalise(value: string): string | null {
  if (isIsoDate(value)) return `${value}T00:00:00.000Z`;
  if (!DATE_TIME.test(value)) return null;
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return null;
  const iso = new Date(time).toISOString();
  // Date.parse rolls 2025-02-30 over to March: refuse a day or hour that does not exist instead.
  return iso.slice(0, 16) === value.slice(0, 16) ? iso : null;
}

export const Instant = z
  .string()
  .max(30)
  .transform((value, ctx) => {
    const iso = normalise(value);
    if (iso === null) {
      ctx.issues.push({
        code: 'custom',
        message: 'must be a UTC date like 2025-08-28 or a time like 2025-08-28T16:00:00Z',
        input: value,
      });
      return z.NEVER;
    }
    return iso;
  });
