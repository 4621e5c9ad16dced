// Appends events inside one transaction. Entries, tree nodes and read-table writes are queued and written in
// bulk: before any read in the same transaction (so reads see every append) and before commit. One checkpoint
// is signed per transaction. A conflict (unknown parent, duplicate id) therefore surfaces at the next read or
// at commit, and fails the whole transaction either way.
import { type ConcordEvent, ConcordEvent as EventSchema } from '@concord/core';
import {
  CompactRange,
  canonicalJson,
  eventLeafHash,
  formatCheckpoint,
  newSalt,
  type StoredNode,
  signNote,
} from '@concord/ledger';
import type { Insertable, Kysely } from 'kysely';
import { toDbBytes } from '../bytes.ts';
import { StoreError } from '../errors.ts';
import { applyOps, type ProjectionOp, projectionOps } from '../projections/index.ts';
import type { Database } from '../schema.ts';
import type { LogEntry } from '../store.ts';
import { rangeNodeIds, readNodes } from './nodes.ts';
import type { LogSigner } from './signer.ts';

const CHUNK = 1000;

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
  #range: CompactRange | null = null;
  #entries: Insertable<Database['log_entries']>[] = [];
  #nodes: Insertable<Database['log_nodes']>[] = [];
  #ops: ProjectionOp[] = [];
  #appended = 0;
  // One commit time for every entry of the transaction, the same in the returned entry and in the table.
  readonly #committedAt = new Date();

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  get appended(): number {
    return this.#appended;
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
    const entries = this.#entries;
    const nodes = this.#nodes;
    const ops = this.#ops;
    this.#entries = [];
    this.#nodes = [];
    this.#ops = [];
    try {
      await applyOps(this.#db, ops);
      for (let i = 0; i < entries.length; i += CHUNK)
        await this.#db
          .insertInto('log_entries')
          .values(entries.slice(i, i + CHUNK))
          .execute();
    } catch (error) {
      throw asConflict(error);
    }
    for (let i = 0; i < nodes.length; i += CHUNK)
      await this.#db
        .insertInto('log_nodes')
        .values(nodes.slice(i, i + CHUNK))
        .execute();
  }

  /** Flushes and stores one signed checkpoint for the new size (no-op when nothing was appended). */
  async commit(signer: LogSigner): Promise<void> {
    if (this.#appended === 0 || !this.#range) return;
    await this.flush();
    const size = this.#range.size;
    const rootHash = this.#range.root();
    const note = signNote(formatCheckpoint({ origin: signer.origin, size, rootHash }), signer.signerKey);
    await this.#db
      .insertInto('log_checkpoints')
      .values({ size, root_hash: toDbBytes(rootHash), note })
      .execute();
  }

  async #tree(): Promise<CompactRange> {
    if (this.#range) return this.#range;
    const size = await logSize(this.#db);
    const ids = rangeNodeIds(size);
    const hashes = await readNodes(this.#db, ids);
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
