import type { OpenStoreOptions, Store } from './store.ts';

export async function openStore(_options: OpenStoreOptions = {}): Promise<Store> {
  throw new Error('openStore: not implemented yet (the db package is being written)');
}
