// Sealed acceptability: one row per (version, party), the party's current marks on the version's contested
// points, projected from `acceptability.marked`. The row's audience is its party alone; the repository reads it
// for that party's delegates only (not the mediators), and the common result is computed inside the server from
// every party's row without ever handing a row to a caller.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table acceptability_marks (
      id uuid primary key,
      process_id uuid not null references processes(id),
      plan_id uuid not null references plans(id),
      version_id uuid not null references versions(id),
      party_id uuid not null references parties(id),
      body jsonb not null,
      audience_kind text not null,
      audience_parties uuid[] not null,
      log_index bigint not null,
      unique (version_id, party_id)
    );
    `,
  );
}
