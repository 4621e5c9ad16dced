// `concord access grant | list | revoke`: personal API tokens for the CLI and automation. A token acts in one
// membership (a person's role in one process); it is shown once, at grant, and only its hash is stored.
// Revoking takes effect on the very next request, whichever server answers it.
import { revealInvisible } from '@concord/core/text';
import type { Store } from '@concord/db';
import { Command, Option } from 'commander';
import { CliError } from '../errors.ts';
import { groupCommand } from '../group.ts';
import { type StoreFlags, withExistingStore } from '../with-store.ts';
import { accountByRef, asCliError, checkUuids, operatorContext, storeOptions } from './store-options.ts';

type GrantFlags = StoreFlags & { membership?: string; process?: string; account?: string; label?: string };

export function accessCommand(): Command {
  const access = groupCommand('access', 'issue, list and revoke personal API tokens (one membership each)');
  access.addCommand(
    storeOptions(
      new Command('grant')
        .description('issue an API token acting in one membership; prints the token once')
        .option('--membership <id>', 'the membership the token acts in')
        .option('--process <id>', 'with --account: that account’s membership in this process')
        .option('--account <account>', 'with --process: whose membership (the account’s id or handle)')
        .addOption(new Option('--label <text>', 'what the token is for (shown in lists)').default('')),
    ).action(async (flags: GrantFlags) => {
      await grant(flags);
    }),
  );
  access.addCommand(
    storeOptions(
      new Command('list')
        .description('list tokens (never the tokens themselves)')
        .option('--account <account>', 'only this account’s tokens (its id or handle)'),
    ).action(async (flags: StoreFlags & { account?: string }) => {
      await list(flags);
    }),
  );
  access.addCommand(
    storeOptions(
      new Command('revoke').description('revoke a token by its id').argument('<id>', 'token id (from list)'),
    ).action(async (id: string, flags: StoreFlags) => {
      await revoke(id, flags);
    }),
  );
  return access;
}

async function grant(flags: GrantFlags): Promise<void> {
  const byMembership = flags.membership !== undefined;
  if (byMembership === (flags.process !== undefined || flags.account !== undefined))
    throw new CliError('name the membership: --membership <id>, or --process <id> with --account <handle>');
  if (!byMembership && (flags.process === undefined || flags.account === undefined))
    throw new CliError('--process and --account go together');
  await checkUuids([
    ['--membership', flags.membership],
    ['--process', flags.process],
  ]);
  const { issueApiToken } = await import('@concord/server');
  const issued = await withExistingStore(flags, async (store) => {
    const membershipId =
      flags.membership ?? (await membershipOf(store, flags.process as string, flags.account as string));
    return issueApiToken(await operatorContext(store), { membershipId, label: flags.label ?? '' }).catch(
      asCliError('cannot issue the token'),
    );
  });
  process.stderr.write(
    `issued token ${issued.id} for membership ${issued.membershipId}; it is shown only now:\n`,
  );
  process.stdout.write(`${issued.token}\n`);
}

async function membershipOf(store: Store, processId: string, ref: string): Promise<string> {
  const account = await accountByRef(store, ref, '--account');
  const memberships = (await store.memberships.listByAccount(account.id)).filter(
    (m) => m.processId === processId && m.status === 'active',
  );
  const [only] = memberships;
  if (only === undefined)
    throw new CliError(`${account.handle} has no active membership in process ${processId}`);
  if (memberships.length > 1)
    throw new CliError(
      `${account.handle} has several memberships there: choose one with --membership (${memberships.map((m) => m.id).join(', ')})`,
    );
  return only.id;
}

async function list(flags: StoreFlags & { account?: string }): Promise<void> {
  const lines = await withExistingStore(flags, async (store) => {
    const account =
      flags.account === undefined ? null : await accountByRef(store, flags.account, '--account');
    const tokens = await store.apiTokens.list(account?.id);
    const out: string[] = [];
    for (const t of tokens) {
      const holder = await store.accounts.get(t.accountId);
      const state = t.revokedAt === null ? 'active' : `revoked ${t.revokedAt}`;
      const label = revealInvisible(t.label, { singleLine: true });
      const who = revealInvisible(holder?.handle ?? t.accountId, { singleLine: true });
      out.push(`${t.id}  ${state}  ${who}  membership ${t.membershipId}  "${label}"  issued ${t.createdAt}`);
    }
    return out;
  });
  process.stdout.write(lines.length === 0 ? 'no API tokens\n' : `${lines.join('\n')}\n`);
}

async function revoke(id: string, flags: StoreFlags): Promise<void> {
  await checkUuids([['the token id', id]]);
  await withExistingStore(flags, (store) => revokeToken(store, id));
  process.stdout.write(`revoked token ${id}\n`);
}

/** Revokes a token as the operator: the next request that presents it is refused, whichever server reads it. */
export async function revokeToken(store: Store, id: string): Promise<void> {
  const { revokeApiToken } = await import('@concord/server');
  await revokeApiToken(await operatorContext(store), { tokenId: id }).catch(
    asCliError('cannot revoke the token'),
  );
}
