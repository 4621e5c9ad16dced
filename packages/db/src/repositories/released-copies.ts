// Released copies, read by the mediators of their process and by the recipient's party (its members), never by
// another party: a party that compared its copy with another's would see where the fingerprints are.
import { isUuid, type ReadScope } from '@concord/core';
import type { CopyText, ReleasedCopySummary } from '@concord/core/copies';
import { type Kysely, type Selectable, type SqlBool, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { ALL_ROWS } from './scope.ts';

export type ReleasedCopy = ReleasedCopySummary & { copy: CopyText };

export type ReleasedCopyRepository = {
  /** A version's copies the reader may see, in log order. */
  listByVersion(versionId: string): Promise<ReleasedCopy[]>;
  get(id: string): Promise<ReleasedCopy | null>;
  /** Copies whose plain text has this hash (an unchanged copy checked as a file). */
  byHash(copyHash: string): Promise<ReleasedCopy[]>;
  /** The deployment's fingerprint seed, created on first use (32 random bytes, base64). */
  seed(fresh: () => string): Promise<string>;
};

type Row = Selectable<Database['released_copies']> & { party_name: string };

const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

function toCopy(r: Row): ReleasedCopy {
  return {
    id: r.id,
    versionId: r.version_id,
    processId: r.process_id,
    partyId: r.party_id,
    partyName: r.party_name,
    accountId: r.account_id,
    language: r.language,
    copyHash: r.copy_hash,
    formats: parse(r.formats) as ReleasedCopySummary['formats'],
    sites: r.sites,
    releasedAt: r.released_at,
    releasedBy: r.released_by,
    logIndex: Number(r.log_index),
    copy: parse(r.copy) as CopyText,
  };
}

function copyScope(scope: ReadScope) {
  if (scope.all) return sql<SqlBool>`true`;
  return sql<SqlBool>`(c.process_id = any(${scope.mediatorOf}::uuid[])
    or (c.process_id = any(${scope.memberOf}::uuid[]) and c.party_id = any(${scope.partyIds}::uuid[])))`;
}

export function releasedCopyRepository(
  db: Kysely<Database>,
  scope: ReadScope = ALL_ROWS,
): ReleasedCopyRepository {
  const copies = () =>
    db
      .selectFrom('released_copies as c')
      .innerJoin('parties as p', 'p.id', 'c.party_id')
      .selectAll('c')
      .select('p.name as party_name')
      .where(copyScope(scope));
  return {
    async listByVersion(versionId) {
      if (!isUuid(versionId)) return [];
      const rows = await copies().where('c.version_id', '=', versionId).orderBy('c.log_index').execute();
      return rows.map(toCopy);
    },
    async get(id) {
      if (!isUuid(id)) return null;
      const row = await copies().where('c.id', '=', id).executeTakeFirst();
      return row ? toCopy(row) : null;
    },
    async byHash(copyHash) {
      const rows = await copies().where('c.copy_hash', '=', copyHash).orderBy('c.log_index').execute();
      return rows.map(toCopy);
    },
    async seed(fresh) {
      await db
        .insertInto('copy_seed')
        .values({ id: 1, seed: fresh() })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      const row = await db
        .selectFrom('copy_seed')
        .select('seed')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      return row.seed;
    },
  };
}
