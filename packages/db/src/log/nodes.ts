// Reads stored tree nodes by (level, index) in one query: proofs and the compact range need O(log n) of them.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { fromDbBytes } from '../bytes.ts';
import type { Database } from '../schema.ts';

export type NodeId = { level: number; index: number };

const wantedNodes = (ids: NodeId[]) =>
  sql<boolean>`(level, idx) in (${sql.join(ids.map((n) => sql`(${n.level}::smallint, ${n.index}::bigint)`))})`;

export async function readNodes(db: Kysely<Database>, ids: NodeId[]): Promise<Uint8Array[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('log_nodes')
    .select(['level', 'idx', 'hash'])
    .where(wantedNodes(ids))
    .execute();
  return inOrder(ids, rows);
}

/**
 * The log size and the nodes `ids` in one statement, so both come from one snapshot: a writer that expects the
 * log to have a given size asks for that size's right edge and gets it with the size in one round trip. The
 * nodes are `null` when the size is not the one `ids` were chosen for (then they may not all exist).
 */
export async function readSizeAndNodes(
  db: Kysely<Database>,
  expectedSize: number,
): Promise<{ size: number; nodes: Uint8Array[] | null }> {
  const ids = rangeNodeIds(expectedSize);
  const head = sql<NodeRow>`select null::smallint as level, max(idx) as idx, null::bytea as hash from log_entries`;
  const query =
    ids.length === 0
      ? head
      : sql<NodeRow>`${head} union all select level, idx, hash from log_nodes where ${wantedNodes(ids)}`;
  const rows = (await query.execute(db)).rows;
  const last = rows.find((r) => r.level === null)?.idx;
  const size = last === null || last === undefined ? 0 : Number(last) + 1;
  if (size !== expectedSize) return { size, nodes: null };
  return { size, nodes: inOrder(ids, rows.filter((r) => r.level !== null) as StoredRow[]) };
}

type NodeRow = { level: number | null; idx: number | null; hash: unknown };
type StoredRow = { level: number; idx: number; hash: unknown };

function inOrder(ids: NodeId[], rows: StoredRow[]): Uint8Array[] {
  const byKey = new Map(rows.map((r) => [`${r.level}/${r.idx}`, fromDbBytes(r.hash)]));
  return ids.map((n) => {
    const hash = byKey.get(`${n.level}/${n.index}`);
    if (!hash) throw new Error(`tree node (${n.level}, ${n.index}) is missing from the store`);
    return hash;
  });
}

/** The perfect subtrees that cover [0, size): one per set bit of size, largest first. */
export function rangeNodeIds(size: number): NodeId[] {
  const ids: NodeId[] = [];
  let start = 0;
  for (let level = 53; level >= 0; level--) {
    const width = 2 ** level;
    if (Math.floor(size / width) % 2 === 1) {
      ids.push({ level, index: start / width });
      start += width;
    }
  }
  return ids;
}
