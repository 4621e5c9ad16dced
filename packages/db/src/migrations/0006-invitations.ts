// Invitations and one-time sign-in links: single-use secrets sent to a person as a link.
//
// Configuration beside the log, like accounts and sessions: never logged, not a read table, untouched by
// rebuildProjections. What an accepted invitation grants is logged (`membership.granted`); the invitation itself,
// with its e-mail address, is not. Only the link's token hash is stored (hex SHA-256), so a copy of this table
// invites no one.
//
// One table, two kinds:
// - 'membership': an offer of a role in a process (`process_id`, `role`, `rank`, `party_id`, `name` as the
//   membership will be granted), made by `invited_by_account` (null: the operator);
// - 'sign-in': a one-time sign-in link for the existing account `account_id` (the operator's first link, or a
//   recovery link), after which the person sets a password or registers a passkey.
// `used_at` is set by the one conditional update that consumes a link (`… where used_at is null and revoked_at is
// null and expires_at > $now returning …`), so of two racing requests exactly one gets it. `used_by_account` has no
// foreign key: a newcomer's account is created after the link is consumed (an expired link must write nothing),
// with the id recorded here. `process_id` and `party_id` have none either: rebuildProjections empties the read
// tables they would reference (inside its rolled-back transaction). Times are ISO UTC text, compared as text.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table invitations (
      id uuid primary key,
      kind text not null,
      token_hash text not null unique,
      process_id uuid,
      role text,
      rank text,
      party_id uuid,
      name text,
      email text,
      account_id uuid references accounts(id),
      invited_by_account uuid references accounts(id),
      created_at text not null,
      expires_at text not null,
      used_at text,
      used_by_account uuid,
      revoked_at text,
      constraint invitations_kind check (
        (kind = 'membership' and process_id is not null and role is not null and name is not null
          and account_id is null)
        or (kind = 'sign-in' and account_id is not null and process_id is null and role is null)
      )
    );
    create index invitations_process on invitations(process_id);
  `,
  );
}
