// Accounts on the store (configuration beside the log, not in it): each call commits on its own.
import { type Account, AccountCreate, type AccountCreateInput, Email, Handle, isUuid } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';
import type { AccountRepository } from '../store.ts';

type Row = Selectable<Database['accounts']>;

function toAccount(r: Row): Account {
  return {
    id: r.id,
    name: r.name,
    handle: r.handle,
    email: r.email,
    mayOpenProcesses: r.may_open_processes,
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
  };
}

function checked(input: AccountCreateInput): AccountCreate {
  const parsed = AccountCreate.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(
      'BAD_INPUT',
      `account refused: ${issue?.path.join('.') || 'input'} ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

export function accountRepository(db: Kysely<Database>): AccountRepository {
  const byColumn = async (column: 'id' | 'handle' | 'email', value: string) => {
    const row = await db.selectFrom('accounts').selectAll().where(column, '=', value).executeTakeFirst();
    return row ? toAccount(row) : null;
  };
  return {
    async create(input, { id, at }) {
      const fields = checked(input);
      try {
        await db
          .insertInto('accounts')
          .values({
            id,
            name: fields.name,
            handle: fields.handle,
            email: fields.email,
            may_open_processes: fields.mayOpenProcesses,
            created_at: at,
          })
          .execute();
      } catch (error) {
        if ((error as { code?: unknown })?.code === '23505')
          throw new StoreError('CONFLICT', 'an account with this handle or e-mail address already exists');
        throw error;
      }
      return (await byColumn('id', id)) as Account;
    },
    get: (id) => (isUuid(id) ? byColumn('id', id) : Promise.resolve(null)),
    byHandle: (handle) => {
      // What is not a handle names no account (and a NUL would be a database error, not a miss).
      const parsed = Handle.safeParse(handle);
      return parsed.success ? byColumn('handle', parsed.data) : Promise.resolve(null);
    },
    // Handles cannot hold '@', so a login with one is an e-mail address.
    byLogin: (login) => {
      const parsed = login.includes('@') ? Email.safeParse(login) : Handle.safeParse(login);
      if (!parsed.success) return Promise.resolve(null);
      return byColumn(login.includes('@') ? 'email' : 'handle', parsed.data);
    },
    async list() {
      const rows = await db.selectFrom('accounts').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(toAccount);
    },
    async setMayOpenProcesses(id, may) {
      const result = await db
        .updateTable('accounts')
        .set({ may_open_processes: may })
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async disable(id, at) {
      const result = await db
        .updateTable('accounts')
        .set({ disabled_at: at })
        .where('id', '=', id)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
