// Account signing keys and signatures on agreed texts: read tables projected from `key.registered`,
// `key.rotated`, `key.revoked` and `version.signed`. A key row holds its validity period (from its registration
// until it was rotated away or revoked), so "which key was valid when" is one lookup and can be replayed from the
// log. A public key is registered once, ever (unique), so a revoked key cannot come back under another id; a
// signature is kept once per key and version (unique), the command's rule made a key of the database too.
// Signatures carry no audience: they are read through their version's row, so they follow the version when it is
// shared.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table account_keys (
      id uuid primary key,
      account_id uuid not null,
      public_key text not null unique,
      label text not null,
      valid_from text not null,
      valid_until text,
      ended text check (ended in ('rotated', 'revoked')),
      reason text,
      previous_key_id uuid references account_keys(id),
      log_index bigint not null
    );
    create index account_keys_account on account_keys(account_id, log_index);
    create table version_signatures (
      id uuid primary key,
      version_id uuid not null references versions(id),
      process_id uuid not null references processes(id),
      party_id uuid not null references parties(id),
      account_id uuid not null,
      key_id uuid not null references account_keys(id),
      version_hash text not null,
      signature text not null,
      signed_at text not null,
      log_index bigint not null,
      unique (version_id, key_id)
    );
    create index version_signatures_version on version_signatures(version_id, log_index);
  `,
  );
}
