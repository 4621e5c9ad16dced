// `concord log check`: recompute every leaf and the whole tree from the stored events and check every stored
// checkpoint's root and signature. Exit 0 only when all of it matches; otherwise name the first bad entry.
import { Command, Option } from 'commander';
import { CliError, errorLine } from '../errors.ts';
import { groupCommand } from '../group.ts';
import { parseDatabaseUrl } from '../options.ts';
import { type StoreFlags, withExistingStore } from '../with-store.ts';

export function logCommand(): Command {
  const log = groupCommand('log', 'inspect and verify the Merkle log');
  log.addCommand(logCheckCommand());
  return log;
}

function logCheckCommand(): Command {
  return new Command('check')
    .description(
      'recompute every leaf and the tree from the stored events and verify every stored checkpoint; ' +
        'exit 1 naming the first entry that does not match',
    )
    .option('--data-dir <dir>', 'embedded database directory (default: ./.concord)')
    .addOption(
      new Option('--database-url <url>', 'check this PostgreSQL database (default: $DATABASE_URL)').argParser(
        parseDatabaseUrl,
      ),
    )
    .action(async (flags: StoreFlags) => {
      await runLogCheck(flags);
    });
}

async function runLogCheck(flags: StoreFlags): Promise<void> {
  await withExistingStore(flags, async (store) => {
    const result = await store.checkLog();
    if (!result.ok) {
      const event = result.eventId ? ` (event ${result.eventId})` : '';
      throw new CliError(`log check failed at entry ${result.index}${event}: ${errorLine(result.reason)}`);
    }
    process.stdout.write(`log ok: ${result.size} entries, ${result.checkpoints} checkpoints verified\n`);
  });
}
