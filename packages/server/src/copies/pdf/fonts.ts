import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The three faces that render and read back exactly (STACK.md §5): Noto Sans for Latin and Cyrillic, Amiri for
// Arabic (Noto's Arabic draws dots as separate glyphs, which extractors turn into wrong letters), Noto Sans Hebrew.
// All TTF: WOFF2 prints invisible glyphs in pdfkit.
export type FaceName = 'sans' | 'arabic' | 'hebrew';

const FILES: Record<FaceName, string> = {
  sans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  arabic: '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf',
  hebrew: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
};

let loaded: Record<FaceName, Buffer> | undefined;

/** The font files, read once per process (about 1 MB together). */
export function faceFiles(): Record<FaceName, Buffer> {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const read = (face: FaceName) => readFileSync(require.resolve(FILES[face]));
    loaded = { sans: read('sans'), arabic: read('arabic'), hebrew: read('hebrew') };
  }
  return loaded;
}

const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** The face a character asks for by its script, or undefined when it has none (digits, spaces, punctuation). */
export function faceOfScript(char: string): FaceName | undefined {
  if (ARABIC.test(char)) return 'arabic';
  if (HEBREW.test(char)) return 'hebrew';
  if (NEUTRAL.test(char)) return undefined;
  return 'sans';
}

/**
 * One face per UTF-16 unit (the indices bidi-js works in): letters by their script; digits, spaces and
 * punctuation take the face of the letter before them (or after, at the start), so a number inside an Arabic
 * sentence is drawn in the same run as its neighbours — as long as that face has the glyph, else the first face
 * that does.
 */
export function facesOf(text: string, hasGlyph: (face: FaceName, codePoint: number) => boolean): FaceName[] {
  const own: (FaceName | undefined)[] = [];
  for (const char of text) {
    const face = faceOfScript(char);
    for (let unit = 0; unit < char.length; unit++) own.push(face);
  }
  let previous: FaceName = own.find((face) => face !== undefined) ?? 'sans';
  const faces: FaceName[] = [];
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.codePointAt(index) ?? 0;
    if (codePoint >= 0xdc00 && codePoint <= 0xdfff && index > 0) {
      faces.push(faces[index - 1] as FaceName); // the second half of a pair goes with the first
      continue;
    }
    const wanted = own[index] ?? previous;
    const face = hasGlyph(wanted, codePoint)
      ? wanted
      : (FALLBACK.find((f) => hasGlyph(f, codePoint)) ?? 'sans');
    faces.push(face);
    if (own[index] !== undefined) previous = face;
  }
  return faces;
}

const FALLBACK: readonly FaceName[] = ['sans', 'arabic', 'hebrew'];
