// Proofs from stored nodes, with the node-index arithmetic of transparency-dev/merkle proof/proof.go: a proof is
// a list of subtree hashes; each is either a stored perfect subtree, or an "ephemeral" right-edge subtree that is
// not complete yet and is rehashed from the perfect subtrees covering it. The caller fetches `nodes` (O(log n))
// from its store and `assemble` turns them into the RFC 6962 proof.
import { badInput, checkHash, checkIndex } from './errors.ts';
import { hashChildren } from './hashing.ts';

export type NodeId = { level: number; index: number };
export type ProofPlan = { nodes: NodeId[]; assemble(hashes: Uint8Array[]): Uint8Array[] };

// One proof element = the perfect subtrees covering it, left to right (a single node unless ephemeral).
type Element = NodeId[];

/** Perfect subtrees covering leaves [begin, end) where begin is aligned to the largest of them: left to right. */
function rangeNodes(begin: number, end: number): NodeId[] {
  const nodes: NodeId[] = [];
  let start = begin;
  for (let level = 53; level >= 0 && start < end; level--) {
    const width = 2 ** level;
    if (start + width <= end && start % width === 0) {
      nodes.push({ level, index: start / width });
      start += width;
    }
  }
  return nodes;
}

/** Siblings on the way from node (level, index) up to the root of the tree of `size` leaves, bottom-up. */
function pathElements(level: number, index: number, size: number): Element[] {
  const elements: Element[] = [];
  let l = level;
  let i = index;
  // The node at (l, i) is the root once it starts at 0 and is at least as wide as the tree.
  while (!(i === 0 && 2 ** l >= size)) {
    const width = 2 ** l;
    const sibling = i % 2 === 0 ? i + 1 : i - 1;
    const begin = sibling * width;
    if (begin + width <= size) elements.push([{ level: l, index: sibling }]);
    else if (begin < size) elements.push(rangeNodes(begin, size));
    // else: no right sibling in this tree; the node is carried up unchanged (RFC 6962's uneven split).
    i = Math.floor(i / 2);
    l++;
  }
  return elements;
}

function plan(elements: Element[]): ProofPlan {
  const nodes = elements.flat();
  return {
    nodes,
    assemble(hashes: Uint8Array[]): Uint8Array[] {
      if (!Array.isArray(hashes) || hashes.length !== nodes.length) {
        throw badInput(
          `expected ${nodes.length} node hashes, got ${Array.isArray(hashes) ? hashes.length : 'none'}`,
        );
      }
      hashes.forEach((h, k) => {
        checkHash(`node (${nodes[k]?.level}, ${nodes[k]?.index})`, h);
      });
      let k = 0;
      return elements.map((element) => {
        const parts = hashes.slice(k, k + element.length);
        k += element.length;
        let hash = parts[parts.length - 1] as Uint8Array;
        for (let j = parts.length - 2; j >= 0; j--) hash = hashChildren(parts[j] as Uint8Array, hash);
        return hash;
      });
    },
  };
}

/** Plan for the inclusion proof of leaf `index` in the tree of `size` leaves (RFC 6962 PATH). */
export function inclusionPlan(index: number, size: number): ProofPlan {
  checkIndex('index', index);
  checkIndex('size', size);
  if (index >= size) throw badInput(`index ${index} is outside a tree of size ${size}`);
  return plan(pathElements(0, index, size));
}

/** Plan for the consistency proof from `size1` to `size2` (RFC 6962 PROOF); empty when size1 is 0 or equal. */
export function consistencyPlan(size1: number, size2: number): ProofPlan {
  checkIndex('size1', size1);
  checkIndex('size2', size2);
  if (size1 > size2) throw badInput(`size1 ${size1} is larger than size2 ${size2}`);
  if (size1 === 0 || size1 === size2) return plan([]);
  // The largest perfect subtree ending at size1 is the seed; the proof is the seed plus its path in size2.
  let level = 0;
  while ((size1 / 2 ** level) % 2 === 0) level++;
  const index = size1 / 2 ** level - 1;
  const path = pathElements(level, index, size2);
  // When size1 is a power of two the seed is the old root itself, which the verifier already has.
  return plan(index === 0 ? path : [[{ level, index }], ...path]);
}
