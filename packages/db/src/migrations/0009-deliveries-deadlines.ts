// Deliveries, consultations, statements and deadlines: read tables projected from `version.delivered`,
// `consultation.recorded`, `statement.recorded` and `deadline.*` events. Deliveries, consultations and statements
// keep their record as a JSON body (parsed with core's schema on read); a deadline keeps its current due time
// and outcome as columns (moves and closing update them) and each move as a row of `deadline_moves`, read only
// through its deadline (which carries the audience).
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

const AUDIENCE = `audience_kind text not null,
      audience_parties uuid[] not null`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table deliveries (
      id uuid primary key,
      process_id uuid not null references processes(id),
      version_id uuid not null references versions(id),
      party_id uuid not null references parties(id),
      delivered_at text not null,
      body jsonb not null,
      log_index bigint not null,
      ${AUDIENCE}
    );
    create index deliveries_version on deliveries(version_id);
    create index deliveries_process on deliveries(process_id);
    create table consultations (
      id uuid primary key,
      process_id uuid not null references processes(id),
      version_id uuid references versions(id),
      held_at text not null,
      body jsonb not null,
      log_index bigint not null,
      ${AUDIENCE}
    );
    create index consultations_process on consultations(process_id);
    create table statements (
      id uuid primary key,
      process_id uuid not null references processes(id),
      made_at text not null,
      body jsonb not null,
      log_index bigint not null,
      ${AUDIENCE}
    );
    create index statements_process on statements(process_id);
    create table deadlines (
      id uuid primary key,
      process_id uuid not null references processes(id),
      version_id uuid references versions(id),
      title text not null,
      due_at text not null,
      set_at text not null,
      set_by text not null,
      note text not null,
      outcome text,
      outcome_at text,
      outcome_note text,
      log_index bigint not null,
      ${AUDIENCE}
    );
    create index deadlines_process on deadlines(process_id);
    create table deadline_moves (
      id uuid primary key,
      deadline_id uuid not null references deadlines(id),
      moved_at text not null,
      from_at text not null,
      to_at text not null,
      reason text not null,
      log_index bigint not null
    );
    create index deadline_moves_deadline on deadline_moves(deadline_id);
  `,
  );
}
