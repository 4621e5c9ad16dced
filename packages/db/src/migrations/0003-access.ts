// Access keys and confidential valuations.
//
// `access_keys` is operational configuration, not part of the log: a key is granted and revoked by the operator
// and never replayed. Only the hex SHA-256 of a key is stored, so reading the table does not hand out keys. It has
// no foreign keys on purpose: rebuildProjections empties the read tables (processes, parties) inside its
// rolled-back transaction, and a reference from here would make that delete fail; `grant` checks them instead.
//
// `valuations` is a read table (a projection of `valuation.recorded`): one row per (plan, party), replaced when
// the party's valuation is recorded again. `body` is the ValuationRecord exactly as logged.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table access_keys (
      id uuid primary key,
      key_hash text not null unique,
      role text not null,
      process_id uuid not null,
      party_id uuid,
      label text not null,
      created_at text not null,
      revoked_at text
    );
    create table valuations (
      id uuid primary key,
      process_id uuid not null references processes(id),
      plan_id uuid not null references plans(id),
      party_id uuid not null references parties(id),
      body jsonb not null,
      log_index bigint not null,
      unique (plan_id, party_id)
    );
  `,
  );
}
