// Read tables: a cache of the log, rebuilt by replaying it. Dates and times are kept as the ISO strings the
// events carry, so a rebuild reproduces them exactly. Foreign keys are a last guard behind the commands.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table processes (
      id uuid primary key,
      title text not null,
      description text not null,
      created_at text not null,
      log_index bigint not null
    );
    create table parties (
      id uuid primary key,
      process_id uuid not null references processes(id),
      name text not null,
      kind text not null,
      aliases jsonb not null,
      log_index bigint not null
    );
    create index parties_process on parties(process_id);
    create table plans (
      id uuid primary key,
      process_id uuid not null references processes(id),
      title text not null,
      mediator_party_id uuid references parties(id),
      log_index bigint not null
    );
    create index plans_process on plans(process_id);
    create table versions (
      id uuid primary key,
      plan_id uuid not null references plans(id),
      parent_version_id uuid references versions(id),
      label text not null,
      issued_on text,
      status text not null,
      note text not null,
      log_index bigint not null
    );
    create index versions_plan on versions(plan_id);
    create table points (
      id uuid primary key,
      version_id uuid not null references versions(id),
      lineage_id uuid not null,
      parent_point_id uuid references points(id),
      ordinal integer not null,
      number text not null,
      text jsonb not null,
      categories jsonb not null,
      quantities jsonb not null,
      conditions jsonb not null,
      log_index bigint not null
    );
    create index points_version on points(version_id);
    create index points_lineage on points(lineage_id);
    create table commitments (
      id uuid primary key,
      version_id uuid not null references versions(id),
      point_id uuid not null references points(id),
      obligor text not null,
      beneficiary text,
      action text not null,
      due jsonb,
      verification text,
      log_index bigint not null
    );
    create index commitments_version on commitments(version_id);
    create index commitments_point on commitments(point_id);
  `,
  );
}
