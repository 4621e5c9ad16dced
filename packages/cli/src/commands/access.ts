// `concord access grant | list | revoke`: the operator's hand on who may read confidential material. A key
// stands for the mediator of one process or one party's delegation in it; it is shown once, at grant, and only
// its hash is stored.
import type { Principal } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { Command, Option } from 'commander';
import { CliError, errorLine } from '../errors.ts';
import { groupCommand } from '../group.ts';
import { parseDatabaseUrl } from '../options.ts';
import { type StoreFlags, withExistingStore } from '../with-store.ts';

type GrantFlags = StoreFlags & { process: string; mediator?: boolean; party?: string; label?: string };

function storeOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'embedded database directory (default: ./.concord)')
    .addOption(
      new Option('--database-url <url>', 'PostgreSQL database (default: $DATABASE_URL)').argParser(
        parseDatabaseUrl,
      ),
    );
}

/** Checks ids before the store opens; core is loaded here, not at start-up, to keep `concord --help` quick. */
async function checkUuids(ids: [string, string | undefined][]): Promise<void> {
  const { isUuid } = await import('@concord/core');
  for (const [what, value] of ids) {
    if (value !== undefined && !isUuid(value)) throw new CliError(`${what} must be a UUID, got "${value}"`);
  }
}

export function accessCommand(): Command {
  const access = groupCommand(
    'access',
    'grant, list and revoke access keys (mediators and party delegations)',
  );
  access.addCommand(
    storeOptions(
      new Command('grant')
        .description('grant a key to the mediator of a process or to a party delegation; prints the key once')
        .addOption(new Option('--process <id>', 'the process').makeOptionMandatory())
        .option('--mediator', 'the key stands for the mediator of the process')
        .option('--party <id>', 'the key stands for this party’s delegation')
        .option('--label <text>', 'who holds the key (shown in lists and on the web page)'),
    ).action(async (flags: GrantFlags) => {
      await grant(flags);
    }),
  );
  access.addCommand(
    storeOptions(new Command('list').description('list keys (never the keys themselves)')).action(
      async (flags: StoreFlags) => {
        await list(flags);
      },
    ),
  );
  access.addCommand(
    storeOptions(
      new Command('revoke').description('revoke a key by its id').argument('<id>', 'key id (from list)'),
    ).action(async (id: string, flags: StoreFlags) => {
      await revoke(id, flags);
    }),
  );
  return access;
}

function principalOf(flags: GrantFlags): Principal {
  if (flags.mediator === true && flags.party !== undefined)
    throw new CliError('give either --mediator or --party, not both');
  if (flags.mediator === true) return { role: 'mediator', processId: flags.process };
  if (flags.party !== undefined) return { role: 'party', processId: flags.process, partyId: flags.party };
  throw new CliError('say whom the key stands for: --mediator or --party <id>');
}

async function grant(flags: GrantFlags): Promise<void> {
  await checkUuids([
    ['--process', flags.process],
    ['--party', flags.party],
  ]);
  const principal = principalOf(flags);
  const label =
    (flags.label ?? '').trim() || (principal.role === 'mediator' ? 'mediator' : 'party delegation');
  const granted = await withExistingStore(flags, (store) =>
    store.accessKeys.grant({ principal, label }).catch((error: unknown) => {
      throw new CliError(`cannot grant the key: ${errorLine(error)}`);
    }),
  );
  process.stderr.write(`granted key ${granted.id} (${label}); it is shown only now:\n`);
  process.stdout.write(`${granted.key}\n`);
}

async function list(flags: StoreFlags): Promise<void> {
  const keys = await withExistingStore(flags, (store) => store.accessKeys.list());
  for (const k of keys) {
    const who =
      k.principal.role === 'mediator'
        ? `mediator of process ${k.principal.processId}`
        : `party ${k.principal.partyId} of process ${k.principal.processId}`;
    const state = k.revokedAt === null ? 'active' : `revoked ${k.revokedAt}`;
    const label = revealInvisible(k.label, { singleLine: true });
    process.stdout.write(`${k.id}  ${state}  ${who}  "${label}"  granted ${k.createdAt}\n`);
  }
  if (keys.length === 0) process.stdout.write('no access keys\n');
}

async function revoke(id: string, flags: StoreFlags): Promise<void> {
  await checkUuids([['the key id', id]]);
  const done = await withExistingStore(flags, (store) => store.accessKeys.revoke(id));
  if (!done) throw new CliError(`no active key ${id}`);
  process.stdout.write(`revoked key ${id}\n`);
}
