// Sign-in: passwords, TOTP secrets, passkeys, sessions and single-use WebAuthn challenges.
//
// All configuration beside the log, like `accounts`: never logged, not read tables, untouched by
// rebuildProjections (which empties only the read tables, so these may reference `accounts`). No secret is stored
// in a form that signs anyone in: passwords as scrypt hashes, session tokens as SHA-256. Two exceptions by nature:
// a TOTP secret must be kept as is to compute codes, and a challenge is public once sent to the browser.
//
// Times are ISO UTC text like everywhere in the store (`2025-11-20T09:00:00.000Z`, one fixed width), so they
// compare correctly as text: expiry checks are `expires_at > $now` on text.
// - totp_secrets: one row per account; `confirmed_at` null while enrolment waits for the first code;
//   `last_step` the last 30-second step whose code was accepted (null before), so a code works once.
// - passkeys: `id` is the credential id (base64url), `counter` the authenticator's signature counter.
// - sessions: the cookie's token hash; `idle_seconds` is the idle timeout the session was opened with, so
//   `last_seen_at` + idle (capped at `absolute_expires_at`) gives `idle_expires_at` on each refresh.
// - webauthn_challenges: `used_at` set by the one update that consumes a challenge.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table passwords (
      account_id uuid primary key references accounts(id),
      hash text not null,
      updated_at text not null
    );
    create table totp_secrets (
      account_id uuid primary key references accounts(id),
      secret text not null,
      last_step bigint,
      confirmed_at text,
      created_at text not null
    );
    create table passkeys (
      id text primary key,
      account_id uuid not null references accounts(id),
      public_key bytea not null,
      counter bigint not null,
      transports jsonb not null,
      label text not null,
      created_at text not null,
      last_used_at text
    );
    create index passkeys_account on passkeys(account_id);
    create table sessions (
      id uuid primary key,
      token_hash text not null unique,
      account_id uuid not null references accounts(id),
      created_at text not null,
      last_seen_at text not null,
      idle_seconds integer not null,
      idle_expires_at text not null,
      absolute_expires_at text not null,
      ended_at text,
      user_agent text not null,
      address text not null
    );
    create index sessions_account on sessions(account_id);
    create table webauthn_challenges (
      id uuid primary key,
      challenge text not null unique,
      account_id uuid references accounts(id),
      purpose text not null,
      expires_at text not null,
      used_at text
    );
  `,
  );
}
