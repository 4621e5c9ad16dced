// Withdrawn versions and removed points.
//
// A version is never deleted: `version.withdrawn` marks it (`withdrawn_at`, the event's time, and the reason the
// mediator gave), and it stays in the plan's tree and the log. Both columns are null while the version stands.
//
// A point of a working draft can be removed (`point.removed`): its row goes, and with it its sub-points and its
// commitments, so the two foreign keys that hang on a point now cascade. The log keeps the point's history.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table versions add column withdrawn_at text;
    alter table versions add column withdrawal_reason text;
    alter table versions add constraint versions_withdrawal check ((withdrawn_at is null) = (withdrawal_reason is null));
    alter table points drop constraint points_parent_point_id_fkey;
    alter table points add constraint points_parent_point_id_fkey
      foreign key (parent_point_id) references points(id) on delete cascade;
    alter table commitments drop constraint commitments_point_id_fkey;
    alter table commitments add constraint commitments_point_id_fkey
      foreign key (point_id) references points(id) on delete cascade;
    `,
  );
}
