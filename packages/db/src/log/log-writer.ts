// Appends events inside one transaction. Entries, tree nodes and read-table writes are queued and written in
// bulk: before any read in the same transaction (so reads see every append) and before commit. One checkpoint
// is signed per transaction. A conflict (unknown parent, duplicate id) therefore surfaces at the next read or
// at commit, and fails the whole transaction either way.
//
// Round trips, not rows, are what a one-event transaction costs, so the writer keeps them few. It resumes the
// tree from the store's `LogHead` (the right edge its last commit left) once the database confirms, inside this
// transaction and under the writer lock, that the log still ends where that commit left it: same size and same
// last leaf hash (salted, so no other history has it). Otherwise, e.g. after another process appended, it reads
// the right edge from the stored nodes, as on a first write. At commit, entries, nodes and the checkpoint go in
// one statement, with the read-table rows when the projector produced only inserts.
import { type ConcordEvent, ConcordEvent as EventSchema, eventVisibility } from '@concord/core';
import { CompactRange, canonicalJson, eventLeafHash, newSalt, type StoredNode } from '@concord/ledger';
import type { Insertable, Kysely } from 'kysely';
import { fromDbBytes, toDbBytes } from '../bytes.ts';
import { StoreError } from '../errors.ts';
import { applyOps, insertStatements, type ProjectionOp, projectionOps } from '../projections/index.ts';
import { audienceColumns } from '../projections/visibility.ts';
import type { Database } from '../schema.ts';
import type { LogEntry } from '../store.ts';
import { insertLogRows } from './insert-log-rows.ts';
import { rangeNodeIds, readNodes } from './nodes.ts';
import { signCheckpoint } from './sign-checkpoint.ts';
import type { LogSigner } from './signer.ts';

export async function logSize(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('log_entries')
    .select((eb) => eb.fn.max('idx').as('last'))
    .executeTakeFirst();
  const last = row?.last as number | null | undefined;
  return last === null || last === undefined ? 0 : Number(last) + 1;
}

/** The end of the log as a committed transaction left it: enough to append again without reading the tree. */
export type LogHead = { size: number; lastLeafHash: Uint8Array | null; edge: StoredNode[] };

/** Where a writer stood before one command of a group (see `LogWriter.mark`). */
export type WriterMark = {
  size: number | null;
  edge: StoredNode[];
  lastLeafHash: Uint8Array | null;
  appended: number;
};

export class LogWriter {
  readonly #db: Kysely<Database>;
  readonly #resumeFrom: LogHead | null;
  #range: CompactRange | null = null;
  // The perfect-subtree roots of the range (what CompactRange keeps), with their positions, and the last leaf.
  #edge: StoredNode[] = [];
  #lastLeafHash: Uint8Array | null = null;
  #entries: Insertable<Database['log_entries']>[] = [];
  #nodes: Insertable<Database['log_nodes']>[] = [];
  #ops: ProjectionOp[] = [];
  #appended = 0;
  // One commit time for every entry of the transaction, the same in the returned entry and in the table.
  readonly #committedAt = new Date();

  /** `resumeFrom`: the head the store's last commit left; used only if the database still ends there. */
  constructor(db: Kysely<Database>, resumeFrom: LogHead | null = null) {
    this.#db = db;
    this.#resumeFrom = resumeFrom;
  }

  get appended(): number {
    return this.#appended;
  }

  /**
   * The head after this transaction's appends, a copy; null before the first append, and null (nothing to resume
   * from) if the edge kept beside the range ever disagreed with the range's own root: a few hashes buy the
   * certainty that a resumed writer starts from the tree the database holds.
   */
  get head(): LogHead | null {
    const range = this.#range;
    if (!range) return null;
    const edge = this.#edge.map((n) => ({ ...n, hash: n.hash.slice() }));
    const byKey = new Map(edge.map((n) => [`${n.level}/${n.index}`, n.hash]));
    try {
      // fromNodes throws on a missing or malformed node; called before COMMIT, so it must not escape.
      const mirror = CompactRange.fromNodes(
        range.size,
        (level, index) => byKey.get(`${level}/${index}`) as Uint8Array,
      );
      if (!sameHash(mirror.root(), range.root())) return null;
    } catch {
      return null;
    }
    return { size: range.size, lastLeafHash: this.#lastLeafHash?.slice() ?? null, edge };
  }

  /**
   * Where the writer stands, to come back to if the next command of a group is refused (its rows are rolled back
   * to a savepoint taken with the mark). Call it only with nothing queued: after `flush`.
   */
  mark(): WriterMark {
    return {
      size: this.#range?.size ?? null,
      edge: this.#edge.map((n) => ({ ...n, hash: n.hash.slice() })),
      lastLeafHash: this.#lastLeafHash?.slice() ?? null,
      appended: this.#appended,
    };
  }

  /** Back to a mark, forgetting what was queued since; the database was rolled back to the mark's savepoint. */
  reset(mark: WriterMark): void {
    this.#entries = [];
    this.#nodes = [];
    this.#ops = [];
    this.#appended = mark.appended;
    this.#lastLeafHash = mark.lastLeafHash;
    this.#edge = mark.edge.map((n) => ({ ...n, hash: n.hash.slice() }));
    if (mark.size === null) {
      this.#range = null;
      return;
    }
    const byKey = new Map(this.#edge.map((n) => [`${n.level}/${n.index}`, n.hash]));
    this.#range = CompactRange.fromNodes(
      mark.size,
      (level, index) => byKey.get(`${level}/${index}`) as Uint8Array,
    );
  }

  async append(input: ConcordEvent): Promise<LogEntry> {
    const parsed = EventSchema.safeParse(input);
    if (!parsed.success)
      throw new StoreError('BAD_INPUT', `event refused: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const event = parsed.data;
    const range = await this.#tree();
    const index = range.size;
    const canonical = canonicalJson(event);
    const visibility = eventVisibility(event);
    const salt = newSalt();
    const leafHash = eventLeafHash(salt, canonical);
    this.#ops.push(...projectionOps(event, index));
    this.#bufferNodes(range.append(leafHash));
    this.#lastLeafHash = leafHash;
    this.#entries.push({
      idx: index,
      event_id: event.id,
      type: event.type,
      canonical,
      salt: toDbBytes(salt),
      leaf_hash: toDbBytes(leafHash),
      committed_at: this.#committedAt,
      process_id: visibility.processId,
      subject_id: visibility.subjectId,
      ...audienceColumns(event),
    });
    this.#appended++;
    return {
      index,
      eventId: event.id,
      type: event.type,
      event,
      canonical,
      salt,
      leafHash,
      committedAt: this.#committedAt.toISOString(),
      processId: visibility.processId,
      audience: visibility.audience,
    };
  }

  /** Writes queued read-table changes, entries and nodes. Safe to call any number of times. */
  async flush(): Promise<void> {
    await this.#write();
  }

  /** Flushes and stores one signed checkpoint for the new size (no-op when nothing was appended). */
  async commit(signer: LogSigner): Promise<void> {
    if (this.#appended === 0 || !this.#range) return;
    const size = this.#range.size;
    const rootHash = this.#range.root();
    const note = signCheckpoint(signer, size, rootHash);
    await this.#write({ size, root_hash: toDbBytes(rootHash), note });
  }

  async #write(checkpoint?: Insertable<Database['log_checkpoints']>): Promise<void> {
    const entries = this.#entries;
    const nodes = this.#nodes;
    // A new audience for log entries waits until this transaction's own entries are written, so it reaches them too.
    const ops = this.#ops.filter((op) => !onEntries(op));
    const later = this.#ops.filter(onEntries);
    this.#entries = [];
    this.#nodes = [];
    this.#ops = [];
    // Inserts only (what a create projects to) go in the same statement as the log rows; otherwise the read-table
    // changes go first, each checked (an update of a missing row is a conflict).
    const reads = insertStatements(this.#db, ops);
    if (!reads)
      try {
        await applyOps(this.#db, ops);
      } catch (error) {
        throw asConflict(error);
      }
    await insertLogRows(this.#db, { reads: reads ?? [], entries, nodes, checkpoint }, asConflict);
    if (later.length > 0) await applyOps(this.#db, later);
  }

  async #tree(): Promise<CompactRange> {
    if (this.#range) return this.#range;
    const last = await this.#db
      .selectFrom('log_entries')
      .select(['idx', 'leaf_hash'])
      .orderBy('idx', 'desc')
      .limit(1)
      .executeTakeFirst();
    const size = last ? last.idx + 1 : 0;
    const lastLeafHash = last ? fromDbBytes(last.leaf_hash) : null;
    const head = this.#resumeFrom;
    if (head && head.size === size && sameHash(head.lastLeafHash, lastLeafHash)) this.#edge = head.edge;
    else {
      const ids = rangeNodeIds(size);
      const hashes = await readNodes(this.#db, ids);
      this.#edge = ids.map((id, i) => ({ ...id, hash: hashes[i] as Uint8Array }));
    }
    this.#edge = this.#edge.map((n) => ({ ...n, hash: n.hash.slice() }));
    this.#lastLeafHash = lastLeafHash;
    const byKey = new Map(this.#edge.map((n) => [`${n.level}/${n.index}`, n.hash]));
    this.#range = CompactRange.fromNodes(
      size,
      (level, index) => byKey.get(`${level}/${index}`) as Uint8Array,
    );
    return this.#range;
  }

  // `completed` is what CompactRange.append returned: the leaf, then each node it merged into, the last of which
  // replaced the edge's trailing roots it absorbed (one per merge).
  #bufferNodes(completed: StoredNode[]): void {
    for (const n of completed) this.#nodes.push({ level: n.level, idx: n.index, hash: toDbBytes(n.hash) });
    this.#edge.splice(this.#edge.length - (completed.length - 1));
    this.#edge.push(completed[completed.length - 1] as StoredNode);
  }
}

function onEntries(op: ProjectionOp): boolean {
  return op.kind === 'share' && op.table === 'log_entries';
}

function sameHash(a: Uint8Array | null, b: Uint8Array | null): boolean {
  return a === null || b === null ? a === b : a.length === b.length && a.every((byte, i) => byte === b[i]);
}

// Foreign-key and unique violations mean the event contradicts the stored state (the command should have
// caught it); report them as conflicts with the database's own detail.
function asConflict(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  if (code === '23503' || code === '23505' || code === '23502' || code === '22P02')
    return new StoreError(
      'CONFLICT',
      `an appended event conflicts with stored data: ${(error as Error).message}`,
    );
  return error;
}
