// RFC 8785 JSON Canonicalization Scheme (JCS). The canonical text of an event is what its leaf commits to, so
// the same value must give the same bytes in the server, the CLI and every browser.
import { LedgerError } from './errors.ts';

function fail(path: string, why: string): never {
  throw new LedgerError('BAD_INPUT', `canonicalJson: ${why} at ${path || '$'}`);
}

// With the u flag a surrogate pair is one code point, so \p{Cs} only matches unpaired halves.
const LONE_SURROGATE = /\p{Cs}/u;

// JSON.stringify of a string already follows RFC 8785 §3.2.2.2 (short escapes for \b \t \n \f \r \" \\, \u00xx
// lowercase for other controls, everything else literal). Lone surrogates are not I-JSON: refuse them.
function canonicalString(s: string, path: string): string {
  if (LONE_SURROGATE.test(s)) fail(path, 'string with a lone surrogate');
  return JSON.stringify(s);
}

// ECMAScript Number::toString is exactly RFC 8785 §3.2.2.3; -0 becomes "0".
function canonicalNumber(n: number, path: string): string {
  if (!Number.isFinite(n)) fail(path, `non-finite number ${String(n)}`);
  return Object.is(n, -0) ? '0' : String(n);
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function walk(value: unknown, path: string, stack: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return canonicalString(value, path);
    case 'number':
      return canonicalNumber(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return fail(path, `unsupported value of type ${typeof value}`);
  }
  if (value === null) return 'null';
  if (stack.has(value)) fail(path, 'cyclic value');
  stack.add(value);
  let out: string;
  if (Array.isArray(value)) {
    // Index loop rather than map(): map skips holes, which would print "[1,,2]"; a hole reads as undefined here.
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) items.push(walk(value[i], `${path}[${i}]`, stack));
    out = `[${items.join(',')}]`;
  } else if (isPlainObject(value)) {
    if (Object.getOwnPropertySymbols(value).length > 0) fail(path, 'symbol-keyed property');
    // Default sort compares UTF-16 code units, which is exactly what RFC 8785 §3.2.3 asks for.
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    out = `{${keys.map((k) => `${canonicalString(k, path)}:${walk(record[k], `${path}.${k}`, stack)}`).join(',')}}`;
  } else {
    fail(path, `unsupported object ${Object.prototype.toString.call(value)}`);
  }
  stack.delete(value);
  return out;
}

/**
 * RFC 8785 canonical JSON text of a JSON-compatible value. Throws LedgerError('BAD_INPUT') for anything JSON cannot
 * represent exactly: undefined (also as a property value), functions, symbols, bigint, NaN/Infinity, cycles,
 * lone surrogates and non-plain objects (Date, Map, typed arrays...), instead of silently dropping or coercing.
 */
export function canonicalJson(value: unknown): string {
  return walk(value, '', new Set());
}
