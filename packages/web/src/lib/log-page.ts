/** Which entries a page of the log shows: newest first, `pageSize` at a time, ending before `end`. */
export function logPage(
  size: number,
  end: number | null,
  pageSize: number,
): { start: number; end: number; older: number | null; newer: number | null } {
  const last = end === null ? size : Math.min(Math.max(end, 0), size);
  const start = Math.max(0, last - pageSize);
  return {
    start,
    end: last,
    older: start > 0 ? start : null,
    newer: last < size ? Math.min(size, last + pageSize) : null,
  };
}

/** The last `count` entries of a log of `size` (newest last), or null when the log is empty. */
export function recentEntries(
  size: number,
  count: number,
): { latest: number; from: number; limit: number } | null {
  if (!Number.isSafeInteger(size) || size <= 0 || count <= 0) return null;
  const from = Math.max(0, size - count);
  return { latest: size - 1, from, limit: size - from };
}
