import { bidi } from './bidi.ts';
import { type FaceName, facesOf } from './fonts.ts';

/** A stretch of one line in one face, as handed to pdfkit, left to right on the page. */
export interface Run {
  face: FaceName;
  text: string;
  width: number;
}
export interface Line {
  runs: Run[];
  width: number;
}
export interface Paragraph {
  rtl: boolean;
  lines: Line[];
}

export interface Measure {
  width(face: FaceName, text: string): number;
  hasGlyph(face: FaceName, codePoint: number): boolean;
}

/**
 * Lays a paragraph out by the Unicode bidirectional algorithm (UAX #9): the direction is that of its first
 * letter, lines break at spaces in logical order, then each line is put in visual order, brackets mirrored
 * on right-to-left stretches, and cut into runs of one face and one level.
 */
export function layoutParagraph(text: string, maxWidth: number, measure: Measure): Paragraph {
  const levels = bidi.getEmbeddingLevels(text, 'auto');
  const rtl = ((levels.paragraphs[0]?.level ?? 0) & 1) === 1;
  const faces = facesOf(text, measure.hasGlyph);
  const lines = breakLines(text, faces, maxWidth, measure).map(([start, end]) =>
    visualLine(text, levels, faces, start, end, measure),
  );
  return { rtl, lines };
}

/**
 * [start, end) of each line, breaking at U+0020 (numbers keep their no-break spaces together). A line's width
 * is taken as its words' widths plus its spaces', each word measured once.
 */
function breakLines(text: string, faces: FaceName[], maxWidth: number, measure: Measure): [number, number][] {
  const words: [number, number][] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || text[index] === ' ') {
      if (index > start) words.push([start, index]);
      start = index + 1;
    }
  }
  const lines: [number, number][] = [];
  let line: [number, number] | undefined;
  let width = 0;
  for (const word of words) {
    const wordWidth = logicalWidth(text, faces, word[0], word[1], measure);
    const space = measure.width(faces[word[0]] as FaceName, ' ');
    if (line && width + space + wordWidth <= maxWidth) {
      line[1] = word[1];
      width += space + wordWidth;
    } else {
      if (line) lines.push(line);
      line = [word[0], word[1]];
      width = wordWidth;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [[0, 0]];
}

function logicalWidth(text: string, faces: FaceName[], start: number, end: number, measure: Measure): number {
  let width = 0;
  let runStart = start;
  for (let index = start + 1; index <= end; index++) {
    if (index === end || faces[index] !== faces[runStart]) {
      width += measure.width(faces[runStart] as FaceName, text.slice(runStart, index));
      runStart = index;
    }
  }
  return width;
}

function visualLine(
  text: string,
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  faces: FaceName[],
  start: number,
  end: number,
  measure: Measure,
): Line {
  if (end <= start) return { runs: [], width: 0 };
  // bidi-js reorders the line's stretch of an index array over the whole paragraph
  const order = bidi.getReorderedIndices(text, levels, start, end - 1).slice(start, end);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1);
  const runs: Run[] = [];
  let group: number[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const face = faces[group[0] as number] as FaceName;
    const visual = group.map((index) => mirrored.get(index) ?? text[index]).join('');
    // fontkit turns round any run whose first letter is Arabic or Hebrew (digits included): give it such runs
    // back to front so that what it draws is in visual order.
    const handed = shaperReverses(visual) ? Array.from(visual).reverse().join('') : visual;
    runs.push({ face, text: handed, width: measure.width(face, handed) });
    group = [];
  };
  for (const index of order) {
    const first = group[0];
    if (
      first !== undefined &&
      (faces[first] !== faces[index] || levels.levels[first] !== levels.levels[index])
    )
      flush();
    group.push(index);
  }
  flush();
  return { runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
}

const SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}]/u;
const RIGHT_TO_LEFT_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

export function shaperReverses(run: string): boolean {
  const first = SCRIPTED.exec(run)?.[0];
  return first !== undefined && RIGHT_TO_LEFT_SCRIPT.test(first);
}
