// Opens a store for a one-shot command (log check, account, process, member, access), holding the data-dir
// lock while it runs.
import { readdirSync } from 'node:fs';
import type { Store } from '@concord/db';
import { lockDataDir } from './data-dir-lock.ts';
import { CliError, errorLine } from './errors.ts';
import { describeStoreTarget, resolveStoreTarget } from './options.ts';

export type StoreFlags = { dataDir?: string; databaseUrl?: string };

function holdsFiles(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

export async function withExistingStore<T>(
  flags: StoreFlags,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const target = resolveStoreTarget(flags, process.env);
  if (target.databaseUrl === undefined && !holdsFiles(target.dataDir)) {
    // Opening would create an empty store: a typo in the path must not look like an empty, healthy store.
    throw new CliError(`no Concord store in ${target.dataDir} (give the data directory with --data-dir)`);
  }
  return withStore(flags, work);
}

/** Opens the store, creating an empty one if there is none (the operator's very first account). */
export async function withStore<T>(flags: StoreFlags, work: (store: Store) => Promise<T>): Promise<T> {
  const target = resolveStoreTarget(flags, process.env);
  const unlock = target.databaseUrl === undefined ? lockDataDir(target.dataDir) : () => {};
  try {
    const { openStore } = await import('@concord/db');
    const store = await openStore(target).catch((error: unknown) => {
      throw new CliError(`cannot open the store at ${describeStoreTarget(target)}: ${errorLine(error)}`);
    });
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  } finally {
    unlock();
  }
}
