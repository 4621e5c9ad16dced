// A plan names its authentic languages, so the page can say which point lacks one or holds a text left behind
// when another language's text changed. Plans written before have none ([]), which asks nothing of their points.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `alter table plans add column languages jsonb not null default '[]'::jsonb;`);
}
