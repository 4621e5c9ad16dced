// UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, version 7, then random bits. Within one millisecond the
// 12-bit `rand_a` field is used as a counter (method 1 of §6.2) so ids generated in a burst still sort in
// creation order; if the counter overflows we borrow the next millisecond rather than lose monotonicity.
import { z } from 'zod';

let lastMs = -1;
let counter = 0;

export function uuidv7(now: number = Date.now()): string {
  let ms = Math.max(now, lastMs);
  if (ms === lastMs) {
    counter++;
    if (counter > 0xfff) {
      ms++;
      counter = randomCounter();
    }
  } else {
    counter = randomCounter();
  }
  lastMs = ms;
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  return formatUuid(bytes);
}

// Start each millisecond's counter in the lower half so a burst has room to count up.
function randomCounter(): number {
  const b = new Uint8Array(2);
  crypto.getRandomValues(b);
  return (((b[0] as number) << 8) | (b[1] as number)) & 0x7ff;
}

function formatUuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Milliseconds since the Unix epoch encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Any lowercase RFC 9562 UUID (ids we mint are v7; imported ones may be other versions). */
export const Id = z.string().regex(UUID, 'must be a lowercase UUID');
export type Id = z.infer<typeof Id>;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
