import { bidi } from './bidi.ts';

/** A text item as pdf.js gives it: its string in logical order, placed on the page (PDF units, y upwards). */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** the font size, near enough */
  size: number;
}

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const EDGE_NEUTRALS = /^([^\p{L}\p{Nd}]*)(.*?)([^\p{L}\p{Nd}]*)$/su;
const POINT_LABEL = /^(?:\d+(?:\.[\p{L}\d]+)*\.\s|\(\d+\)\s)/u;

type Kind = 'R' | 'L' | 'N' | 'neutral';
interface Piece {
  str: string;
  kind: Kind;
  level: number;
}

/**
 * The text of a page's items in reading order: lines top to bottom, each put back into logical order (pdf.js
 * gives items left to right, each logical inside), the lines of a paragraph joined with a space, paragraphs and
 * numbered points on lines of their own. Right-to-left stretches had their brackets mirrored when drawn: they are
 * turned back.
 */
export function logicalText(items: readonly PlacedText[]): string {
  const lines = groupLines(items);
  const left = Math.min(...items.map((item) => item.x));
  const right = Math.max(...items.map((item) => item.x + item.width));
  const out: string[] = [];
  for (const paragraph of paragraphs(lines)) {
    const rtl = paragraphDirection(paragraph, left, right);
    for (const [index, line] of paragraph.entries()) {
      const text = logicalLine(line, rtl);
      if (index > 0 && !POINT_LABEL.test(text)) out[out.length - 1] += ` ${text}`;
      else out.push(text);
    }
  }
  return out
    .map((line) =>
      line
        .replace(/ +(\p{M})/gu, '$1')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/** Lines a paragraph apart are further apart than 1.75 times their type size. */
function paragraphs(lines: PlacedText[][]): PlacedText[][][] {
  const result: PlacedText[][][] = [];
  let previous: { y: number; size: number } | undefined;
  for (const line of lines) {
    const y = (line[0] as PlacedText).y;
    const size = Math.max(...line.map((item) => item.size));
    const current = result[result.length - 1];
    if (current && previous && previous.y - y <= 1.75 * Math.max(size, previous.size)) current.push(line);
    else result.push([line]);
    previous = { y, size };
  }
  return result;
}

/**
 * A paragraph whose short line hangs from the right margin is right to left, one hanging from the left margin
 * left to right; with full lines only, the script with the most letters decides.
 */
function paragraphDirection(paragraph: PlacedText[][], left: number, right: number): boolean {
  let lean = 0;
  for (const line of paragraph) {
    const first = line[0] as PlacedText;
    const last = line[line.length - 1] as PlacedText;
    const towardsRight = first.x - left - (right - last.x - last.width);
    if (Math.abs(towardsRight) > Math.abs(lean)) lean = towardsRight;
  }
  if (Math.abs(lean) > 30) return lean > 0;
  const all = Array.from(
    paragraph
      .flat()
      .map((item) => item.str)
      .join(''),
  );
  const rightToLeft = all.filter((char) => RIGHT_TO_LEFT.test(char) && LETTER.test(char)).length;
  const leftToRight = all.filter((char) => LETTER.test(char) && !RIGHT_TO_LEFT.test(char)).length;
  return rightToLeft > leftToRight;
}

function groupLines(items: readonly PlacedText[]): PlacedText[][] {
  const sorted = items.filter((item) => item.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const head = line?.[0];
    if (line && head && Math.abs(head.y - item.y) < Math.max(1, 0.3 * item.size)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

function kindOf(text: string): Kind {
  if (RIGHT_TO_LEFT.test(text)) return 'R';
  if (LETTER.test(text)) return 'L';
  if (DIGIT.test(text)) return 'N';
  return 'neutral';
}

/** One line's items (left to right) in logical order: UAX #9's reordering undone at item level. */
export function logicalLine(items: readonly PlacedText[], rtl: boolean): string {
  const base = rtl ? 1 : 0;
  const pieces = split(items, rtl);
  resolveLevels(pieces, base);
  const maximum = Math.max(0, ...pieces.map((piece) => piece.level));
  let order = pieces;
  for (let level = 1; level <= maximum; level++) order = reverseRuns(order, level);
  return order.map(readable).join('');
}

/** Letters and digits drawn on a right-to-left line keep the punctuation at their edges, which belongs outside. */
function split(items: readonly PlacedText[], rtl: boolean): Piece[] {
  const pieces: Piece[] = [];
  for (const item of items) {
    const kind = kindOf(item.str);
    const edges = rtl && (kind === 'L' || kind === 'N') ? EDGE_NEUTRALS.exec(item.str) : null;
    if (!edges) {
      pieces.push({ str: item.str, kind, level: 0 });
      continue;
    }
    const [, before = '', core = '', after = ''] = edges;
    if (before) pieces.push({ str: before, kind: 'neutral', level: 0 });
    pieces.push({ str: core, kind, level: 0 });
    if (after) pieces.push({ str: after, kind: 'neutral', level: 0 });
  }
  return pieces;
}

function resolveLevels(pieces: Piece[], base: number): void {
  const strongBefore = (index: number) =>
    pieces.slice(0, index).findLast((piece) => piece.kind !== 'neutral');
  for (const [index, piece] of pieces.entries()) {
    if (piece.kind === 'R') piece.level = 1;
    else if (piece.kind === 'L') piece.level = base === 1 ? 2 : 0;
    else if (piece.kind === 'N') piece.level = base === 1 || strongBefore(index)?.kind === 'R' ? 2 : 0;
  }
  const side = (piece: Piece | undefined): 'R' | 'L' =>
    piece === undefined ? (base === 1 ? 'R' : 'L') : piece.kind === 'R' || piece.level === 2 ? 'R' : 'L';
  for (const [index, piece] of pieces.entries()) {
    if (piece.kind !== 'neutral') continue;
    const before = side(strongBefore(index));
    const after = side(pieces.slice(index + 1).find((next) => next.kind !== 'neutral'));
    piece.level = before !== after ? base : before === 'R' ? 1 : base === 1 ? 2 : 0;
  }
}

function reverseRuns(pieces: Piece[], level: number): Piece[] {
  const result: Piece[] = [];
  let run: Piece[] = [];
  for (const piece of pieces) {
    if (piece.level >= level) run.push(piece);
    else {
      result.push(...run.reverse(), piece);
      run = [];
    }
  }
  result.push(...run.reverse());
  return result;
}

/** An odd-level piece's brackets were drawn mirrored; a neutral one also came out in visual order. */
function readable(piece: Piece): string {
  if (piece.level % 2 === 0) return piece.str;
  const chars = Array.from(piece.str).map((char) => bidi.getMirroredCharacter(char) ?? char);
  return piece.kind === 'neutral' ? chars.reverse().join('') : chars.join('');
}
