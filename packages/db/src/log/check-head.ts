// `checkHead`: what start-up can afford to check before serving — the log's end, not its whole history (that is
// `checkLog`). The latest signed checkpoint must be for exactly the entries stored, signed by this log's key, and
// the tree's right edge must give its root; the last entry must hash to its leaf. A deleted, added or edited last
// entry, a checkpoint left over from rows that were cut, or a tree node changed on the edge are caught here in
// O(log n) reads. What it cannot see (an older entry rewritten together with every node and checkpoint above it,
// under the same key) is for witnesses and returning readers.
import { bytesEqual, CompactRange } from '@concord/ledger';
import { VerificationError, verifySignedCheckpoint } from '@concord/ledger/verify';
import type { Kysely } from 'kysely';
import { fromDbBytes } from '../bytes.ts';
import type { Database } from '../schema.ts';
import { checkEntry } from './check-entry.ts';
import { rangeNodeIds, readNodes } from './nodes.ts';
import { recordedVerifierKey } from './signer.ts';

export type HeadCheck = { ok: true; size: number } | { ok: false; size: number; reason: string };

type Keys = { origin: string; verifierKey: string };

export async function checkHead(db: Kysely<Database>, keys: Keys): Promise<HeadCheck> {
  const last = await db
    .selectFrom('log_entries')
    .selectAll()
    .orderBy('idx', 'desc')
    .limit(1)
    .executeTakeFirst();
  const size = last ? last.idx + 1 : 0;
  const bad = (reason: string): HeadCheck => ({ ok: false, size, reason });
  const recorded = await recordedVerifierKey(db);
  if (recorded !== keys.verifierKey)
    return bad(`the verifier key recorded in the database (${recorded}) is not this log's key`);
  const checkpoint = await db
    .selectFrom('log_checkpoints')
    .select(['size', 'note', 'root_hash'])
    .orderBy('size', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!checkpoint) return bad('the log has no signed checkpoint');
  if (checkpoint.size !== size)
    return bad(
      checkpoint.size > size
        ? `the latest checkpoint is signed for size ${checkpoint.size} but the log holds ${size} entries (entries were deleted)`
        : `entries from ${checkpoint.size} on are not covered by any signed checkpoint`,
    );
  let signedRoot: Uint8Array;
  try {
    const parsed = verifySignedCheckpoint(checkpoint.note, keys.verifierKey);
    if (parsed.origin !== keys.origin || parsed.size !== size)
      return bad(`the checkpoint for size ${size} does not match its stored columns`);
    signedRoot = parsed.rootHash;
  } catch (error) {
    const code = error instanceof VerificationError ? ` [${error.code}]` : '';
    return bad(
      `the checkpoint for size ${size} is not signed by the log's key: ${(error as Error).message}${code}`,
    );
  }
  if (!bytesEqual(signedRoot, fromDbBytes(checkpoint.root_hash)))
    return bad(`the checkpoint for size ${size} does not match its stored root`);
  if (last === undefined) return { ok: true, size };
  const entry = checkEntry(last);
  if (!entry.ok) return bad(`the last entry (${last.idx}) does not hash to its leaf: ${entry.reason}`);
  const ids = rangeNodeIds(size);
  const hashes = await readNodes(db, ids).catch(() => null);
  if (hashes === null || hashes.length !== ids.length)
    return bad('a tree node on the log’s right edge is missing');
  const byKey = new Map(ids.map((id, i) => [`${id.level}/${id.index}`, hashes[i] as Uint8Array]));
  const root = CompactRange.fromNodes(
    size,
    (level, index) => byKey.get(`${level}/${index}`) as Uint8Array,
  ).root();
  if (!bytesEqual(root, signedRoot))
    return bad(`the stored tree of size ${size} does not have the root its signed checkpoint holds`);
  const leaf = await readNodes(db, [{ level: 0, index: size - 1 }]).catch(() => null);
  if (leaf === null || !bytesEqual(leaf[0] as Uint8Array, entry.leafHash))
    return bad(`the last entry (${last.idx}) is not the leaf the tree holds`);
  return { ok: true, size };
}
