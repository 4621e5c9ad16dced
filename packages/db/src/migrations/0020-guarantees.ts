// Guarantees: read tables projected from `guarantee.rules-set`, `guarantee.notified`, `guarantee.finding-recorded`
// and `guarantee.case-changed`, all read through their process's row (the process's audience). A process has one
// rules row (its id is the process's), replaced whole. Each change of a case is one row, and (process, case, seq)
// is unique: a runner that would log a case's change a second time has its transaction refused by the store.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table guarantee_rules (
      id uuid primary key references processes(id),
      rules jsonb not null,
      reason text not null,
      actor text not null,
      set_at text not null,
      log_index bigint not null
    );
    create table guarantee_notifications (
      id uuid primary key,
      process_id uuid not null references processes(id),
      notification jsonb not null,
      actor text not null,
      notified_at text not null,
      log_index bigint not null
    );
    create index guarantee_notifications_process on guarantee_notifications(process_id, log_index);
    create table guarantee_findings (
      id uuid primary key,
      process_id uuid not null references processes(id),
      finding jsonb not null,
      actor text not null,
      recorded_at text not null,
      log_index bigint not null
    );
    create index guarantee_findings_process on guarantee_findings(process_id, log_index);
    create table guarantee_case_changes (
      id uuid primary key,
      process_id uuid not null references processes(id),
      case_id text not null,
      rule_id text not null,
      seq integer not null,
      kind text not null,
      change jsonb not null,
      actor text not null,
      logged_at text not null,
      log_index bigint not null,
      unique (process_id, case_id, seq)
    );
    create index guarantee_case_changes_process on guarantee_case_changes(process_id, log_index);
  `,
  );
}
