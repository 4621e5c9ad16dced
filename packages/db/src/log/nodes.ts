// Reads stored tree nodes by (level, index) in one query: proofs and the compact range need O(log n) of them.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { fromDbBytes } from '../bytes.ts';
import type { Database } from '../schema.ts';

export type NodeId = { level: number; index: number };

export async function readNodes(db: Kysely<Database>, ids: NodeId[]): Promise<Uint8Array[]> {
  if (ids.length === 0) return [];
  const wanted = sql.join(ids.map((n) => sql`(${n.level}::smallint, ${n.index}::bigint)`));
  const rows = await db
    .selectFrom('log_nodes')
    .select(['level', 'idx', 'hash'])
    .where(sql<boolean>`(level, idx) in (${wanted})`)
    .execute();
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
