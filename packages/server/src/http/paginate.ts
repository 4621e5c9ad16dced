// Cursor pages over a list in a stable order. A page never holds more than the hard maximum, whatever the client
// asks; its `next` is an opaque cursor naming the last item given, so following the cursors yields every item
// exactly once even when items are added meanwhile (new ones come after those already read in a list ordered
// by id, and a removed item only costs its own place).
import { z } from '@hono/zod-openapi';
import { outOfRange } from '../problems.ts';
import { QueryInt } from './schemas.ts';

/** The most a list route answers in one page. */
export const MAX_PAGE = 100;

export const PageQuery = z.object({
  limit: QueryInt.optional().meta({
    description: `items per page, at most ${MAX_PAGE} (larger asks are cut)`,
  }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'the `next` of the previous page; absent for the first page' }),
});

export const NextCursor = z
  .string()
  .nullable()
  .meta({ description: 'pass as `cursor` for the following page; null on the last page' });

export type Page<T> = { items: T[]; next: string | null };

/** The page after `cursor` of `items` (already in their stable order), keyed by `keyOf`. */
export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  query: { limit?: number | undefined; cursor?: string | undefined },
  max = MAX_PAGE,
): Page<T> {
  const limit = pageSize(query.limit, max);
  const start = query.cursor === undefined ? 0 : startAfter(items, keyOf, decodeCursor(query.cursor));
  const page = items.slice(start, start + limit);
  const last = page.at(-1);
  const more = start + limit < items.length;
  return { items: page, next: more && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

/** The asked size cut to the maximum; below 1 is refused, since no page could ever end the walk. */
export function pageSize(asked: number | undefined, max = MAX_PAGE): number {
  if (asked === undefined) return max;
  if (asked < 1) throw outOfRange('limit must be at least 1', 'query.limit');
  return Math.min(asked, max);
}

// Keys are ordered like the list: the first item whose key sorts after the cursor's starts the page, so a
// cursor whose item was removed still resumes at the right place.
function startAfter<T>(items: readonly T[], keyOf: (item: T) => string, key: string): number {
  const at = items.findIndex((item) => keyOf(item) > key);
  return at === -1 ? items.length : at;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const key = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (key === '' || encodeCursor(key) !== cursor)
    throw outOfRange('cursor is not one this server gave', 'query.cursor');
  return key;
}
