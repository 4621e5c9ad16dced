// The Merkle log: entries (event text as hashed + salt + leaf hash), every completed tree node (insert-only,
// so any proof can be served with O(log n) reads), and signed checkpoints. PostgreSQL 15 subset.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table log_meta (key text primary key, value text not null);
    create table log_entries (
      idx bigint primary key check (idx >= 0),
      event_id uuid not null unique,
      type text not null,
      canonical text not null,
      salt bytea not null check (octet_length(salt) = 32),
      leaf_hash bytea not null check (octet_length(leaf_hash) = 32),
      committed_at timestamptz not null default now()
    );
    create table log_nodes (
      level smallint not null check (level >= 0 and level < 64),
      idx bigint not null check (idx >= 0),
      hash bytea not null check (octet_length(hash) = 32),
      primary key (level, idx)
    );
    create table log_checkpoints (
      size bigint primary key check (size >= 0),
      root_hash bytea not null check (octet_length(root_hash) = 32),
      note text not null,
      created_at timestamptz not null default now()
    );
  `,
  );
}
