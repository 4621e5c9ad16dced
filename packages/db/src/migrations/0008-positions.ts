// Positions: a read table projected from `position.recorded`, one row per recording (the history is the table,
// not only the log): the party's stance on a point of a version, with the day it was taken and whether the party
// published it. `body` is the PositionRecord exactly as logged; `actor` and `recorded_at` are the event's.
//
// Who reads a row: its version's readers, and of those, while the position is private, the party's delegates
// and the mediators only (the audience columns then name the party, or none when the version is not shared
// with it); once published, whoever reads the version (repositories/positions.ts joins `versions`). No foreign
// keys to points or versions: a point removed from a working draft takes its row away, and a position recorded
// on it stays in the log and here.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table positions (
      id uuid primary key,
      process_id uuid not null references processes(id),
      plan_id uuid not null references plans(id),
      version_id uuid not null,
      point_id uuid not null,
      party_id uuid not null references parties(id),
      stance text not null,
      taken_on text not null,
      published boolean not null,
      body jsonb not null,
      actor text not null,
      recorded_at text not null,
      log_index bigint not null,
      audience_kind text not null,
      audience_parties uuid[] not null
    );
    create index positions_plan on positions(plan_id, taken_on, log_index);
    create index positions_point on positions(point_id);
  `,
  );
}
