import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ProblemError } from '../problems.ts';
import { decodeUtf8Body, invalidUtf8Offset } from './utf8-body.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeUtf8Body', () => {
  test('UTF-8 decodes as it is, every script and plane', () => {
    for (const text of ['{"title":"اتفاق السلام"}', 'הסכם שלום', 'Мирна угода', '和平', '👨‍👩‍👧', '']) {
      assert.equal(decodeUtf8Body(utf8(text)), text);
      assert.equal(invalidUtf8Offset(utf8(text)), null);
    }
  });

  test('anything else is a 400 invalid-utf8 problem naming the first bad byte', () => {
    const cases: [Uint8Array, number][] = [
      [bytes(0x7b, 0x22, 0xff, 0x22, 0x7d), 2], // a byte UTF-8 never uses
      [bytes(0x61, 0x80), 1], // a continuation byte with no lead
      [bytes(0xc0, 0xaf), 0], // overlong "/"
      [bytes(0xe0, 0x80, 0xaf), 0], // overlong, three bytes
      [bytes(0xed, 0xa0, 0x80), 0], // an encoded surrogate (U+D800)
      [bytes(0xf4, 0x90, 0x80, 0x80), 0], // above U+10FFFF
      [bytes(0x61, 0x62, 0xe2, 0x82), 2], // cut short at the end
      [bytes(0xe2, 0x28, 0xa1), 0], // a lead byte followed by ASCII
    ];
    for (const [body, offset] of cases) {
      assert.equal(invalidUtf8Offset(body), offset, Array.from(body).join(','));
      assert.throws(
        () => decodeUtf8Body(body),
        (e: unknown) =>
          e instanceof ProblemError &&
          e.status === 400 &&
          e.slug === 'invalid-utf8' &&
          e.detail === `the body is not valid UTF-8: the byte at offset ${offset} starts no valid character`,
      );
    }
  });
});
