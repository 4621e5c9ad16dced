// Byte helpers that work the same in Node and the browser (no Buffer): Uint8Array everywhere.
import { badInput } from './errors.ts';

const encoder = new TextEncoder();
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map<string, number>([...B64].map((c, i) => [c, i]));

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[n >> 18] as string;
    out += B64[(n >> 12) & 63] as string;
    out += b === undefined ? '=' : (B64[(n >> 6) & 63] as string);
    out += c === undefined ? '=' : (B64[n & 63] as string);
  }
  return out;
}

/**
 * Strict standard base64 (RFC 4648 §4, padded): no whitespace, no URL alphabet, and the unused bits of the last
 * group must be zero, so every byte string has exactly one accepted encoding (no malleable proofs or keys).
 */
export function fromBase64(s: string): Uint8Array {
  if (typeof s !== 'string' || s.length % 4 !== 0)
    throw badInput('invalid base64: length is not a multiple of 4');
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const last = i + 4 === s.length;
    const v = [0, 1, 2, 3].map((k) => {
      const ch = s[i + k] as string;
      if (ch === '=' && last && k >= 4 - pad) return 0;
      const d = B64_VALUE.get(ch);
      if (d === undefined) throw badInput(`invalid base64 character at ${i + k}`);
      return d;
    }) as [number, number, number, number];
    const n = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
    if (last && pad > 0 && (pad === 2 ? n & 0xffff : n & 0xff) !== 0) {
      throw badInput('invalid base64: non-zero padding bits');
    }
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Lower- or upper-case hex, even length, nothing else. */
export function fromHex(s: string): Uint8Array {
  if (typeof s !== 'string' || s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) {
    throw badInput('invalid hex string');
  }
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Byte equality (not constant-time: everything compared here is public: hashes, roots, key IDs). */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
