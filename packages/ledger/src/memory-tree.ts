// An in-memory log keeping every perfect-subtree node, the way a database store would. Used by tests, the
// benchmark and small tools; the server stores the same nodes in PostgreSQL instead.
import { CompactRange } from './compact-range.ts';
import { badInput, checkIndex } from './errors.ts';
import { consistencyPlan, inclusionPlan, type NodeId } from './proof-plan.ts';

export class MemoryTree {
  #range = new CompactRange();
  // levels[level][index] = hash of that perfect subtree.
  #levels: Uint8Array[][] = [];

  get size(): number {
    return this.#range.size;
  }

  append(leafHash: Uint8Array): number {
    const index = this.#range.size;
    for (const node of this.#range.append(leafHash)) {
      const level = this.#levels[node.level] ?? [];
      this.#levels[node.level] = level;
      level[node.index] = node.hash;
    }
    return index;
  }

  #node = (level: number, index: number): Uint8Array => {
    const hash = this.#levels[level]?.[index];
    if (!hash) throw badInput(`node (${level}, ${index}) is not stored`);
    return hash;
  };

  #fetch(nodes: NodeId[]): Uint8Array[] {
    return nodes.map((n) => this.#node(n.level, n.index));
  }

  #checkSize(size: number): void {
    checkIndex('size', size);
    if (size > this.size) throw badInput(`size ${size} is larger than the tree (${this.size})`);
  }

  root(size: number = this.size): Uint8Array {
    this.#checkSize(size);
    if (size === this.size) return this.#range.root();
    return CompactRange.fromNodes(size, this.#node).root();
  }

  inclusionProof(index: number, size: number = this.size): Uint8Array[] {
    this.#checkSize(size);
    const plan = inclusionPlan(index, size);
    return plan.assemble(this.#fetch(plan.nodes));
  }

  consistencyProof(size1: number, size2: number = this.size): Uint8Array[] {
    this.#checkSize(size2);
    const plan = consistencyPlan(size1, size2);
    return plan.assemble(this.#fetch(plan.nodes));
  }
}
