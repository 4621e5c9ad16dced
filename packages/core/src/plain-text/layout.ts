// Finds where the points are: which lines open a point or sub-point, which continue the one above (a wrapped line,
// a hanging indent, a paragraph of the same point), which are headings, the preamble, the trailer, or not
// understood. One pass over the lines with a stack of open lists, so the work is linear in the input.
//
// Every non-empty line ends up in exactly one place, and `lines` says which lines each place holds.
import { LIMITS } from '../schemas/common.ts';
import { findFurniture } from './furniture.ts';
import {
  ATTRIBUTION,
  headingLike,
  MARKDOWN_HEADING,
  pointStyle,
  SENTENCE_END,
  TRAILER,
} from './landmarks.ts';
import { type SourceLine, splitLines } from './lines.ts';
import { type Marker, type MarkerReading, readMarker } from './numbering.ts';

export type Placed = { line: number; text: string };
export type PointDraft = { number: string; text: string; subPoints: PointDraft[]; lines: number[] };
export type Layout = { preamble: Placed[]; points: PointDraft[]; trailer: Placed[]; unparsed: Placed[] };

type OpenList = { style: string; indent: number; last: number; siblings: PointDraft[]; indents: number[] };

const FIRST_VALUES = new Set([0, 1]);

function readingOf(m: Marker, style: string | null): MarkerReading | undefined {
  for (const r of m.readings) if (r.style === style) return r;
  return undefined;
}

function isOpen(stack: OpenList[], style: string): boolean {
  for (const list of stack) if (list.style === style) return true;
  return false;
}

export function layoutPlan(input: string): Layout {
  const lines = splitLines(input);
  const markers = lines.map((l) =>
    l.text === '' || MARKDOWN_HEADING.test(l.text) ? null : readMarker(l.text),
  );
  const lastRawMarker = markers.findLastIndex((m) => m !== null);
  // "— Reuters" after the last point is a byline, not a bullet.
  markers.forEach((m, i) => {
    const dash = m?.readings[0]?.style.match(/^bullet[-–—]$/);
    const previous = lines[i - 1]?.text ?? '';
    const afterBreak = previous === '' || (markers[i - 1] === null && TRAILER.test(previous));
    if (dash && m && i === lastRawMarker && afterBreak && ATTRIBUTION.test(m.rest)) markers[i] = null;
  });
  const furniture = findFurniture(lines, (i) => markers[i] !== null);
  furniture.forEach((f, i) => {
    if (f) markers[i] = null;
  });
  const lastMarker = markers.findLastIndex((m, i) => m !== null && !furniture[i]);
  // The next line with content (not blank, not furniture) after each line.
  const nextContent = new Array<number>(lines.length).fill(-1);
  for (let i = lines.length - 2, next = -1; i >= 0; i--) {
    const l = lines[i + 1] as SourceLine;
    if (l.text !== '' && !furniture[i + 1]) next = i + 1;
    nextContent[i] = next;
  }
  const top = pointStyle(markers);

  const layout: Layout = { preamble: [], points: [], trailer: [], unparsed: [] };
  const stack: OpenList[] = [];
  const headingStyles = new Set<string>();
  let phase: 'preamble' | 'points' | 'trailer' = 'preamble';
  let blanks = 0;
  let afterHeading = false;

  // A point's text is built from pieces and joined once at the end: reading the end of a string grown by
  // concatenation flattens it, which would make a long point cost quadratic time.
  const pieces = new Map<PointDraft, string[]>();
  const current = (): PointDraft | undefined => {
    const list = stack[stack.length - 1];
    return list?.siblings[list.siblings.length - 1];
  };
  const currentIndent = () => stack[stack.length - 1]?.indents.at(-1) ?? 0;
  const append = (point: PointDraft, l: SourceLine) => {
    const joinTight = /\p{L}-$/u.test(point.text) && /^\p{L}/u.test(l.text);
    const own = pieces.get(point) ?? [];
    if (point.text !== '') own.push(joinTight ? '' : ' ');
    own.push(l.text);
    pieces.set(point, own);
    point.text = l.text; // until `finish`, a point's text is its last line
    point.lines.push(l.line);
  };
  const open = (list: OpenList, r: MarkerReading, l: SourceLine, rest: string) => {
    const number = r.label || String(list.siblings.length + 1);
    const point = { number, text: rest, subPoints: [], lines: [l.line] };
    list.siblings.push(point);
    pieces.set(point, [rest]);
    list.last = r.value;
    list.indents.push(l.indent);
  };
  const nextIsMarker = (i: number) => {
    const n = nextContent[i] ?? -1;
    return n >= 0 && markers[n] !== null && !furniture[n];
  };

  const follows = (list: OpenList, r: MarkerReading, loose: boolean): boolean => {
    if (r.kind === 'bullet') return true;
    if (r.value === list.last + 1) return true;
    if (r.value >= 1000) return false; // a year ("2025.") opens a point only in an unbroken sequence
    if (r.value === list.last && r.kind === 'decimal' && /\p{L}$/u.test(r.label)) return true; // 10 → 10a
    // A gap in the numbering (a leak that skips points) only after a finished sentence, so that a wrapped
    // line starting "5. " inside a sentence stays text.
    const gap = list === stack[0] ? Number.POSITIVE_INFINITY : r.kind === 'decimal' ? 10 : 3;
    const finished = SENTENCE_END.test(current()?.text.slice(-1) ?? '');
    if (loose && finished && r.value > list.last && r.value <= list.last + gap) return true;
    return list === stack[0] && r.value === 1 && afterHeading; // a new section numbered from 1
  };
  const sibling = (depth: number, r: MarkerReading, l: SourceLine, rest: string): boolean => {
    stack.length = depth + 1;
    open(stack[depth] as OpenList, r, l, rest);
    return true;
  };
  const push = (r: MarkerReading, l: SourceLine, rest: string, siblings: PointDraft[]): boolean => {
    const list: OpenList = { style: r.style, indent: l.indent, last: 0, siblings, indents: [] };
    stack.push(list);
    open(list, r, l, rest);
    return true;
  };
  /** The reading of `m` that opens a list of sub-points under `parent` at this indent, if any. */
  const opening = (m: Marker, l: SourceLine, parent: PointDraft): MarkerReading | undefined => {
    const deepest = stack[stack.length - 1] as OpenList;
    if (stack.length >= LIMITS.pointDepth || l.indent < deepest.indent) return undefined;
    for (const x of m.readings) {
      if (!FIRST_VALUES.has(x.value)) continue;
      if (l.indent > deepest.indent + 1 || !isOpen(stack, x.style)) return x;
      if (x.style === deepest.style && parent.text.endsWith(':')) return x;
    }
    return undefined;
  };

  /** Places a marker line as a point or sub-point; false when it cannot be one here. */
  const place = (m: Marker, l: SourceLine): boolean => {
    if (phase === 'preamble') {
      const r = readingOf(m, top);
      return r !== undefined && r.value < 1000 && push(r, l, m.rest, layout.points);
    }
    const deepest = stack.length - 1;
    for (const loose of [false, true]) {
      for (let d = deepest; d >= 0; d--) {
        const list = stack[d] as OpenList;
        const r = readingOf(m, list.style);
        if (r && Math.abs(list.indent - l.indent) <= 1 && follows(list, r, loose))
          return sibling(d, r, l, m.rest);
      }
      if (loose) break;
      // A deeper indent, or a style not yet open, opens a list of sub-points under the current point.
      const parent = current();
      const starts = parent && opening(m, l, parent);
      if (parent && starts) return push(starts, l, m.rest, parent.subPoints);
    }
    // A flattened paste (no reliable indents): the sequence alone decides.
    for (let d = deepest; d >= 0; d--) {
      const list = stack[d] as OpenList;
      const r = readingOf(m, list.style);
      if (r && l.indent <= list.indent + 1 && follows(list, r, true)) return sibling(d, r, l, m.rest);
    }
    return false;
  };

  lines.forEach((l, i) => {
    if (l.text === '') {
      blanks++;
      return;
    }
    if (furniture[i]) {
      layout.unparsed.push({ line: l.line, text: l.text });
      blanks = 0;
      return;
    }
    const blankBefore = blanks > 0;
    blanks = 0;
    if (phase === 'trailer') {
      layout.trailer.push({ line: l.line, text: l.text });
      return;
    }
    const moreToCome = i < lastMarker;
    const m = markers[i];
    if (MARKDOWN_HEADING.test(l.text) || (m && phase === 'points' && headingMarker(m, i))) {
      if (phase === 'points' && !moreToCome) {
        phase = 'trailer';
        layout.trailer.push({ line: l.line, text: l.text });
      } else {
        layout.preamble.push({ line: l.line, text: l.text });
        afterHeading = true;
      }
      return;
    }
    if (m && place(m, l)) {
      phase = 'points';
      afterHeading = false;
      return;
    }
    const point = current();
    if (phase === 'preamble' || !point) {
      if (m && headingLike(m.rest) && m.readings[0]?.value === 1) headingStyles.add(m.readings[0].style);
      layout.preamble.push({ line: l.line, text: l.text });
      return;
    }
    const indented = l.indent > currentIndent() + 1;
    if (point.text === '' || (!blankBefore && !(TRAILER.test(l.text) && !moreToCome))) {
      if (
        !(moreToCome && headingLike(l.text) && nextIsMarker(i) && SENTENCE_END.test(point.text.slice(-1)))
      ) {
        append(point, l);
        return;
      }
    }
    if (!moreToCome) {
      if (indented && !TRAILER.test(l.text)) {
        append(point, l);
        return;
      }
      phase = 'trailer';
      layout.trailer.push({ line: l.line, text: l.text });
      return;
    }
    if (headingLike(l.text) && nextIsMarker(i)) {
      layout.preamble.push({ line: l.line, text: l.text });
      afterHeading = true;
      return;
    }
    append(point, l);
  });
  const finish = (points: PointDraft[]) => {
    for (const point of points) {
      const own = pieces.get(point);
      if (own) point.text = own.join('');
      finish(point.subPoints);
    }
  };
  finish(layout.points);
  return layout;

  /** A marker that titles a section ("A. Security", "II. Territory") rather than opening a point. */
  function headingMarker(m: Marker, i: number): boolean {
    const r = m.readings[0];
    if (!r || r.style === top || !headingLike(m.rest) || !/^\p{Lu}/u.test(m.rest)) return false;
    const next = markers[nextContent[i] ?? -1];
    if (!next?.readings.some((x) => x.style === top)) return false;
    if (headingStyles.has(r.style)) return true;
    if (r.value === 1 && !stack.some((s) => s.style === r.style)) {
      headingStyles.add(r.style);
      return true;
    }
    return false;
  }
}
