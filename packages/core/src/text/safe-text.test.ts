import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTextProblem } from './safe-text.ts';
import { HOSTILE, LEGITIMATE } from './samples.ts';

const line = { multiline: false };
const prose = { multiline: true };
const cp = (n: number) => String.fromCodePoint(n);

describe('findTextProblem', () => {
  test('real writing passes, right-to-left, joiners, marks and emoji included', () => {
    for (const [name, text] of Object.entries(LEGITIMATE)) {
      assert.equal(findTextProblem(text, line), null, name);
      assert.equal(findTextProblem(text, prose), null, name);
    }
    assert.equal(findTextProblem('', line), null, 'emptiness is the schema’s to judge');
    // Accepted, but shown as escapes on display (see reveal.ts): they hide nothing a reader needs to know.
    assert.equal(findTextProblem('demili\u00ADtarisation', line), null);
    assert.equal(findTextProblem('Ukr\u200Baine', line), null);
  });

  test('controls are refused everywhere, with their code point and position', () => {
    assert.deepEqual(findTextProblem('ab\u0000', prose), {
      kind: 'control',
      codePoint: 0,
      position: 3,
      message: 'contains a NUL character (U+0000) at character 3',
    });
    for (const n of [0x01, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f]) {
      const problem = findTextProblem(`x${cp(n)}`, prose);
      assert.equal(problem?.kind, 'control', n.toString(16));
      assert.equal(problem?.position, 2);
    }
    assert.equal(
      findTextProblem('a\r\nb', prose)?.message,
      'contains a carriage return (U+000D) at character 2; end lines with a line feed (U+000A) alone',
    );
  });

  test('line breaks and tabs: allowed in prose, refused in a one-line field', () => {
    for (const text of ['a\nb', 'a\tb', 'a\u2028b', 'a\u2029b']) {
      assert.equal(findTextProblem(text, prose), null, JSON.stringify(text));
      assert.equal(findTextProblem(text, line)?.kind, 'line-break', JSON.stringify(text));
    }
    assert.equal(
      findTextProblem('Title\nInjected', line)?.message,
      'contains a line break (U+000A) at character 6; this field is one line',
    );
    assert.equal(
      findTextProblem('a\tb', line)?.message,
      'contains a tab (U+0009) at character 2; this field is one line',
    );
  });

  test('lone surrogates are refused; a proper pair is one character', () => {
    assert.equal(
      findTextProblem('ab\uD800', line)?.message,
      'contains a lone high surrogate (U+D800) at character 3',
    );
    assert.equal(
      findTextProblem('\uDFFFab', line)?.message,
      'contains a lone low surrogate (U+DFFF) at character 1',
    );
    assert.equal(findTextProblem('\uDC00\uD800', line)?.kind, 'surrogate', 'a pair in the wrong order');
    assert.equal(findTextProblem('😀\uD83D', line)?.position, 2, 'the emoji before it counts once');
  });

  test('every bidirectional embedding, override and isolate is refused, even balanced', () => {
    const names: Record<number, string> = {
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
    for (const [n, name] of Object.entries(names)) {
      const problem = findTextProblem(`if (admin) ${cp(Number(n))}x`, prose);
      assert.equal(problem?.kind, 'bidi-control');
      assert.equal(
        problem?.message,
        `contains ${name} (U+${Number(n).toString(16).toUpperCase()}) at character 12`,
      );
    }
    assert.equal(findTextProblem('اتفاق \u2067السلام\u2069', prose)?.kind, 'bidi-control');
  });

  test('noncharacters are refused', () => {
    for (const n of [0xfdd0, 0xfdef, 0xfffe, 0xffff, 0x1fffe, 0x10ffff]) {
      assert.equal(findTextProblem(`a${cp(n)}`, prose)?.kind, 'noncharacter', n.toString(16));
    }
    assert.equal(findTextProblem(`a${cp(0xfdcf)}${cp(0xfdf0)}`, prose), null, 'the neighbours are letters');
  });

  test('a text of only invisible or blank characters is refused', () => {
    const invisible = [
      0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x00ad, 0x034f,
      0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180e, 0x180f, 0x3164, 0xffa0, 0xfe0f, 0xe0100,
      0xe0001, 0xe0041, 0xe007f, 0x2800, 0xfff9,
    ];
    for (const n of invisible) {
      const problem = findTextProblem(cp(n), line);
      assert.equal(problem?.kind, 'invisible-only', n.toString(16));
      assert.equal(problem?.position, null);
    }
    assert.equal(
      findTextProblem('\u200B \u3000\u200D', prose)?.message,
      'has no visible character, only blank or invisible ones (such as U+200B)',
    );
    assert.equal(findTextProblem('\u200Bx', line), null, 'one visible character is enough');
    assert.equal(findTextProblem('\u0600', line), null, 'an Arabic number sign prints');
  });

  test('a message never quotes the text', () => {
    for (const [name, text] of Object.entries(HOSTILE)) {
      const problem = findTextProblem(text, prose);
      assert.ok(problem, name);
      assert.ok(!/Peace|plan|nalp/.test(problem.message), `${name}: ${problem.message}`);
    }
  });
});
