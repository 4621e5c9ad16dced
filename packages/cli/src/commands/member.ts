// `concord member grant | suspend | reinstate | end`: the operator's hand on memberships (the lead mediator does the same
// from the web app). Every change is a log entry naming the operator.
import type { Rank, Role } from '@concord/core';
import { Command, Option } from 'commander';
import { groupCommand } from '../group.ts';
import { type StoreFlags, withExistingStore } from '../with-store.ts';
import { accountByRef, asCliError, checkUuids, operatorContext, storeOptions } from './store-options.ts';

type GrantFlags = StoreFlags & {
  process: string;
  account: string;
  role: Role;
  rank?: Rank;
  party?: string;
  name?: string;
};

export function memberCommand(): Command {
  const group = groupCommand('member', 'grant, suspend and end memberships (a person’s role in a process)');
  group.addCommand(
    storeOptions(
      new Command('grant')
        .description('give an account a role in a process; prints the membership id')
        .requiredOption('--process <id>', 'the process')
        .requiredOption('--account <account>', 'whose role: the account’s id or handle')
        .addOption(
          new Option('--role <role>', 'the role')
            .choices(['mediator', 'delegate', 'intermediary', 'council', 'monitor', 'donor', 'observer'])
            .makeOptionMandatory(),
        )
        .addOption(
          new Option('--rank <rank>', 'mediator: lead|staff; council: chair|member|observer').choices([
            'lead',
            'staff',
            'chair',
            'member',
            'observer',
          ]),
        )
        .option('--party <id>', 'the party a delegate (intermediary, observer) acts for')
        .option('--name <name>', 'how the person is shown in this process (default: the account’s name)'),
    ).action(async (flags: GrantFlags) => {
      await grant(flags);
    }),
  );
  for (const [verb, status] of [
    ['suspend', 'suspended'],
    ['reinstate', 'active'],
    ['end', 'ended'],
  ] as const)
    group.addCommand(
      storeOptions(
        new Command(verb)
          .description(`${verb} a membership (logged, with the reason)`)
          .argument('<id>', 'membership id')
          .requiredOption('--reason <text>', 'why (kept in the log)'),
      ).action(async (id: string, flags: StoreFlags & { reason: string }) => {
        await change(id, status, flags);
      }),
    );
  return group;
}

async function grant(flags: GrantFlags): Promise<void> {
  await checkUuids([
    ['--process', flags.process],
    ['--party', flags.party],
  ]);
  const { grantMembership } = await import('@concord/server');
  const membership = await withExistingStore(flags, async (store) => {
    const account = await accountByRef(store, flags.account, '--account');
    return grantMembership(await operatorContext(store), {
      processId: flags.process,
      accountId: account.id,
      role: flags.role,
      rank: flags.rank ?? (flags.role === 'mediator' ? 'staff' : flags.role === 'council' ? 'member' : null),
      partyId: flags.party ?? null,
      name: flags.name ?? account.name,
    }).catch(asCliError('cannot grant the membership'));
  });
  process.stdout.write(`${membership.id}\n`);
}

async function change(
  id: string,
  status: 'active' | 'suspended' | 'ended',
  flags: StoreFlags & { reason: string },
) {
  await checkUuids([['the membership id', id]]);
  const { changeMembership } = await import('@concord/server');
  await withExistingStore(flags, async (store) =>
    changeMembership(await operatorContext(store), { membershipId: id, status, reason: flags.reason }).catch(
      asCliError('cannot change the membership'),
    ),
  );
  process.stdout.write(`membership ${id} is now ${status}\n`);
}
