// JSON bodies are read strictly, so nothing is recorded that the sender did not unambiguously write:
// - bytes that are not UTF-8 would be decoded with replacement characters (U+FFFD) the sender never sent; such a
//   body is refused (400 invalid-utf8) as soon as it is read, before any route;
// - JSON.parse keeps the last of two equal keys and zod drops a "__proto__" key, so `{"reservation": 0.1,
//   "reservation": 0.9}` or `{"values": {"__proto__": 1}}` is refused (400) where the body is validated.
import type { Context, MiddlewareHandler } from 'hono';
import { type ProblemError, validationFailed } from '../problems.ts';
import { decodeUtf8Body } from './utf8-body.ts';

type Frame =
  | { kind: 'object'; keys: Set<string>; key: string | null; expectKey: boolean }
  | { kind: 'array'; index: number };

export type AmbiguousKey = { path: string; message: string };

const FORBIDDEN_KEYS = new Set(['__proto__']);

/** Reads a JSON string token starting at `start` (a quote); returns its value and the index after it. */
function readString(text: string, start: number): { value: string; end: number } {
  let j = start + 1;
  let escaped = false;
  while (j < text.length && text[j] !== '"') {
    if (text[j] === '\\') escaped = true;
    j += text[j] === '\\' ? 2 : 1;
  }
  const raw = text.slice(start, j + 1);
  return { value: escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1), end: j + 1 };
}

function pathOf(stack: Frame[], key: string): string {
  const parts = stack.slice(0, -1).map((f) => (f.kind === 'object' ? (f.key ?? '') : String(f.index)));
  return [...parts, key].join('.');
}

/**
 * The first key given twice in one object, or a "__proto__" key, in a text that is valid JSON; null when there
 * is none. (Text that is not valid JSON is left to the parser, which refuses it.)
 */
export function findAmbiguousKey(text: string): AmbiguousKey | null {
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (ch === '"') {
      const { value, end } = readString(text, i);
      i = end;
      if (top?.kind !== 'object' || !top.expectKey) continue;
      if (FORBIDDEN_KEYS.has(value)) return { path: pathOf(stack, value), message: 'is not an allowed key' };
      if (top.keys.has(value)) return { path: pathOf(stack, value), message: 'is given twice' };
      top.keys.add(value);
      top.key = value;
      top.expectKey = false;
      continue;
    }
    if (ch === '{') stack.push({ kind: 'object', keys: new Set(), key: null, expectKey: true });
    else if (ch === '[') stack.push({ kind: 'array', index: 0 });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',' && top?.kind === 'object') top.expectKey = true;
    else if (ch === ',' && top?.kind === 'array') top.index++;
    i++;
  }
  return null;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** The first duplicate or "__proto__" key of the JSON body, found before the body is parsed. */
    ambiguousJsonKey: AmbiguousKey | null;
  }
}

/**
 * Reads a JSON body before anything parses it. Invalid UTF-8 is refused here, so no route ever reads a text
 * decoded with replacement characters. The first ambiguous key is only noted: that refusal comes from the body
 * validator (`ambiguousJsonProblem`), so a route's own middleware still answers first (a write refuses the
 * public before it looks at the body).
 */
export function noteAmbiguousJson(): MiddlewareHandler {
  return async (c, next) => {
    c.set('ambiguousJsonKey', null);
    const type = c.req.header('content-type') ?? '';
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || !/json/i.test(type)) return next();
    // Checked on the bytes; the text the validator parses later is decoded from these same cached bytes, which
    // are UTF-8 by then, so it is this text exactly.
    const text = decodeUtf8Body(new Uint8Array(await c.req.arrayBuffer()));
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false; // the route's validator answers malformed-request
    }
    c.set('ambiguousJsonKey', valid ? findAmbiguousKey(text) : null);
    return next();
  };
}

/** The 400 problem for a body whose JSON gives a key twice or uses "__proto__", or null. */
export function ambiguousJsonProblem(c: Context): ProblemError | null {
  const found = c.get('ambiguousJsonKey') ?? null;
  if (found === null) return null;
  return validationFailed([found], 'the JSON body gives a key twice or uses a key that is not allowed');
}
