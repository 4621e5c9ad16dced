// A request body is text only if it is UTF-8. Decoding anything else "leniently" (as Request#text does) turns
// each bad byte into U+FFFD, and the log would then keep forever a text the sender never wrote.
import { ProblemError } from '../problems.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// A lead byte's sequence length and the range allowed for the byte after it (RFC 3629, section 4): the narrow
// ranges after E0, ED, F0 and F4 exclude overlong forms, surrogates and code points above U+10FFFF.
function leadByte(b: number): [length: number, lo: number, hi: number] {
  if (b < 0x80) return [1, 0, 0];
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

/** The offset of the first byte that starts no valid UTF-8 character, or null when all of it is UTF-8. */
export function invalidUtf8Offset(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const [length, lo, hi] = leadByte(bytes[i] ?? 0);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += length;
  }
  return null;
}

/** The body as text, decoded strictly (a leading BOM is dropped, as `Request#text` does); 400 when not UTF-8. */
export function decodeUtf8Body(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const offset = invalidUtf8Offset(bytes);
    throw new ProblemError({
      status: 400,
      slug: 'invalid-utf8',
      title: 'Body is not UTF-8',
      detail:
        offset === null
          ? 'the body is not valid UTF-8'
          : `the body is not valid UTF-8: the byte at offset ${offset} starts no valid character`,
    });
  }
}
