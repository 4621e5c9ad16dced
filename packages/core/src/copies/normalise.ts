// Normalisation for comparing a pasted or extracted text with a released copy. Tolerated: white space and line
// breaks, typographic quotes and dashes, invisible format characters, Markdown emphasis and list marks, and
// compatibility forms (NFKC). Everything else (letters, digits, punctuation other than quotes and dashes) is kept,
// so wording and numbers stay strict.

const INVISIBLE = /[\u00AD\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00A0\u2007\u202F]+/g;

/** Quotes, dashes, invisible characters and white space made uniform; case kept. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

/**
 * The form fingerprint choices are read in: like `normaliseText` but lower case, and with no-break spaces
 * kept apart from the absence of a space (`600 000` and `600000` are different choices). Mirrored brackets
 * from a PDF's right-to-left lines are dropped.
 */
export function detectionForm(text: string): string {
  return normaliseText(text)
    .toLowerCase()
    .replace(/[()[\]{}<>]/g, '');
}

/** Markdown emphasis, headings, quotes and bullets as a reader pastes them from the Markdown copy. */
export function stripMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*(?:>\s*)+/, '')
        .replace(/^\s*[-*+]\s+/, '')
        .replace(/\*\*|__/g, ''),
    )
    .join('\n');
}
