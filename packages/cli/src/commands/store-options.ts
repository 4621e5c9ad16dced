// The options every command on an existing store takes, and the operator's command context: the CLI acts on
// the store itself, as the deployment's operator (recorded as `operator` in the log).
import type { Store } from '@concord/db';
import { type Command, Option } from 'commander';
import { CliError } from '../errors.ts';
import { parseDatabaseUrl } from '../options.ts';

export function storeOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'embedded database directory (default: ./.concord)')
    .addOption(
      new Option('--database-url <url>', 'PostgreSQL database (default: $DATABASE_URL)').argParser(
        parseDatabaseUrl,
      ),
    );
}

/** Checks ids before the store opens; core is loaded here, not at start-up, to keep `concord --help` quick. */
export async function checkUuids(ids: [string, string | undefined][]): Promise<void> {
  const { isUuid } = await import('@concord/core');
  for (const [what, value] of ids) {
    if (value !== undefined && !isUuid(value)) throw new CliError(`${what} must be a UUID, got "${value}"`);
  }
}

/** A command's problem (bad input, refused by a rule) as the one line the CLI prints. */
export function asCliError(what: string): (error: unknown) => never {
  return (error: unknown) => {
    const detail =
      error !== null && typeof error === 'object' && 'detail' in error && typeof error.detail === 'string'
        ? error.detail
        : error instanceof Error
          ? error.message
          : String(error);
    const fields =
      error !== null && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)
        ? (error.errors as { path: string; message: string }[])
            .map((e) => `${e.path} ${e.message}`)
            .join('; ')
        : '';
    throw new CliError(`${what}: ${detail}${fields ? ` (${fields})` : ''}`);
  };
}

/**
 * The account `ref` names: its id (as `concord account create` prints it) or its handle. An id is looked up
 * first, so a handle that happens to look like an id cannot hide an account.
 */
export async function accountByRef(store: Pick<Store, 'accounts'>, ref: string, flag: string) {
  const { isUuid } = await import('@concord/core');
  const account =
    (isUuid(ref) ? await store.accounts.get(ref) : null) ?? (await store.accounts.byHandle(ref));
  if (account === null) throw new CliError(`${flag}: no account with id or handle "${ref}"`);
  return account;
}

/** The operator's command context: the CLI acts on the store itself, logged as `operator`. */
export async function operatorContext(store: Store) {
  const { OPERATOR } = await import('@concord/core');
  return { store, principal: OPERATOR, clock: () => new Date() };
}
