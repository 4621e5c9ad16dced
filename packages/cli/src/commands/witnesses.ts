// `concord witnesses add | list`: the operator registers the witnesses of the deployment's log on the store (a
// mediator can do the same on the log page). A witness prints its key with `concord witness --print-key`; from
// then on the server keeps the cosignatures it posts and serves them on the checkpoints they cover.
import { revealInvisible } from '@concord/core/text';
import { Command } from 'commander';
import { groupCommand } from '../group.ts';
import { type StoreFlags, withExistingStore } from '../with-store.ts';
import { asCliError, operatorContext, storeOptions } from './store-options.ts';

export function witnessesCommand(): Command {
  const witnesses = groupCommand('witnesses', 'register and list the witnesses of this deployment’s log');
  witnesses.addCommand(
    storeOptions(
      new Command('add')
        .description('register a witness by the key `concord witness --print-key` prints')
        .argument('<vkey>', 'the witness’s public key, <name>+<key id>+<base64>'),
    ).action(async (vkey: string, flags: StoreFlags) => {
      const { registerWitness } = await import('@concord/server');
      const witness = await withExistingStore(flags, async (store) =>
        registerWitness(await operatorContext(store), { verifierKey: vkey }).catch(
          asCliError('cannot register the witness'),
        ),
      );
      process.stdout.write(`registered witness ${witness.name}\n`);
    }),
  );
  witnesses.addCommand(
    storeOptions(
      new Command('list').description('each witness, and how far it has witnessed the log'),
    ).action(async (flags: StoreFlags) => {
      const lines = await withExistingStore(flags, async (store) => {
        const size = await store.log.size();
        return (await store.witnesses.list()).map((w) => {
          const seen = w.witnessed
            ? `witnessed ${w.witnessed.size} of ${size} entries, ${w.witnessed.cosignedAt}`
            : 'not witnessed yet';
          return `${revealInvisible(w.name, { singleLine: true })}\t${seen}\t${w.verifierKey}`;
        });
      });
      process.stdout.write(lines.length === 0 ? 'no witnesses registered\n' : `${lines.join('\n')}\n`);
    }),
  );
  return witnesses;
}
