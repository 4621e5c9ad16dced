// Monitoring: read tables projected from `incident.reported`, `incident.status-changed`, `restriction.recorded`
// and `report.filed`. All are read through their process's row (the process's audience). The incident's columns
// that the page filters and the series count by are columns; the rest is the record as logged (jsonb). An
// incident's status is kept on its row and each move in incident_changes, whose `from` must match the row's
// status when the projection applies it (the command checked the workflow; the row keeps the last word).
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table incidents (
      id uuid primary key,
      process_id uuid not null references processes(id),
      event_date text not null,
      event_type text not null,
      actor1 text not null,
      status text not null,
      incident jsonb not null,
      actor text not null,
      reported_at text not null,
      log_index bigint not null
    );
    create index incidents_process on incidents(process_id, event_date);
    create table incident_changes (
      id uuid primary key,
      incident_id uuid not null references incidents(id),
      from_status text not null,
      to_status text not null,
      reason text not null,
      actor text not null,
      changed_at text not null,
      log_index bigint not null
    );
    create index incident_changes_incident on incident_changes(incident_id, log_index);
    create table restrictions (
      id uuid primary key,
      process_id uuid not null references processes(id),
      restriction jsonb not null,
      actor text not null,
      recorded_at text not null,
      log_index bigint not null
    );
    create index restrictions_process on restrictions(process_id, log_index);
    create table monitoring_reports (
      id uuid primary key,
      process_id uuid not null references processes(id),
      report jsonb not null,
      actor text not null,
      filed_at text not null,
      log_index bigint not null
    );
    create index monitoring_reports_process on monitoring_reports(process_id, log_index);
  `,
  );
}
