// Released copies (issue 9): the read table projected from `copy.released`, and the deployment's secret seed
// for fingerprints. A copy row holds the copy's text as released (jsonb): a draft edited later must still be
// recognised in the words its recipients were given. The seed lives beside the log (never in an entry, never
// rebuilt): it is created once, at the first release, and only the server reads it.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table released_copies (
      id uuid primary key,
      version_id uuid not null references versions(id),
      process_id uuid not null references processes(id),
      party_id uuid not null references parties(id),
      account_id uuid,
      language text not null,
      copy_hash text not null,
      formats jsonb not null,
      sites integer not null,
      copy jsonb not null,
      released_at text not null,
      released_by text not null,
      log_index bigint not null
    );
    create index released_copies_version on released_copies(version_id, log_index);
    create index released_copies_hash on released_copies(copy_hash);
    create table copy_seed (
      id integer primary key check (id = 1),
      seed text not null
    );
  `,
  );
}
