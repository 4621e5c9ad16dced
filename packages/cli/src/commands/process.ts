// `concord process open`: the operator opens a process for an account, which becomes its lead mediator.
import { Command } from 'commander';
import { groupCommand } from '../group.ts';
import { type StoreFlags, withExistingStore } from '../with-store.ts';
import { accountByRef, asCliError, operatorContext, storeOptions } from './store-options.ts';

type OpenFlags = StoreFlags & { title: string; owner: string; description?: string; confidential?: boolean };

export function processCommand(): Command {
  const group = groupCommand('process', 'open processes');
  group.addCommand(
    storeOptions(
      new Command('open')
        .description('open a process; its owner becomes the lead mediator; prints the process id')
        .requiredOption('--title <title>', 'the process’s title')
        .requiredOption('--owner <account>', 'the account that leads the mediation: its id or handle')
        .option('--description <text>', 'a short description')
        .option('--confidential', 'only its members may see that it exists (default: public)'),
    ).action(async (flags: OpenFlags) => {
      await open(flags);
    }),
  );
  return group;
}

async function open(flags: OpenFlags): Promise<void> {
  const { createProcess } = await import('@concord/server');
  const opened = await withExistingStore(flags, async (store) => {
    const owner = await accountByRef(store, flags.owner, '--owner');
    return createProcess(await operatorContext(store), {
      title: flags.title,
      description: flags.description ?? '',
      audience: flags.confidential === true ? { kind: 'process' } : { kind: 'public' },
      ownerAccountId: owner.id,
    }).catch(asCliError('cannot open the process'));
  });
  process.stdout.write(`${opened.id}\n`);
}
