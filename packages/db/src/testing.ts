import type { Store } from './store.ts';

export type DatabaseTarget = { name: 'pglite' | 'postgres'; open(): Promise<Store> };

export function databaseTargets(): DatabaseTarget[] {
  throw new Error('databaseTargets: not implemented yet (the db package is being written)');
}
