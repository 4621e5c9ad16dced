// The log's signing key lives beside the data (`<dataDir>/log-signer.key`, mode 0600, created on first open);
// its verifier key is recorded in the database, so opening a database with another key stops with a clear error
// instead of silently signing a history that verifiers know under a different key.
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatVerifierKey, generateNoteKey, parseSignerKey } from '@concord/ledger';
import type { Kysely } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';

export type LogSigner = { origin: string; signerKey: string; verifierKey: string };

export const KEY_FILE = 'log-signer.key';

export async function loadSigner(dataDir: string, origin: string): Promise<LogSigner> {
  const path = join(dataDir, KEY_FILE);
  await mkdir(dataDir, { recursive: true });
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing === null) {
    const { signerKey, verifierKey } = generateNoteKey(origin);
    // 'wx' fails if another process created the file meanwhile: then read theirs instead of overwriting it.
    const created = await writeFile(path, `${signerKey}\n`, { mode: 0o600, flag: 'wx' }).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        throw error;
      },
    );
    if (created) {
      await chmod(path, 0o600);
      return { origin, signerKey, verifierKey };
    }
    return loadSigner(dataDir, origin);
  }
  return signerFromText(existing.trim(), origin, path);
}

function signerFromText(signerKey: string, origin: string, path: string): LogSigner {
  let parsed: ReturnType<typeof parseSignerKey>;
  try {
    parsed = parseSignerKey(signerKey);
  } catch (error) {
    throw new StoreError(
      'KEY_MISMATCH',
      `${path} does not hold a valid signer key: ${(error as Error).message}`,
    );
  }
  if (parsed.name !== origin)
    throw new StoreError(
      'KEY_MISMATCH',
      `${path} holds a key named ${parsed.name}, but this log's origin is ${origin}`,
    );
  return { origin, signerKey, verifierKey: formatVerifierKey(parsed.name, parsed.publicKey) };
}

/** Records the verifier key and origin on first open; afterwards they must match what is recorded. */
export async function registerSigner(db: Kysely<Database>, signer: LogSigner): Promise<void> {
  const rows = await db.selectFrom('log_meta').select(['key', 'value']).execute();
  const meta = new Map(rows.map((r) => [r.key, r.value]));
  const recordedKey = meta.get('verifier_key');
  const recordedOrigin = meta.get('origin');
  if (recordedKey === undefined) {
    await db
      .insertInto('log_meta')
      .values([
        { key: 'verifier_key', value: signer.verifierKey },
        { key: 'origin', value: signer.origin },
      ])
      .execute();
    return;
  }
  if (recordedOrigin !== signer.origin)
    throw new StoreError(
      'KEY_MISMATCH',
      `this database's log has origin ${recordedOrigin}, not ${signer.origin}; open it with the origin it was created with`,
    );
  if (recordedKey !== signer.verifierKey)
    throw new StoreError(
      'KEY_MISMATCH',
      `the log signing key (${KEY_FILE}) does not match the verifier key recorded in the database (${recordedKey}); ` +
        'restore the original key file or point --data-dir at the directory that holds it',
    );
}

export async function recordedVerifierKey(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('log_meta')
    .select('value')
    .where('key', '=', 'verifier_key')
    .executeTakeFirst();
  return row?.value ?? null;
}
