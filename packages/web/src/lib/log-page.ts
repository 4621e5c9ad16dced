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
