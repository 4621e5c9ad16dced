import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findAmbiguousKey } from './strict-json.ts';

describe('findAmbiguousKey', () => {
  test('one key per object passes, wherever else the same name appears', () => {
    for (const text of [
      '{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}',
      '[{"k":1},{"k":1}]',
      '{"s":"__proto__","t":["__proto__"]}',
      '{"a":"{\\"a\\":1,","b":"\\"a\\""}',
      '{}',
      '"text"',
      '{"a":[],"b":{}}',
    ])
      assert.equal(findAmbiguousKey(text), null, text);
  });

  test('a key given twice is named with its path', () => {
    assert.deepEqual(findAmbiguousKey('{"reservation":0.1,"reservation":0.9}'), {
      path: 'reservation',
      message: 'is given twice',
    });
    assert.deepEqual(findAmbiguousKey('{"points":[{"x":1},{"x":1,"y":"a,\\"b","x":3}]}'), {
      path: 'points.1.x',
      message: 'is given twice',
    });
    assert.deepEqual(findAmbiguousKey('{"p":[[1,2],{"v":{"k":1,"j":{},"k":2}}]}'), {
      path: 'p.1.v.k',
      message: 'is given twice',
    });
  });

  test('a key spelled with escapes is the same key', () => {
    assert.deepEqual(findAmbiguousKey('{"\\u0061":1,"a":2}'), { path: 'a', message: 'is given twice' });
  });

  test('"__proto__" is refused as a key, however it is spelled', () => {
    assert.deepEqual(findAmbiguousKey('{"v":{"__proto__":1}}'), {
      path: 'v.__proto__',
      message: 'is not an allowed key',
    });
    assert.deepEqual(findAmbiguousKey('{"\\u005f_proto__":{}}'), {
      path: '__proto__',
      message: 'is not an allowed key',
    });
  });
});
