// `checkLog`: recomputes every leaf from the stored events and salts, rebuilds the tree, and compares with the
// stored nodes and every stored checkpoint (root and signature under the log's verifier key). Reports the first
// entry that does not match. Reads in batches so memory stays bounded by the batch, not the log.
import { bytesEqual, CompactRange } from '@concord/ledger';
import { type SignedCheckpoint, VerificationError, verifySignedCheckpoint } from '@concord/ledger/verify';
import { type Kysely, sql } from 'kysely';
import { fromDbBytes } from '../bytes.ts';
import type { Database } from '../schema.ts';
import type { CheckLogResult } from '../store.ts';
import { checkEntry } from './check-entry.ts';
import { recordedVerifierKey } from './signer.ts';

const BATCH = 1000;

type CheckpointRow = { size: number; note: string; rootHash: Uint8Array };
type Failure = Extract<CheckLogResult, { ok: false }>;
type Keys = { origin: string; verifierKey: string };

export async function checkLog(db: Kysely<Database>, keys: Keys): Promise<CheckLogResult> {
  const recorded = await recordedVerifierKey(db);
  if (recorded !== keys.verifierKey)
    return fail(0, `the verifier key recorded in the database (${recorded}) is not this log's key`);
  const checkpoints = await loadCheckpoints(db);
  const range = new CompactRange();
  let next = 0; // checkpoints[next] is the next one to verify
  let covered = 0; // size of the last checkpoint that verified
  let expectedNodes = 0;
  const verifyDue = (): Failure | null => {
    while (next < checkpoints.length && (checkpoints[next] as CheckpointRow).size === range.size) {
      const problem = checkCheckpoint(checkpoints[next] as CheckpointRow, range.root(), keys, covered);
      if (problem) return problem;
      covered = range.size;
      next++;
    }
    return null;
  };
  const early = verifyDue();
  if (early) return early;
  for (let from = 0; ; from += BATCH) {
    const rows = await db
      .selectFrom('log_entries')
      .selectAll()
      .where('idx', '>=', from)
      .orderBy('idx')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    const stored = await nodesCompletedBy(db, from, from + rows.length);
    for (const row of rows) {
      const index = range.size;
      if (row.idx !== index)
        return fail(index, `entry ${index} is missing (the next stored entry is ${row.idx})`);
      const verdict = checkEntry(row);
      if (!verdict.ok) return fail(index, verdict.reason, row.event_id);
      for (const node of range.append(verdict.leafHash)) {
        expectedNodes++;
        const hash = stored.get(`${node.level}/${node.index}`);
        if (!hash || !bytesEqual(hash, node.hash))
          return fail(
            index,
            `stored tree node (${node.level}, ${node.index}) ${hash ? 'differs' : 'is missing'}`,
            row.event_id,
          );
      }
      const problem = verifyDue();
      if (problem) return problem;
    }
    if (rows.length < BATCH) break;
  }
  return finish(db, checkpoints, next, range.size, expectedNodes);
}

async function finish(
  db: Kysely<Database>,
  checkpoints: CheckpointRow[],
  next: number,
  size: number,
  expectedNodes: number,
): Promise<CheckLogResult> {
  const beyond = checkpoints[next];
  if (beyond)
    return fail(
      size,
      `a checkpoint is signed for size ${beyond.size} but the log holds ${size} entries (entries were deleted)`,
    );
  const latest = checkpoints.at(-1);
  if (!latest) return fail(0, 'the log has no checkpoint at all');
  if (latest.size < size)
    return fail(latest.size, `entries from ${latest.size} on are not covered by any signed checkpoint`);
  const count = await db
    .selectFrom('log_nodes')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  if (Number(count.n) !== expectedNodes)
    return fail(size, `the store holds ${count.n} tree nodes where the log has ${expectedNodes}`);
  return { ok: true, size, checkpoints: checkpoints.length };
}

function checkCheckpoint(row: CheckpointRow, root: Uint8Array, keys: Keys, covered: number): Failure | null {
  const at = Math.max(row.size - 1, 0);
  // The same check the browser and the CLI make (@concord/ledger/verify), so all three name a failure alike.
  let parsed: SignedCheckpoint;
  try {
    parsed = verifySignedCheckpoint(row.note, keys.verifierKey);
  } catch (error) {
    const code = error instanceof VerificationError ? ` [${error.code}]` : '';
    return fail(
      at,
      `the checkpoint for size ${row.size} is not signed by the log's key: ${(error as Error).message}${code}`,
    );
  }
  if (parsed.origin !== keys.origin || parsed.size !== row.size || !bytesEqual(parsed.rootHash, row.rootHash))
    return fail(at, `the checkpoint for size ${row.size} does not match its stored columns`);
  // The signed root is right and the entries are not: something in [covered, size) was rewritten.
  if (!bytesEqual(parsed.rootHash, root))
    return fail(covered, `the tree of size ${row.size} does not have the root its signed checkpoint holds`);
  return null;
}

async function loadCheckpoints(db: Kysely<Database>): Promise<CheckpointRow[]> {
  const rows = await db
    .selectFrom('log_checkpoints')
    .select(['size', 'note', 'root_hash'])
    .orderBy('size')
    .execute();
  return rows.map((r) => ({ size: r.size, note: r.note, rootHash: fromDbBytes(r.root_hash) }));
}

/** Stored nodes completed by appending leaves [from, to): per level, one index range (uses the primary key). */
async function nodesCompletedBy(
  db: Kysely<Database>,
  from: number,
  to: number,
): Promise<Map<string, Uint8Array>> {
  const ranges = [];
  for (let level = 0; 2 ** level <= to; level++) {
    const width = 2 ** level;
    // Node (level, i) is completed by leaf (i + 1) * width - 1.
    const first = Math.ceil((from + 1) / width) - 1;
    const last = Math.floor(to / width) - 1;
    if (last >= first) ranges.push(sql`(level = ${level} and idx between ${first} and ${last})`);
  }
  const rows = await db
    .selectFrom('log_nodes')
    .select(['level', 'idx', 'hash'])
    .where(sql<boolean>`${sql.join(ranges, sql` or `)}`)
    .execute();
  return new Map(rows.map((r) => [`${r.level}/${r.idx}`, fromDbBytes(r.hash)]));
}

function fail(index: number, reason: string, eventId?: string): Failure {
  return eventId ? { ok: false, index, eventId, reason } : { ok: false, index, reason };
}
