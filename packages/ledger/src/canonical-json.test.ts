import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalJson } from './canonical-json.ts';
import { LedgerError } from './errors.ts';

const isBadInput = (e: unknown) => e instanceof LedgerError && e.code === 'BAD_INPUT';

function fromIeeeHex(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('RFC 8785 examples', () => {
  test('§3.2.2 sample: numbers, string escapes, literals, key order', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    );
    assert.equal(
      canonicalJson(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  test('§3.2.3 property sorting by UTF-16 code units', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",' +
        '"1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",' +
        '"\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    const text = canonicalJson(input);
    const order = ['\\r', '1', '\u0080', 'ö', '€', '😀', '\ufb33'].map((k) => text.indexOf(`"${k}"`));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    assert.ok(order.every((i) => i >= 0));
    assert.ok(text.startsWith('{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":'));
  });

  // Appendix B: IEEE 754 bit patterns and their canonical text.
  const numbers: [string, string][] = [
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ];
  for (const [hex, text] of numbers) {
    test(`Appendix B number ${hex} -> ${text}`, () => assert.equal(canonicalJson(fromIeeeHex(hex)), text));
  }
  for (const hex of ['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000']) {
    test(`Appendix B number ${hex} is refused`, () =>
      assert.throws(() => canonicalJson(fromIeeeHex(hex)), isBadInput));
  }
});

describe('refusals', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const cases: [string, unknown][] = [
    ['undefined', undefined],
    ['undefined property', { a: undefined }],
    ['undefined in array', [1, undefined]],
    ['function', { f: () => 1 }],
    ['bigint', { n: 1n }],
    ['symbol', Symbol('x')],
    ['NaN', [Number.NaN]],
    ['cycle', cyclic],
    ['Date', new Date(0)],
    ['Map', new Map()],
    ['Uint8Array', new Uint8Array(2)],
    ['lone surrogate value', '\ud800x'],
    ['lone surrogate key', { '\udc00': 1 }],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of this case
    ['array hole', [1, , 2]],
    ['symbol key', { [Symbol('k')]: 1 }],
  ];
  for (const [name, value] of cases) {
    test(name, () => assert.throws(() => canonicalJson(value), isBadInput));
  }
});

test('shared (non-cyclic) references are fine; nesting sorted at every level', () => {
  const shared = { z: 1, a: [true, null] };
  assert.equal(
    canonicalJson({ b: shared, a: shared }),
    '{"a":{"a":[true,null],"z":1},"b":{"a":[true,null],"z":1}}',
  );
  assert.equal(canonicalJson(Object.assign(Object.create(null), { y: '' })), '{"y":""}');
  assert.equal(canonicalJson([]), '[]');
  assert.equal(canonicalJson({}), '{}');
  assert.equal(canonicalJson('\u2028\u0007'), '"\u2028\\u0007"');
});
