// Whether a text may enter the log. The log keeps everything forever and every reader (web page, terminal,
// export) shows it, so a text must display as what it says: no controls a terminal or database acts on, no
// broken UTF-16, no bidirectional overrides that reorder what is shown ("Trojan Source"), no name made only of
// invisible characters. Legitimate right-to-left text needs none of these: Arabic and Hebrew pass unchanged,
// with their direction marks (LRM, RLM, ALM), and so do joiners in Persian words and emoji sequences.
import {
  codePointLabel,
  describeCharacter,
  isBidiControl,
  isControl,
  isLineBreak,
  isNoncharacter,
  isSurrogate,
  isVisible,
} from './characters.ts';

export type TextProblemKind =
  | 'surrogate'
  | 'control'
  | 'line-break'
  | 'bidi-control'
  | 'noncharacter'
  | 'invisible-only';

/**
 * What is wrong with a text. `position` counts characters (code points) from 1; null when the problem is the
 * text as a whole. The message names the character and where it is, never the text itself.
 */
export type TextProblem = {
  kind: TextProblemKind;
  codePoint: number;
  position: number | null;
  message: string;
};

/** Names, titles and labels are one line; point texts, descriptions and notes may hold line breaks and tabs. */
export type TextShape = { multiline: boolean };

const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;

function kindOf(cp: number, multiline: boolean): TextProblemKind | null {
  if (isSurrogate(cp)) return 'surrogate';
  if (cp === TAB) return multiline ? null : 'line-break';
  if (isLineBreak(cp) && cp !== CARRIAGE_RETURN) return multiline ? null : 'line-break';
  if (isControl(cp)) return 'control';
  if (isBidiControl(cp)) return 'bidi-control';
  if (isNoncharacter(cp)) return 'noncharacter';
  return null;
}

function hint(kind: TextProblemKind, cp: number, multiline: boolean): string {
  if (kind === 'line-break') return '; this field is one line';
  if (cp === CARRIAGE_RETURN)
    return multiline ? '; end lines with a line feed (U+000A) alone' : '; this field is one line';
  return '';
}

/** The first thing that keeps `text` out of the log, or null when it may go in as it is. */
export function findTextProblem(text: string, { multiline }: TextShape): TextProblem | null {
  let position = 0;
  let firstUnseen: number | null = null;
  let visible = false;
  for (const ch of text) {
    position++;
    const cp = ch.codePointAt(0) ?? 0;
    const kind = kindOf(cp, multiline);
    if (kind !== null) {
      const message = `contains ${describeCharacter(cp)} at character ${position}${hint(kind, cp, multiline)}`;
      return { kind, codePoint: cp, position, message };
    }
    if (isVisible(cp)) visible = true;
    else firstUnseen ??= cp;
  }
  if (visible || firstUnseen === null) return null;
  return {
    kind: 'invisible-only',
    codePoint: firstUnseen,
    position: null,
    message: `has no visible character, only blank or invisible ones (such as ${codePointLabel(firstUnseen)})`,
  };
}
