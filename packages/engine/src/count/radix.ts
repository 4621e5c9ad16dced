// Argsort of float keys by LSD radix sort on their IEEE-754 bits. V8's comparator sort takes seconds on the
// millions of half-vectors meet-in-the-middle produces; this takes tens of milliseconds. Keys travel with their
// indexes through the passes, so every pass reads memory in order.

/** Indexes 0..n-1 ordered by ascending key (stable; -0 before +0; keys must not be NaN). */
export function argsortAscending(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const bits = new Uint32Array(keys.buffer.slice(keys.byteOffset, keys.byteOffset + n * 8));
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  // Map each double to an unsigned 64-bit integer with the same order: flip all bits of negatives, else the sign.
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let order = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const h = bits[2 * k + (littleEndian ? 1 : 0)] as number;
    const l = bits[2 * k + (littleEndian ? 0 : 1)] as number;
    const negative = h >>> 31 === 1;
    hi[k] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[k] = negative ? ~l >>> 0 : l;
    order[k] = k;
  }
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let order2 = new Uint32Array(n);
  const counts = new Uint32Array(2049);
  // 11-bit digits: 2048 buckets keep the scattered writes within cache; 6 passes cover 64 bits.
  for (let digit = 0; digit < 6; digit++) {
    const useHi = digit >= 3;
    const shift = (digit % 3) * 11;
    const word = useHi ? hi : lo;
    counts.fill(0);
    for (let k = 0; k < n; k++) {
      const d = ((word[k] as number) >>> shift) & 0x7ff;
      counts[d + 1] = (counts[d + 1] as number) + 1;
    }
    for (let d = 0; d < 2048; d++) counts[d + 1] = (counts[d + 1] as number) + (counts[d] as number);
    for (let k = 0; k < n; k++) {
      const d = ((word[k] as number) >>> shift) & 0x7ff;
      const at = counts[d] as number;
      counts[d] = at + 1;
      hi2[at] = hi[k] as number;
      lo2[at] = lo[k] as number;
      order2[at] = order[k] as number;
    }
    [hi, hi2, lo, lo2, order, order2] = [hi2, hi, lo2, lo, order2, order];
  }
  return order;
}
