// Witnesses and their cosignatures, beside the log (each call commits on its own). The store does not judge a
// cosignature: the server verifies it against the stored checkpoint of its size before `addCosignature`; the
// store keeps one line per witness and size, and answers what readers need: the lines on a checkpoint, and how
// far each witness has witnessed.
import type { Kysely } from 'kysely';
import { fromDbBytes } from '../bytes.ts';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';
import type { StoredCheckpoint } from '../store.ts';
import { isUniqueViolation } from './sign-in-checks.ts';

export type Witness = {
  name: string;
  verifierKey: string;
  registeredAt: string;
  registeredBy: string;
  /** The largest tree size it has cosigned, its own time for that (ISO), and when the server received it. */
  witnessed: { size: number; cosignedAt: string; receivedAt: string } | null;
};

export type NewCosignature = {
  witness: string;
  size: number;
  /** The witness's time inside the signed line, in seconds since the epoch. */
  timestamp: number;
  line: string;
  receivedAt: string;
};

export type WitnessRepository = {
  /** CONFLICT when the name or the key is already registered. */
  register(witness: {
    name: string;
    verifierKey: string;
    registeredAt: string;
    registeredBy: string;
  }): Promise<void>;
  get(name: string): Promise<Witness | null>;
  /** Every registered witness, by name. */
  list(): Promise<Witness[]>;
  /** false when the witness already had a cosignature for that size (the first one is kept). */
  addCosignature(cosignature: NewCosignature): Promise<boolean>;
  /** The cosignature lines of registered witnesses on the checkpoint of `size`, by witness name. */
  cosignatureLines(size: number): Promise<string[]>;
  /** The stored signed checkpoint of exactly `size`, or null when none was signed for that size. */
  checkpoint(size: number): Promise<StoredCheckpoint | null>;
};

const isoSeconds = (seconds: number) => new Date(seconds * 1000).toISOString();

export function witnessRepository(db: Kysely<Database>): WitnessRepository {
  const latest = db
    .selectFrom('witness_cosignatures')
    .select(['witness_name', 'size', 'cosigned_at', 'received_at'])
    .distinctOn('witness_name')
    .orderBy('witness_name')
    .orderBy('size', 'desc');
  const read = async (name?: string): Promise<Witness[]> => {
    let query = db.selectFrom('witnesses').selectAll().orderBy('name');
    if (name !== undefined) query = query.where('name', '=', name);
    const [rows, sizes] = await Promise.all([
      query.execute(),
      (name === undefined ? latest : latest.where('witness_name', '=', name)).execute(),
    ]);
    const byName = new Map(sizes.map((s) => [s.witness_name, s]));
    return rows.map((r) => {
      const seen = byName.get(r.name);
      return {
        name: r.name,
        verifierKey: r.verifier_key,
        registeredAt: r.registered_at,
        registeredBy: r.registered_by,
        witnessed: seen
          ? {
              size: Number(seen.size),
              cosignedAt: isoSeconds(Number(seen.cosigned_at)),
              receivedAt: seen.received_at,
            }
          : null,
      };
    });
  };
  return {
    async register(witness) {
      try {
        await db
          .insertInto('witnesses')
          .values({
            name: witness.name,
            verifier_key: witness.verifierKey,
            registered_at: witness.registeredAt,
            registered_by: witness.registeredBy,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error))
          throw new StoreError('CONFLICT', 'a witness with this name or key is already registered');
        throw error;
      }
    },
    async get(name) {
      return (await read(name))[0] ?? null;
    },
    list: () => read(),
    async addCosignature(c) {
      const result = await db
        .insertInto('witness_cosignatures')
        .values({
          witness_name: c.witness,
          size: c.size,
          cosigned_at: c.timestamp,
          line: c.line,
          received_at: c.receivedAt,
        })
        .onConflict((oc) => oc.columns(['witness_name', 'size']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async cosignatureLines(size) {
      const rows = await db
        .selectFrom('witness_cosignatures')
        .select('line')
        .where('size', '=', size)
        .orderBy('witness_name')
        .execute();
      return rows.map((r) => r.line);
    },
    async checkpoint(size) {
      const row = await db
        .selectFrom('log_checkpoints')
        .selectAll()
        .where('size', '=', size)
        .executeTakeFirst();
      return row ? { note: row.note, size: Number(row.size), rootHash: fromDbBytes(row.root_hash) } : null;
    },
  };
}
