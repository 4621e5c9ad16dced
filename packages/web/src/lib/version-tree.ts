import type { VersionSummary } from '../api/types.ts';

export type VersionTreeNode = {
  version: VersionSummary;
  depth: number;
  isCurrent: boolean;
  /** The current version or one of its ancestors: the path it was drafted along. */
  isAncestorOfCurrent: boolean;
  /** Its parent is named but is not among the plan's versions (shown as a root, flagged). */
  missingParent: boolean;
  children: VersionTreeNode[];
};

const byIssueOrder = (a: VersionSummary, b: VersionSummary) =>
  a.logIndex - b.logIndex || a.label.localeCompare(b.label);

/**
 * Arranges a plan's versions into the tree formed by parentVersionId (a counter-draft hangs under the
 * version it answers). Siblings are in the order they were recorded. Data from the server is not trusted to
 * be a tree: an unknown parent makes a flagged root, and a cycle is broken where it is detected, so every
 * version appears exactly once.
 */
export function buildVersionTree(versions: VersionSummary[], currentId: string | null): VersionTreeNode[] {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const childrenOf = new Map<string, VersionSummary[]>();
  const roots: VersionSummary[] = [];
  for (const v of [...byId.values()].sort(byIssueOrder)) {
    const parent = v.parentVersionId;
    if (parent === null || parent === v.id || !byId.has(parent)) roots.push(v);
    else childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), v]);
  }
  const ancestors = ancestorsOf(currentId, byId);
  const placed = new Set<string>();
  const build = (v: VersionSummary, depth: number): VersionTreeNode => {
    placed.add(v.id);
    const children = (childrenOf.get(v.id) ?? []).filter((c) => !placed.has(c.id));
    return {
      version: v,
      depth,
      isCurrent: v.id === currentId,
      isAncestorOfCurrent: ancestors.has(v.id),
      missingParent: v.parentVersionId !== null && v.parentVersionId !== v.id && !byId.has(v.parentVersionId),
      children: children.map((c) => build(c, depth + 1)),
    };
  };
  const tree = roots.map((r) => build(r, 0));
  // Versions caught in a parent cycle are unreachable from any root: show them as roots too.
  for (const v of [...byId.values()].sort(byIssueOrder)) {
    if (!placed.has(v.id)) tree.push(build(v, 0));
  }
  return tree;
}

function ancestorsOf(id: string | null, byId: Map<string, VersionSummary>): Set<string> {
  const seen = new Set<string>();
  let cursor = id === null ? undefined : byId.get(id);
  while (cursor && !seen.has(cursor.id)) {
    seen.add(cursor.id);
    cursor = cursor.parentVersionId === null ? undefined : byId.get(cursor.parentVersionId);
  }
  return seen;
}

/** Depth-first order, as the tree is read top to bottom. */
export function flattenTree(nodes: VersionTreeNode[]): VersionTreeNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}
