// Showing a stored text so that it cannot display differently from what it says. New texts cannot hold these
// characters (see safe-text.ts), but the log keeps entries written before that rule and texts from elsewhere
// (imported domains, pasted events), so every reader shows them through here.
import {
  BLACK_FLAG,
  codePointLabel,
  isBidiControl,
  isControl,
  isDirectionMark,
  isInvisibleFormat,
  isJoiner,
  isLineBreak,
  isNoncharacter,
  isSurrogate,
  isTag,
  isVariationSelector,
  isVisible,
} from './characters.ts';

export type RevealOptions = {
  /** Also show line breaks and tabs as escapes: for a value printed on one line (a terminal list, a label). */
  singleLine?: boolean;
};

const codePoints = (text: string): number[] => Array.from(text, (ch) => ch.codePointAt(0) ?? 0);

/**
 * Which characters must be shown as escapes. Kept as they are: line breaks and tabs (unless single-line), direction
 * marks in a text that has something visible, joiners between visible characters, variation selectors after a
 * visible character, and tag characters that spell a flag after U+1F3F4. Everything else that is invisible or
 * acts on the display (bidi controls, controls, lone surrogates, noncharacters, format characters) is escaped.
 */
function hiddenCharacters(cps: number[], { singleLine = false }: RevealOptions): boolean[] {
  const anyVisible = cps.some(isVisible);
  const hidden: boolean[] = [];
  cps.forEach((cp, i) => {
    const before = cps[i - 1];
    const after = cps[i + 1];
    const visibleBefore = before !== undefined && (isVisible(before) || isVariationSelector(before));
    let hide: boolean;
    if (cp === 0x09 || (isLineBreak(cp) && cp !== 0x0d)) hide = singleLine;
    else if (isControl(cp) || isSurrogate(cp) || isBidiControl(cp) || isNoncharacter(cp)) hide = true;
    else if (!isInvisibleFormat(cp)) hide = false;
    else if (isDirectionMark(cp)) hide = !anyVisible;
    else if (isJoiner(cp)) hide = !(visibleBefore && after !== undefined && isVisible(after));
    else if (isVariationSelector(cp)) hide = !(before !== undefined && isVisible(before));
    else if (isTag(cp))
      hide = !(before === BLACK_FLAG || (before !== undefined && isTag(before) && !hidden[i - 1]));
    else hide = true;
    hidden.push(hide);
  });
  return hidden;
}

/**
 * The text with every character that could hide or reorder what it says shown as `⟦U+202E⟧`. Legitimate
 * text, right-to-left included, comes back unchanged.
 */
export function revealInvisible(text: string, options: RevealOptions = {}): string {
  const cps = codePoints(text);
  const hidden = hiddenCharacters(cps, options);
  if (!hidden.includes(true)) return text;
  return cps.map((cp, i) => (hidden[i] ? `⟦${codePointLabel(cp)}⟧` : String.fromCodePoint(cp))).join('');
}

const hex4 = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

/** One JSON string token with the characters `revealInvisible` would escape written as `\uXXXX` escapes. */
function displayJsonString(value: string): string {
  const cps = codePoints(value);
  const hidden = hiddenCharacters(cps, {});
  const body = cps.map((cp, i) => {
    // JSON.stringify already escapes C0 controls, with the short forms (\n, \t) where there are some.
    if (!hidden[i] || cp < 0x20) return JSON.stringify(String.fromCodePoint(cp)).slice(1, -1);
    if (cp <= 0xffff) return hex4(cp);
    const offset = cp - 0x10000;
    return hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff));
  });
  return `"${body.join('')}"`;
}

/**
 * `JSON.stringify(value, null, space)`, except that inside strings (keys included) every character that could
 * hide or reorder what is shown is written as a `\uXXXX` escape. The text parses back to exactly the same value,
 * so a reader can still hash it, yet a right-to-left override shows as `\u202e` instead of reordering the line.
 */
export function toDisplayJson(value: unknown, space?: number): string {
  const json = JSON.stringify(value, null, space);
  if (json === undefined) return 'null';
  return json.replace(/"(?:[^"\\]|\\.)*"/g, (token) => displayJsonString(JSON.parse(token) as string));
}
