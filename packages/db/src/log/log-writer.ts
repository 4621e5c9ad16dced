// Appends events inside one transaction. Entries, tree nodes and read-table writes are queued and written in
// bulk: before any read in the same transaction (so reads see every append) and before commit. One checkpoint
// is signed per transaction. A conflict (unknown parent, duplicate id) therefore surfaces at the next read or
// at commit, and fails the whole transaction either way.
//
// Round trips are what a one-event transaction costs, so the writer keeps them few: the log size and the right
// edge of the tree come in one statement (the store passes the size it last committed as the expected size;
// a wrong guess, e.g. after another process appended, costs one more read of the right nodes), and at commit the
// entries, nodes and checkpoint go in one statement. Nothing is trusted from an earlier transaction: the size and
// every node come from the database inside this transaction, under the writer lock.
import { type ConcordEvent, ConcordEvent as EventSchema } from '@concord/core';
import { CompactRange, canonicalJson, eventLeafHash, newSalt, type StoredNode } from '@concord/ledger';
import type { Insertable, Kysely } from 'kysely';
import { toDbBytes } from '../bytes.ts';
import { StoreError } from '../errors.ts';
import { applyOps, type ProjectionOp, projectionOps } from '../projections/index.ts';
import type { Database } from '../schema.ts';
import type { LogEntry } from '../store.ts';
import { insertLogRows } from './insert-log-rows.ts';
import { rangeNodeIds, readNodes, readSizeAndNodes } from './nodes.ts';
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

export class LogWriter {
  readonly #db: Kysely<Database>;
  readonly #expectedSize: number;
  #range: CompactRange | null = null;
  #entries: Insertable<Database['log_entries']>[] = [];
  #nodes: Insertable<Database['log_nodes']>[] = [];
  #ops: ProjectionOp[] = [];
  #appended = 0;
  // One commit time for every entry of the transaction, the same in the returned entry and in the table.
  readonly #committedAt = new Date();

  /** `expectedSize`: the log size the caller expects (a hint only; the database's own size always wins). */
  constructor(db: Kysely<Database>, expectedSize = 0) {
    this.#db = db;
    this.#expectedSize = expectedSize;
  }

  get appended(): number {
    return this.#appended;
  }

  /** The log size after this transaction's appends (null before the first append). */
  get size(): number | null {
    return this.#range?.size ?? null;
  }

  async append(input: ConcordEvent): Promise<LogEntry> {
    const parsed = EventSchema.safeParse(input);
    if (!parsed.success)
      throw new StoreError('BAD_INPUT', `event refused: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const event = parsed.data;
    const range = await this.#tree();
    const index = range.size;
    const canonical = canonicalJson(event);
    const salt = newSalt();
    const leafHash = eventLeafHash(salt, canonical);
    this.#ops.push(...projectionOps(event, index));
    this.#bufferNodes(range.append(leafHash));
    this.#entries.push({
      idx: index,
      event_id: event.id,
      type: event.type,
      canonical,
      salt: toDbBytes(salt),
      leaf_hash: toDbBytes(leafHash),
      committed_at: this.#committedAt,
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
    const ops = this.#ops;
    this.#entries = [];
    this.#nodes = [];
    this.#ops = [];
    try {
      await applyOps(this.#db, ops);
    } catch (error) {
      throw asConflict(error);
    }
    await insertLogRows(this.#db, { entries, nodes, checkpoint }, asConflict);
  }

  async #tree(): Promise<CompactRange> {
    if (this.#range) return this.#range;
    const read = await readSizeAndNodes(this.#db, this.#expectedSize);
    const size = read.size;
    const ids = rangeNodeIds(size);
    const hashes = read.nodes ?? (await readNodes(this.#db, ids));
    const byKey = new Map(ids.map((id, i) => [`${id.level}/${id.index}`, hashes[i] as Uint8Array]));
    this.#range = CompactRange.fromNodes(
      size,
      (level, index) => byKey.get(`${level}/${index}`) as Uint8Array,
    );
    return this.#range;
  }

  #bufferNodes(nodes: StoredNode[]): void {
    for (const n of nodes) this.#nodes.push({ level: n.level, idx: n.index, hash: toDbBytes(n.hash) });
  }
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
