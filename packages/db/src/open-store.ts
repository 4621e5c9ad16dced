// openStore: embedded PGlite under `<dataDir>/db` by default, PostgreSQL when a URL is given. The log signing
// key always lives in `<dataDir>/log-signer.key`.
import { join, resolve } from 'node:path';
import { connectPglite, connectPostgres } from './connect.ts';
import { createStore } from './create-store.ts';
import { loadSigner } from './log/signer.ts';
import type { OpenStoreOptions, Store } from './store.ts';

export const DEFAULT_DATA_DIR = './.concord';
export const DEFAULT_ORIGIN = 'concord.local/log';

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const origin = options.origin ?? DEFAULT_ORIGIN;
  const signer = await loadSigner(dataDir, origin);
  const connection = options.databaseUrl
    ? connectPostgres(options.databaseUrl)
    : await connectPglite(join(dataDir, 'db'));
  return createStore({
    ...connection,
    signer,
    ...(options.writeGroup === undefined ? {} : { writeGroup: options.writeGroup }),
  });
}
