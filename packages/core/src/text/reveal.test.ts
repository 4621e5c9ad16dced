import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { revealInvisible, toDisplayJson } from './reveal.ts';
import { HOSTILE, LEGITIMATE } from './samples.ts';

// Nothing in a revealed text may hide, reorder or break what is shown (written out here, not taken from the
// module under test).
const HIDING = [
  [0x00, 0x08],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
  [0x200b, 0x200b],
  [0x202a, 0x202e],
  [0x2060, 0x2069],
  [0xfeff, 0xfeff],
  [0xfffe, 0xffff],
];
const hides = (text: string) =>
  Array.from(text).some((ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    return HIDING.some(([from = 0, to = 0]) => cp >= from && cp <= to);
  });

describe('revealInvisible', () => {
  test('real writing comes back unchanged, right-to-left and emoji included', () => {
    for (const [name, text] of Object.entries(LEGITIMATE)) assert.equal(revealInvisible(text), text, name);
    assert.equal(revealInvisible('line one\n\tline two'), 'line one\n\tline two');
  });

  test('bidi controls, controls and lone surrogates show as escapes', () => {
    assert.equal(revealInvisible('Peace \u202Enalp'), 'Peace ⟦U+202E⟧nalp');
    assert.equal(revealInvisible('a\u2067b\u2069'), 'a⟦U+2067⟧b⟦U+2069⟧');
    assert.equal(revealInvisible('a\u0000b\u001b[31m'), 'a⟦U+0000⟧b⟦U+001B⟧[31m');
    assert.equal(revealInvisible('a\r\nb'), 'a⟦U+000D⟧\nb');
    assert.equal(revealInvisible('a\uD800b'), 'a⟦U+D800⟧b');
    assert.equal(revealInvisible('\uFFFE'), '⟦U+FFFE⟧');
    for (const [name, text] of Object.entries(HOSTILE)) {
      const shown = revealInvisible(text);
      assert.ok(!hides(shown), name);
      assert.ok(!/\p{Cs}/u.test(shown), name);
    }
  });

  test('invisible characters show where they could hide something', () => {
    assert.equal(revealInvisible('Ukr\u200Baine'), 'Ukr⟦U+200B⟧aine', 'a zero-width space inside a name');
    assert.equal(revealInvisible('\u200E'), '⟦U+200E⟧', 'a mark with nothing to mark');
    assert.equal(revealInvisible('\u200Dx'), '⟦U+200D⟧x', 'a joiner with nothing before it');
    assert.equal(revealInvisible('x\u200D'), 'x⟦U+200D⟧', 'a joiner with nothing after it');
    assert.equal(revealInvisible('\uFE0F'), '⟦U+FE0F⟧', 'a variation selector alone');
    assert.equal(revealInvisible('a\u{E0041}b'), 'a⟦U+E0041⟧b', 'a tag outside a flag');
    assert.equal(revealInvisible('x\u2064y'), 'x⟦U+2064⟧y');
    assert.equal(revealInvisible('demili\u00ADtarisation'), 'demili⟦U+00AD⟧tarisation');
  });

  test('one-line output also shows line breaks and tabs', () => {
    assert.equal(revealInvisible('label\nforged line', { singleLine: true }), 'label⟦U+000A⟧forged line');
    assert.equal(revealInvisible('a\tb\u2028c', { singleLine: true }), 'a⟦U+0009⟧b⟦U+2028⟧c');
  });
});

describe('toDisplayJson', () => {
  const hostile = { ...HOSTILE, 'key\u202E': ['\u200B', { note: 'a\u2066b' }] };

  test('parses back to exactly the same value, so it can still be hashed', () => {
    for (const space of [undefined, 2]) {
      assert.deepEqual(JSON.parse(toDisplayJson(hostile, space)), hostile);
      assert.deepEqual(JSON.parse(toDisplayJson(LEGITIMATE, space)), LEGITIMATE);
    }
  });

  test('writes hidden characters as escapes and leaves real writing as it is', () => {
    const shown = toDisplayJson(hostile, 2);
    assert.ok(!hides(shown));
    assert.ok(shown.includes('"Peace \\u202enalp"'));
    assert.ok(shown.includes('"key\\u202e"'), 'keys too');
    assert.ok(shown.includes('"Peace\\u0000plan"'));
    assert.equal(toDisplayJson(LEGITIMATE, 2), JSON.stringify(LEGITIMATE, null, 2));
    assert.equal(toDisplayJson({ t: 'a\n"b"\\' }), JSON.stringify({ t: 'a\n"b"\\' }));
    assert.equal(toDisplayJson('\u{E0041}'), '"\\udb40\\udc41"', 'astral characters as a surrogate pair');
  });
});
