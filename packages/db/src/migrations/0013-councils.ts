// Councils: read tables projected from `council.*`, `motion.*` and `vote.cast`. A council's seats, motions and
// votes take the council's audience (set once, at creation). `rule` and `outcome` are stored as logged: the
// outcome of a closed motion is the one its `motion.closed` event carries, never recomputed on read, so the page
// shows what the log says was decided. One vote per seat and motion is also a unique key, so a second vote
// fails in the database even if a command forgot to refuse it.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table councils (
      id uuid primary key,
      process_id uuid not null references processes(id),
      name text not null,
      mandate text not null,
      rule jsonb not null,
      log_index bigint not null,
      audience_kind text not null,
      audience_parties uuid[] not null
    );
    create index councils_process on councils(process_id);
    create table council_members (
      id uuid primary key,
      council_id uuid not null references councils(id),
      process_id uuid not null references processes(id),
      name text not null,
      role text not null,
      party_id uuid references parties(id),
      account_id uuid,
      log_index bigint not null,
      audience_kind text not null,
      audience_parties uuid[] not null
    );
    create index council_members_council on council_members(council_id, log_index);
    create table motions (
      id uuid primary key,
      council_id uuid not null references councils(id),
      process_id uuid not null references processes(id),
      kind text not null,
      title text not null,
      text text not null,
      opened_at text not null,
      closes_at text not null,
      closed_at text,
      outcome jsonb,
      log_index bigint not null,
      audience_kind text not null,
      audience_parties uuid[] not null
    );
    create index motions_council on motions(council_id, opened_at);
    create table council_votes (
      id uuid primary key,
      motion_id uuid not null references motions(id),
      process_id uuid not null references processes(id),
      member_id uuid not null references council_members(id),
      choice text not null,
      reason text not null,
      recorded_by text not null,
      actor text not null,
      cast_at text not null,
      log_index bigint not null,
      audience_kind text not null,
      audience_parties uuid[] not null,
      unique (motion_id, member_id)
    );
  `,
  );
}
