// People, memberships, personal API tokens, and audiences as data.
//
// `accounts` and `api_tokens` are configuration beside the log (a person's e-mail and secrets never enter it).
// `memberships` is a read table, projected from the logged membership events. Access keys become API tokens: a
// token is scoped to one membership, which the old keys did not name, so existing keys are dropped and must be
// issued again as tokens (`concord access grant`).
//
// Audiences: every read-table row and every log entry carries the process it belongs to and who may read it
// (`audience_kind` public | process | parties, `audience_parties` the named parties), so reads are scoped in SQL.
// Rows and entries written before audiences existed were public, except valuations (their party and the
// mediators); they are backfilled that way, exactly as replaying their events would produce them.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

const AUDIENCE = `add column audience_kind text not null default 'public',
      add column audience_parties uuid[] not null default '{}'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table accounts (
      id uuid primary key,
      name text not null,
      handle text not null unique,
      email text unique,
      may_open_processes boolean not null,
      created_at text not null,
      disabled_at text
    );
    create table memberships (
      id uuid primary key,
      process_id uuid not null references processes(id),
      account_id uuid not null references accounts(id),
      role text not null,
      rank text,
      party_id uuid references parties(id),
      name text not null,
      status text not null,
      audience_kind text not null,
      audience_parties uuid[] not null,
      log_index bigint not null
    );
    create index memberships_account on memberships(account_id);
    create index memberships_process on memberships(process_id);
    create table api_tokens (
      id uuid primary key,
      token_hash text not null unique,
      account_id uuid not null references accounts(id),
      membership_id uuid not null,
      label text not null,
      created_at text not null,
      last_used_at text,
      revoked_at text
    );
    create index api_tokens_account on api_tokens(account_id);
    drop table access_keys;
    alter table processes ${AUDIENCE};
    alter table parties ${AUDIENCE};
    alter table plans ${AUDIENCE};
    alter table versions add column process_id uuid, ${AUDIENCE};
    alter table points add column process_id uuid, ${AUDIENCE};
    alter table commitments add column process_id uuid, ${AUDIENCE};
    alter table valuations ${AUDIENCE};
    update valuations set audience_kind = 'parties', audience_parties = array[party_id];
    alter table log_entries add column process_id uuid, add column subject_id uuid, ${AUDIENCE};
    update log_entries set audience_kind = 'parties',
      process_id = (canonical::jsonb #>> '{data,processId}')::uuid,
      subject_id = (canonical::jsonb #>> '{data,id}')::uuid,
      audience_parties = array[(canonical::jsonb #>> '{data,partyId}')::uuid]
      where type = 'valuation.recorded';
    create index log_entries_subject on log_entries(subject_id);
    create index versions_process on versions(process_id);
  `,
  );
}
