// Implementation tracking: read tables projected from `commitment.tracked`, `commitment.status-set` and
// `milestone.recorded`. Tracking and statuses carry no audience of their own: they are read through their
// commitment's row (which takes its version's audience and follows it when the version is shared), and milestones
// through their process's row, so a later widening cannot leave them behind. One tracking per commitment and one
// milestone per key and process are keys, so a second one fails in the database even if a command forgot.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table commitment_tracking (
      id uuid primary key references commitments(id),
      process_id uuid not null references processes(id),
      version_id uuid not null,
      due jsonb,
      weight integer not null,
      parent_id uuid references commitment_tracking(id),
      indicators jsonb not null,
      log_index bigint not null
    );
    create index commitment_tracking_process on commitment_tracking(process_id, log_index);
    create table commitment_statuses (
      id uuid primary key,
      commitment_id uuid not null references commitment_tracking(id),
      process_id uuid not null references processes(id),
      score integer not null check (score between 0 and 3),
      on_day text not null,
      reason text not null,
      evidence jsonb not null,
      actor text not null,
      set_at text not null,
      log_index bigint not null
    );
    create index commitment_statuses_commitment on commitment_statuses(commitment_id, log_index);
    create table milestones (
      id uuid primary key,
      process_id uuid not null references processes(id),
      key text not null,
      label text not null,
      occurred_at text not null,
      note text not null,
      log_index bigint not null,
      unique (process_id, key)
    );
  `,
  );
}
