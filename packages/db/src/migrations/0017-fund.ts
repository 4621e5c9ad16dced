// The reconstruction fund: read tables projected from `fund.created` and the four operations. A fund and its
// operations carry no audience of their own: they are read through their process's row, so a later widening of
// the process cannot leave them behind. An operation's full record stays as logged (jsonb); the columns beside it
// are what reads filter and order by. Amounts are bigint: minor units reach 10^13 for $100 bn.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table funds (
      id uuid primary key,
      process_id uuid not null references processes(id),
      name text not null,
      purpose text not null,
      illustrative boolean not null,
      actor text not null,
      created_at text not null,
      log_index bigint not null
    );
    create index funds_process on funds(process_id, log_index);
    create table fund_operations (
      id uuid primary key,
      fund_id uuid not null references funds(id),
      process_id uuid not null references processes(id),
      kind text not null check (kind in ('pledge', 'payment', 'allocation', 'disbursement')),
      currency text not null,
      amount bigint not null check (amount > 0),
      on_day text not null,
      record jsonb not null,
      actor text not null,
      recorded_at text not null,
      log_index bigint not null
    );
    create index fund_operations_fund on fund_operations(fund_id, log_index);
  `,
  );
}
