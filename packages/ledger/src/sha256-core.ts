// A small allocation-free SHA-256 (FIPS 180-4). noble's general-purpose sha256 spends most of its time creating
// hasher objects; Merkle proofs hash millions of tiny fixed-size inputs, so this keeps one state and one message
// schedule and reuses them (K as Int32Array: values stay small integers for V8, not heap doubles). Interior
// nodes (two blocks, hashed millions of times) go to the unrolled sha256-node.ts. Cross-checked against noble
// and FIPS vectors in sha256-core.test.ts and sha256-node.test.ts.
import { IV, K } from './sha256-constants.ts';
import { nodeWordsUnrolled } from './sha256-node.ts';

const W = new Int32Array(64);
const S = new Int32Array(8);
const TAIL = new Uint8Array(128);
const NODE_LEFT = new Int32Array(8);
const NODE_RIGHT = new Int32Array(8);

// Loads one 64-byte block into w[o..o+15] and expands the message schedule w[o+16..o+63].
function schedule(block: Uint8Array, offset: number, w: Int32Array, o: number): void {
  for (let t = 0, i = offset; t < 16; t++, i += 4) {
    w[o + t] =
      ((block[i] as number) << 24) |
      ((block[i + 1] as number) << 16) |
      ((block[i + 2] as number) << 8) |
      (block[i + 3] as number);
  }
  expand(w, o);
}

// Message schedule w[o+16..o+63] from the block's 16 words w[o..o+15].
function expand(w: Int32Array, o: number): void {
  for (let t = o + 16; t < o + 64; t++) {
    const x = w[t - 15] as number;
    const y = w[t - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = ((s1 + (w[t - 7] as number)) | 0) + ((s0 + (w[t - 16] as number)) | 0);
  }
}

function compress(block: Uint8Array, offset: number): void {
  schedule(block, offset, W, 0);
  rounds(W, 0);
}

// The 64 rounds over the schedule w[o..o+63], added into the state S.
function rounds(w: Int32Array, o: number): void {
  let a = S[0] as number;
  let b = S[1] as number;
  let c = S[2] as number;
  let d = S[3] as number;
  let e = S[4] as number;
  let f = S[5] as number;
  let g = S[6] as number;
  let h = S[7] as number;
  // Eight rounds per iteration with rotating variable roles instead of shifting a..h every round.
  for (let t = 0; t < 64; t += 8) {
    h =
      (((h +
        ((((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) +
          ((e & f) ^ (~e & g)))) |
        0) +
        (((K[t + 0] as number) + (w[o + t + 0] as number)) | 0)) |
      0;
    d = (d + h) | 0;
    h =
      (h +
        ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) +
          ((a & b) ^ (a & c) ^ (b & c)))) |
      0;
    g =
      (((g +
        ((((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) +
          ((d & e) ^ (~d & f)))) |
        0) +
        (((K[t + 1] as number) + (w[o + t + 1] as number)) | 0)) |
      0;
    c = (c + g) | 0;
    g =
      (g +
        ((((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) +
          ((h & a) ^ (h & b) ^ (a & b)))) |
      0;
    f =
      (((f +
        ((((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) +
          ((c & d) ^ (~c & e)))) |
        0) +
        (((K[t + 2] as number) + (w[o + t + 2] as number)) | 0)) |
      0;
    b = (b + f) | 0;
    f =
      (f +
        ((((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) +
          ((g & h) ^ (g & a) ^ (h & a)))) |
      0;
    e =
      (((e +
        ((((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) +
          ((b & c) ^ (~b & d)))) |
        0) +
        (((K[t + 3] as number) + (w[o + t + 3] as number)) | 0)) |
      0;
    a = (a + e) | 0;
    e =
      (e +
        ((((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) +
          ((f & g) ^ (f & h) ^ (g & h)))) |
      0;
    d =
      (((d +
        ((((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) +
          ((a & b) ^ (~a & c)))) |
        0) +
        (((K[t + 4] as number) + (w[o + t + 4] as number)) | 0)) |
      0;
    h = (h + d) | 0;
    d =
      (d +
        ((((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) +
          ((e & f) ^ (e & g) ^ (f & g)))) |
      0;
    c =
      (((c +
        ((((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) +
          ((h & a) ^ (~h & b)))) |
        0) +
        (((K[t + 5] as number) + (w[o + t + 5] as number)) | 0)) |
      0;
    g = (g + c) | 0;
    c =
      (c +
        ((((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) +
          ((d & e) ^ (d & f) ^ (e & f)))) |
      0;
    b =
      (((b +
        ((((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) +
          ((g & h) ^ (~g & a)))) |
        0) +
        (((K[t + 6] as number) + (w[o + t + 6] as number)) | 0)) |
      0;
    f = (f + b) | 0;
    b =
      (b +
        ((((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) +
          ((c & d) ^ (c & e) ^ (d & e)))) |
      0;
    a =
      (((a +
        ((((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) +
          ((f & g) ^ (~f & h)))) |
        0) +
        (((K[t + 7] as number) + (w[o + t + 7] as number)) | 0)) |
      0;
    e = (e + a) | 0;
    a =
      (a +
        ((((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) +
          ((b & c) ^ (b & d) ^ (c & d)))) |
      0;
  }
  S[0] = ((S[0] as number) + a) | 0;
  S[1] = ((S[1] as number) + b) | 0;
  S[2] = ((S[2] as number) + c) | 0;
  S[3] = ((S[3] as number) + d) | 0;
  S[4] = ((S[4] as number) + e) | 0;
  S[5] = ((S[5] as number) + f) | 0;
  S[6] = ((S[6] as number) + g) | 0;
  S[7] = ((S[7] as number) + h) | 0;
}

function digest(): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const v = S[i] as number;
    out[4 * i] = v >>> 24;
    out[4 * i + 1] = v >>> 16;
    out[4 * i + 2] = v >>> 8;
    out[4 * i + 3] = v;
  }
  return out;
}

/** SHA-256 of any byte string. */
export function sha256Bytes(data: Uint8Array): Uint8Array {
  S.set(IV);
  const n = data.length;
  let offset = 0;
  for (; offset + 64 <= n; offset += 64) compress(data, offset);
  const rest = n - offset;
  TAIL.fill(0);
  TAIL.set(data.subarray(offset), 0);
  TAIL[rest] = 0x80;
  const end = rest + 9 <= 64 ? 64 : 128;
  // Message length in bits, big-endian 64-bit (n < 2^53 bytes, so split into high and low 32-bit words).
  const high = Math.floor(n / 0x20000000);
  const low = (n * 8) >>> 0;
  TAIL[end - 8] = high >>> 24;
  TAIL[end - 7] = high >>> 16;
  TAIL[end - 6] = high >>> 8;
  TAIL[end - 5] = high;
  TAIL[end - 4] = low >>> 24;
  TAIL[end - 3] = low >>> 16;
  TAIL[end - 2] = low >>> 8;
  TAIL[end - 1] = low;
  compress(TAIL, 0);
  if (end === 128) compress(TAIL, 64);
  return digest();
}

/** SHA-256(0x01 ‖ left ‖ right) for two 32-byte hashes (the caller checks the lengths). */
export function sha256Node(left: Uint8Array, right: Uint8Array): Uint8Array {
  toWords(left, NODE_LEFT);
  toWords(right, NODE_RIGHT);
  nodeWordsUnrolled(NODE_LEFT, NODE_RIGHT, S);
  return digest();
}

// Word-level node hashing for verifiers that chain many node hashes: the running hash stays as eight big-endian
// 32-bit words between steps (no byte conversion, no allocation per level).

/** Big-endian words of a 32-byte hash into `out`. */
export function toWords(hash: Uint8Array, out: Int32Array): void {
  for (let t = 0, i = 0; t < 8; t++, i += 4) {
    out[t] =
      ((hash[i] as number) << 24) |
      ((hash[i + 1] as number) << 16) |
      ((hash[i + 2] as number) << 8) |
      (hash[i + 3] as number);
  }
}

/** The 32 bytes of a hash held as words. */
export function fromWords(words: Int32Array): Uint8Array {
  S.set(words);
  return digest();
}

/** out = SHA-256(0x01 ‖ left ‖ right) on word form; `out` may be `left` or `right` (see sha256-node.ts). */
export const nodeWords = nodeWordsUnrolled;
