// The editable preview of a plan read from plain text: the parser's points and sub-points as one list of rows in
// the order of the text, each with its level, beside the lines the parser could not place (kept where they stood,
// never dropped unless the person drops them). Every edit is a pure function of the preview, so the page only
// renders and the rules are tested here.
import {
  findConditions,
  findQuantities,
  type ParsedPlan,
  type ParsedPoint,
  PLAIN_TEXT_LIMITS,
  partyMatcher,
} from '@concord/core/plain-text';

/** Points nest at most four levels deep (core's LIMITS.pointDepth): levels 0 to 3. */
export const MAX_LEVEL = 3;

export type PreviewRow = {
  /** Stable key for the page and for the lineage step (survives edits). */
  key: string;
  /** A point (or sub-point, by its level), or a line the parser did not understand and no one has placed yet. */
  kind: 'point' | 'unplaced';
  /** Set aside on purpose: shown struck through, left out of the version, can be brought back. */
  dropped: boolean;
  /** 0 for a point, 1 for its sub-points, …; meaningless while unplaced. */
  level: number;
  number: string;
  text: string;
  /** The line of the source it was read from (known for lines not understood). */
  line: number | null;
};

export type Preview = {
  preamble: string[];
  trailer: string[];
  rows: PreviewRow[];
  /** Next key number to hand out. */
  next: number;
};

export type Facts = {
  quantities: Array<{ value: number; unit: string; text: string }>;
  parties: string[];
  conditions: Array<{ if: string; then: string }>;
};

/** Turns a parse into a preview: points depth-first with their levels, lines not understood at their place. */
export function previewOf(parsed: ParsedPlan, source: string): Preview {
  const rows: PreviewRow[] = [];
  let next = 1;
  const walk = (points: ParsedPoint[], level: number) => {
    for (const p of points) {
      rows.push({
        key: `r${next++}`,
        kind: 'point',
        dropped: false,
        level: Math.min(level, MAX_LEVEL),
        number: p.number,
        text: p.text,
        line: null,
      });
      walk(p.subPoints, level + 1);
    }
  };
  walk(parsed.points, 0);
  locatePoints(rows, source);
  for (const u of [...parsed.unparsed].sort((a, b) => a.line - b.line)) {
    const row: PreviewRow = {
      key: `r${next++}`,
      kind: 'unplaced',
      dropped: false,
      level: 0,
      number: '',
      text: u.text,
      line: u.line,
    };
    // Before the first point that starts after it; a point whose line was not found does not move it.
    const at = rows.findIndex((r) => r.kind === 'point' && r.line !== null && r.line > u.line);
    if (at === -1) rows.push(row);
    else rows.splice(at, 0, row);
  }
  return { preamble: parsed.preamble, trailer: parsed.trailer, rows, next };
}

const LINE_BREAK = /\r\n|[\n\r\f\v\u0085\u2028\u2029]/;
const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/**
 * Finds the source line each point starts on (the first line, at or after the previous point's, that holds the
 * beginning of its text), so lines not understood can be shown where they stood. Best effort: a point not found
 * keeps `line: null`.
 */
function locatePoints(rows: PreviewRow[], source: string): void {
  const lines = source.split(LINE_BREAK).map(squash);
  let cursor = 0;
  for (const row of rows) {
    const head = squash(row.text).slice(0, 24);
    if (head.length === 0) continue;
    for (let i = cursor; i < lines.length; i++) {
      if ((lines[i] as string).includes(head)) {
        row.line = i + 1;
        cursor = i;
        break;
      }
    }
  }
}

/** The quantities, parties and conditions a point's text holds, read as the parser reads them. */
export function factsReader(parties: Array<{ name: string; aliases: string[] }>): (text: string) => Facts {
  const findParties = partyMatcher(parties);
  return (text) => ({
    quantities: findQuantities(text).slice(0, 30),
    parties: findParties(text),
    conditions: findConditions(text).slice(0, 30),
  });
}

function update(preview: Preview, key: string, change: (row: PreviewRow) => PreviewRow): Preview {
  return { ...preview, rows: preview.rows.map((r) => (r.key === key ? change(r) : r)) };
}

export function setNumber(preview: Preview, key: string, number: string): Preview {
  return update(preview, key, (r) => ({ ...r, number }));
}

export function setText(preview: Preview, key: string, text: string): Preview {
  return update(preview, key, (r) => ({ ...r, text }));
}

/** The level of the nearest point above `index` that is kept, or -1 when there is none. */
function levelAbove(rows: PreviewRow[], index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const r = rows[i] as PreviewRow;
    if (r.kind === 'point' && !r.dropped) return r.level;
  }
  return -1;
}

/**
 * Places a line not understood: as a point (at the level of the point above, or the top level when there is
 * none) or as a sub-point of the point above. Its number is left empty for the person to give.
 */
export function placeLine(preview: Preview, key: string, as: 'point' | 'sub-point'): Preview {
  const index = preview.rows.findIndex((r) => r.key === key);
  const row = preview.rows[index];
  if (row?.kind !== 'unplaced') return preview;
  const above = levelAbove(preview.rows, index);
  const level = as === 'point' ? Math.max(above, 0) : Math.min(above + 1, MAX_LEVEL);
  return update(preview, key, (r) => ({ ...r, kind: 'point', dropped: false, level, number: '' }));
}

/** Sets a row aside on purpose (a point or a line not understood), or brings it back. */
export function setDropped(preview: Preview, key: string, dropped: boolean): Preview {
  return update(preview, key, (r) => ({ ...r, dropped }));
}

/** Whether a point may go one level deeper (it needs a point above at its level or deeper) or up one. */
export function levelMoves(preview: Preview, key: string): { deeper: boolean; up: boolean } {
  const index = preview.rows.findIndex((r) => r.key === key);
  const row = preview.rows[index];
  if (row?.kind !== 'point' || row.dropped) return { deeper: false, up: false };
  return { deeper: row.level < MAX_LEVEL && levelAbove(preview.rows, index) >= row.level, up: row.level > 0 };
}

/**
 * Moves a point one level deeper (it becomes a sub-point of the point above) or one level up; its own
 * sub-points move with it, so the outline below it keeps its shape.
 */
export function shiftLevel(preview: Preview, key: string, by: 1 | -1): Preview {
  const moves = levelMoves(preview, key);
  if ((by === 1 && !moves.deeper) || (by === -1 && !moves.up)) return preview;
  const index = preview.rows.findIndex((r) => r.key === key);
  const start = (preview.rows[index] as PreviewRow).level;
  let end = index + 1;
  while (end < preview.rows.length) {
    const r = preview.rows[end] as PreviewRow;
    if (r.kind === 'point' && !r.dropped && r.level <= start) break;
    end++;
  }
  const rows = preview.rows.map((r, i) =>
    i >= index && i < end && r.kind === 'point'
      ? { ...r, level: Math.max(0, Math.min(MAX_LEVEL, r.level + by)) }
      : r,
  );
  return { ...preview, rows };
}

/** The next row after `key` that is kept (a point or a line not understood), if any. */
export function nextKept(preview: Preview, key: string): PreviewRow | null {
  const index = preview.rows.findIndex((r) => r.key === key);
  if (index === -1) return null;
  return preview.rows.slice(index + 1).find((r) => !r.dropped) ?? null;
}

/**
 * Merges a point with the next row kept (a point or a line not understood, e.g. a wrapped line the parser took
 * for page furniture): its text joins this point's, the row disappears, this point keeps its number and level.
 */
export function mergeWithNext(preview: Preview, key: string): Preview {
  const row = preview.rows.find((r) => r.key === key);
  const following = nextKept(preview, key);
  if (row?.kind !== 'point' || row.dropped || !following) return preview;
  const joined = [row.text.trim(), following.text.trim()].filter((t) => t.length > 0).join(' ');
  return {
    ...preview,
    rows: preview.rows
      .filter((r) => r.key !== following.key)
      .map((r) => (r.key === key ? { ...r, text: joined } : r)),
  };
}

/** A kept point with its place in the outline. */
export type OutlineRow = { row: PreviewRow; level: number; parentKey: string | null; ordinal: number };

/**
 * The kept points as they will be saved: each with its effective level (never more than one below the point
 * above), its parent point and its place among its siblings. Lines not understood and dropped rows are left out.
 */
export function outlineOf(preview: Preview): OutlineRow[] {
  const out: OutlineRow[] = [];
  const stack: OutlineRow[] = [];
  const counts = new Map<string | null, number>();
  for (const row of preview.rows) {
    if (row.kind !== 'point' || row.dropped) continue;
    const level = Math.max(0, Math.min(row.level, stack.length, MAX_LEVEL));
    stack.length = level;
    const parentKey = level === 0 ? null : (stack[level - 1] as OutlineRow).row.key;
    const ordinal = counts.get(parentKey) ?? 0;
    counts.set(parentKey, ordinal + 1);
    const entry = { row, level, parentKey, ordinal };
    stack.push(entry);
    out.push(entry);
  }
  return out;
}

export type PreviewIssue = { key: string | null; message: string };

/**
 * What still stands in the way of saving: a line not understood that nobody placed or dropped, a point without a
 * number or a text, two siblings with one number (a reader cites points by number), no point at all.
 */
export function previewIssues(preview: Preview): PreviewIssue[] {
  const issues: PreviewIssue[] = [];
  for (const r of preview.rows) {
    if (r.kind === 'unplaced' && !r.dropped)
      issues.push({
        key: r.key,
        message: `Line ${r.line ?? '?'} was not understood: make it a point or a sub-point, or drop it.`,
      });
  }
  const outline = outlineOf(preview);
  const seen = new Map<string, string>();
  for (const { row, parentKey } of outline) {
    const label = row.number.trim() === '' ? 'A point' : `Point ${row.number.trim()}`;
    if (row.number.trim() === '') issues.push({ key: row.key, message: 'A point needs a number.' });
    if (row.text.trim() === '') issues.push({ key: row.key, message: `${label} needs a text.` });
    const id = `${parentKey ?? ''}\u0000${row.number.trim()}`;
    if (row.number.trim() !== '') {
      if (seen.has(id))
        issues.push({
          key: row.key,
          message: `${label} is numbered like another point at the same level: give it its own number.`,
        });
      else seen.set(id, row.key);
    }
  }
  if (outline.length === 0) issues.push({ key: null, message: 'There is no point to save yet.' });
  return issues;
}

export function countRows(preview: Preview): {
  points: number;
  subPoints: number;
  unplaced: number;
  dropped: number;
} {
  const outline = outlineOf(preview);
  return {
    points: outline.filter((o) => o.level === 0).length,
    subPoints: outline.filter((o) => o.level > 0).length,
    unplaced: preview.rows.filter((r) => r.kind === 'unplaced' && !r.dropped).length,
    dropped: preview.rows.filter((r) => r.dropped).length,
  };
}

/** "10 points, 3 sub-points, 1 line not understood." */
export function countsInWords(counts: ReturnType<typeof countRows>): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts = [n(counts.points, 'point', 'points'), n(counts.subPoints, 'sub-point', 'sub-points')];
  if (counts.unplaced > 0) parts.push(`${n(counts.unplaced, 'line', 'lines')} not understood`);
  if (counts.dropped > 0) parts.push(`${counts.dropped} left out on purpose`);
  return `${parts.join(', ')}.`;
}

/** What a file chosen for import must be: plain text or Markdown, at most 1 MB. A plain message, or null. */
export function fileRefusal(file: { name: string; size: number; type: string }): string | null {
  const name = file.name.toLowerCase();
  const textType =
    file.type === '' ||
    file.type === 'text/plain' ||
    file.type === 'text/markdown' ||
    file.type === 'text/x-markdown';
  if (!(name.endsWith('.txt') || name.endsWith('.md')) || !textType)
    return 'Only a plain text file (.txt) or a Markdown file (.md) can be read. Copy the text of other documents and paste it instead.';
  if (file.size > PLAIN_TEXT_LIMITS.bytes)
    return 'This file is larger than 1 MB, more than one plan. Paste the part that holds the plan instead.';
  return null;
}

/** Reads a file's bytes as UTF-8, refusing what is not text (a NUL byte, invalid UTF-8). */
export function decodeText(bytes: Uint8Array): { text: string } | { refusal: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      refusal: 'This file is not UTF-8 text. Save it as UTF-8 plain text, or paste its text instead.',
    };
  }
  if (text.includes('\u0000'))
    return { refusal: 'This file holds binary data, not text. Paste the text of the plan instead.' };
  return { text: text.startsWith('\ufeff') ? text.slice(1) : text };
}

/** Pasted text over the parser's 1 MB is refused in words, like a file. */
export function textRefusal(text: string): string | null {
  if (text.trim() === '') return 'Paste the text of the plan first, or choose a file.';
  if (new TextEncoder().encode(text).length > PLAIN_TEXT_LIMITS.bytes)
    return 'This text is larger than 1 MB, more than one plan. Paste the part that holds the plan.';
  return null;
}
