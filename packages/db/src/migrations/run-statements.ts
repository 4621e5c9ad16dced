import { type Kysely, sql } from 'kysely';

// PGlite's extended-protocol queries take one statement at a time, so a migration's SQL is split on the
// semicolons that end its statements (migrations hold no semicolons inside literals or bodies).
export async function runStatements(db: Kysely<unknown>, text: string): Promise<void> {
  for (const statement of text.split(/;\s*\n/)) {
    if (statement.trim() !== '') await sql.raw(statement).execute(db);
  }
}
