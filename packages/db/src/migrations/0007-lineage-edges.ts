// Points carry their derivation as edges to points of earlier versions of the plan (keep, renumber, amend,
// split, merge, restore), so a split, a merge, a restored point or one taken from another branch can be
// written. A point also gets an editor's note, kept apart from its wording. Points projected before edges existed have none: their lineage id says where they come from, and
// core's lineage graph reads them that way. The column is rebuilt from the log like every read column.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table points add column derived_from jsonb not null default '[]'::jsonb;
    alter table points add column note text not null default '';
    `,
  );
}
