// Witnesses: independent parties that check the log only grows and cosign its checkpoints (C2SP
// tlog-cosignature/v1). Configuration beside the log, like accounts: a witness is registered by name and vkey
// for the deployment, and each cosignature it posts is stored as the line it sent, once per witness and size,
// after the server verified it against the stored checkpoint of that size. `cosigned_at` is the witness's own
// time (seconds, inside the signed line); `received_at` is when the server took it.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table witnesses (
      name text primary key,
      verifier_key text not null unique,
      registered_at text not null,
      registered_by text not null
    );
    create table witness_cosignatures (
      witness_name text not null references witnesses(name),
      size bigint not null,
      cosigned_at bigint not null,
      line text not null,
      received_at text not null,
      primary key (witness_name, size)
    );
    create index witness_cosignatures_size on witness_cosignatures(size);
  `,
  );
}
