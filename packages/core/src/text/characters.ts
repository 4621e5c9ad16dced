// The characters that let a text display differently from what it says, or not display at all: the classes
// `findTextProblem` refuses and `revealInvisible` shows as escapes. Code points, never UTF-16 units, so an emoji
// is one character and a lone surrogate is one (broken) character.

/** U+202A–U+202E (embeddings, overrides, pop) and U+2066–U+2069 (isolates): the "Trojan Source" characters. */
export function isBidiControl(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/** C0, DEL and C1 controls (tab and line feed included; callers decide where those are allowed). */
export function isControl(cp: number): boolean {
  return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f);
}

export function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** U+FDD0–U+FDEF and the last two code points of every plane: never meant for interchange. */
export function isNoncharacter(cp: number): boolean {
  return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
}

/** Characters that end a line: line feed, carriage return, and the Unicode line and paragraph separators. */
export function isLineBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;
}

// Format characters (Cf) that are visible: they print as a sign over the digits that follow them.
const VISIBLE_FORMAT = new Set([
  0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891, 0x08e2, 0x110bd, 0x110cd,
]);
const INVISIBLE_FORMAT = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u;

/**
 * Characters with no glyph of their own: default-ignorable code points (zero-width space and joiners, LRM/RLM/ALM,
 * soft hyphen, word joiner, BOM, variation selectors, tag characters, Hangul fillers, …) and format controls.
 */
export function isInvisibleFormat(cp: number): boolean {
  if (VISIBLE_FORMAT.has(cp)) return false;
  return INVISIBLE_FORMAT.test(String.fromCodePoint(cp));
}

const WHITE_SPACE = /^\p{White_Space}$/u;

/** Whitespace, or a character that draws as an empty cell (the Braille blank is a favourite "empty" name). */
export function isBlank(cp: number): boolean {
  return cp === 0x2800 || WHITE_SPACE.test(String.fromCodePoint(cp));
}

/** A character a reader can see: not blank, not an invisible format character, not a control or surrogate. */
export function isVisible(cp: number): boolean {
  return !isBlank(cp) && !isInvisibleFormat(cp) && !isControl(cp) && !isSurrogate(cp);
}

/** Marks that real right-to-left and mixed text relies on: LRM, RLM and the Arabic letter mark. */
export function isDirectionMark(cp: number): boolean {
  return cp === 0x200e || cp === 0x200f || cp === 0x061c;
}

/** Zero-width non-joiner and joiner: Persian and Indic spelling, emoji sequences. */
export function isJoiner(cp: number): boolean {
  return cp === 0x200c || cp === 0x200d;
}

/** Variation selectors (emoji and text presentation, CJK ideographic variants) and Mongolian ones. */
export function isVariationSelector(cp: number): boolean {
  return (
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0x180b && cp <= 0x180d) ||
    cp === 0x180f
  );
}

/** Tag characters: invisible, but they spell the subdivision flags (England, Scotland, Wales) after U+1F3F4. */
export function isTag(cp: number): boolean {
  return cp >= 0xe0000 && cp <= 0xe007f;
}

export const BLACK_FLAG = 0x1f3f4;

/** "U+202E", "U+1F3F4": how a character is named in messages and escapes. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

const NAMES: Record<number, string> = {
  0: 'a NUL character',
  9: 'a tab',
  10: 'a line break',
  13: 'a carriage return',
  27: 'an escape character',
  8232: 'a line separator',
  8233: 'a paragraph separator',
  8234: 'a left-to-right embedding',
  8235: 'a right-to-left embedding',
  8236: 'a pop directional formatting',
  8237: 'a left-to-right override',
  8238: 'a right-to-left override',
  8294: 'a left-to-right isolate',
  8295: 'a right-to-left isolate',
  8296: 'a first-strong isolate',
  8297: 'a pop directional isolate',
};

/** "a right-to-left override (U+202E)": what a character is, for a message that never quotes the text. */
export function describeCharacter(cp: number): string {
  const name =
    NAMES[cp] ??
    (cp >= 0xd800 && cp <= 0xdbff
      ? 'a lone high surrogate'
      : isSurrogate(cp)
        ? 'a lone low surrogate'
        : isControl(cp)
          ? 'a control character'
          : isNoncharacter(cp)
            ? 'a noncharacter'
            : isInvisibleFormat(cp)
              ? 'an invisible character'
              : 'a character');
  return `${name} (${codePointLabel(cp)})`;
}
