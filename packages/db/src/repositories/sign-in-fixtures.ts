// For the sign-in repository tests: accounts inserted straight into the table (the accounts repository's own
// rules are not what these tests are about), and times from a test clock.
import { uuidv7 } from '@concord/core';
import { storeDatabase } from '../create-store.ts';
import type { Store } from '../store.ts';

export const T0 = '2026-12-01T09:00:00.000Z';

/** `T0` (or `from`) plus `seconds`, as an ISO UTC time. */
export function later(seconds: number, from = T0): string {
  return new Date(Date.parse(from) + seconds * 1000).toISOString();
}

/** Inserts an active account and returns its id. */
export async function insertAccount(store: Store, handle = `user-${uuidv7().slice(-12)}`): Promise<string> {
  const id = uuidv7();
  await storeDatabase(store)
    .insertInto('accounts')
    .values({
      id,
      name: handle,
      handle,
      email: null,
      may_open_processes: false,
      created_at: T0,
      disabled_at: null,
    })
    .execute();
  return id;
}

export async function disableAccount(store: Store, id: string, at: string): Promise<void> {
  await storeDatabase(store).updateTable('accounts').set({ disabled_at: at }).where('id', '=', id).execute();
}
