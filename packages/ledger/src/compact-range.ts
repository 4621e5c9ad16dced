// The right edge of the tree: the roots of the perfect subtrees covering leaves [0, size), largest first, one per
// set bit of size. Appending costs O(1) amortised hashes and yields every node it completes, so a store that
// keeps those (insert-only, keyed by level and index) can serve any proof later.
import { badInput, checkHash, checkIndex } from './errors.ts';
import { emptyRoot, hashChildren } from './hashing.ts';

export type StoredNode = { level: number; index: number; hash: Uint8Array };

const MAX_LEVEL = 53;

export class CompactRange {
  #size = 0;
  // Perfect-subtree roots from left (highest level) to right (lowest level).
  #nodes: Uint8Array[] = [];

  get size(): number {
    return this.#size;
  }

  /** Resumes from stored nodes: asks `getNode` for the O(log n) perfect subtrees that make up [0, size). */
  static fromNodes(size: number, getNode: (level: number, index: number) => Uint8Array): CompactRange {
    checkIndex('size', size);
    const range = new CompactRange();
    let start = 0;
    for (let level = MAX_LEVEL; level >= 0; level--) {
      const width = 2 ** level;
      if (Math.floor(size / width) % 2 === 1) {
        const hash = getNode(level, start / width);
        checkHash(`stored node (${level}, ${start / width})`, hash);
        range.#nodes.push(hash.slice());
        start += width;
      }
    }
    range.#size = size;
    return range;
  }

  /** Appends one leaf hash; returns the leaf node and every perfect-subtree node this append completed. */
  append(leafHash: Uint8Array): StoredNode[] {
    checkHash('leaf hash', leafHash);
    if (!Number.isSafeInteger(this.#size + 1)) throw badInput('tree is full');
    let index = this.#size;
    let level = 0;
    // Copied: the caller may reuse its buffer, and the range keeps this hash until it is merged.
    let hash: Uint8Array = leafHash.slice();
    const completed: StoredNode[] = [{ level, index, hash }];
    // Every trailing 1-bit of the old size is a left sibling waiting for this subtree.
    while (index % 2 === 1) {
      const left = this.#nodes.pop() as Uint8Array;
      hash = hashChildren(left, hash);
      index = (index - 1) / 2;
      level++;
      completed.push({ level, index, hash });
    }
    this.#nodes.push(hash);
    this.#size++;
    return completed;
  }

  /** RFC 6962 root of [0, size): fold the perfect subtrees from the right. */
  root(): Uint8Array {
    const last = this.#nodes.length - 1;
    if (last < 0) return emptyRoot();
    let root = this.#nodes[last] as Uint8Array;
    for (let i = last - 1; i >= 0; i--) root = hashChildren(this.#nodes[i] as Uint8Array, root);
    return root;
  }
}
