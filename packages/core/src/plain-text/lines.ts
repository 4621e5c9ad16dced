// Splits pasted text into lines as a reader sees them: any line ending (CRLF, CR, LF, form feed from a PDF's page
// break, U+2028/U+2029), every kind of space (tab, no-break, thin, ideographic) read as a space, and the indent
// measured in columns so that a hanging indent can be told from a new paragraph.

/** One line of the input: `line` counts from 1, `indent` in columns (a tab advances to the next multiple of 4). */
export type SourceLine = { line: number; indent: number; text: string };

const LINE_BREAK = /\r\n|[\n\r\f\v\u0085\u2028\u2029]/;
// Spaces a PDF or a web page puts in text, and the invisible ones that only get in the way (BOM, zero width).
const SPACE = /[\t \u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const LEADING_SPACE = /^[\t \u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]*/;
const TAB_WIDTH = 4;

/** The lines of `input`, each with its text trimmed and runs of spaces collapsed to one. */
export function splitLines(input: string): SourceLine[] {
  return input.split(LINE_BREAK).map((raw, i) => {
    const lead = LEADING_SPACE.exec(raw)?.[0] ?? '';
    let indent = 0;
    for (const ch of lead)
      indent = ch === '\t' ? (Math.floor(indent / TAB_WIDTH) + 1) * TAB_WIDTH : indent + 1;
    return { line: i + 1, indent, text: normalizeSpaces(raw) };
  });
}

/** Collapses every run of spaces (of any kind) to one ASCII space and trims. */
export function normalizeSpaces(text: string): string {
  return trimDirectionMarks(text.replace(SPACE, ' ').trim());
}

// Right-to-left text pasted from a web page often starts a line with a direction mark (RLM, LRM, ALM) before
// "١." : at the edges of a line it only hides the marker, so it goes (inside the text it stays).
const isMark = (ch: string | undefined) =>
  ch === '\u200e' || ch === '\u200f' || ch === '\u061c' || ch === ' ';
function trimDirectionMarks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isMark(text[start])) start++;
  while (end > start && isMark(text[end - 1])) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
