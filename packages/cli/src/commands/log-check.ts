// `concord log check`: recompute every leaf and the whole tree from the stored events and check every stored
// checkpoint's root and signature. Exit 0 only when all of it matches; otherwise name the first bad entry.
import { readdirSync } from 'node:fs';
import { Command, Option } from 'commander';
import { lockDataDir } from '../data-dir-lock.ts';
import { CliError, errorLine } from '../errors.ts';
import { groupCommand } from '../group.ts';
import { describeStoreTarget, parseDatabaseUrl, resolveStoreTarget, type StoreTarget } from '../options.ts';

type LogCheckFlags = { dataDir?: string; databaseUrl?: string };

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
    .action(async (flags: LogCheckFlags) => {
      await runLogCheck(flags);
    });
}

function holdsFiles(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

async function runLogCheck(flags: LogCheckFlags): Promise<void> {
  const target = resolveStoreTarget(flags, process.env);
  if (target.databaseUrl === undefined && !holdsFiles(target.dataDir)) {
    // Opening would create an empty store and report it "ok": a typo in the path must not look like a pass.
    throw new CliError(`no Concord store in ${target.dataDir} (give the data directory with --data-dir)`);
  }
  const unlock = target.databaseUrl === undefined ? lockDataDir(target.dataDir) : () => {};
  try {
    await checkStore(target);
  } finally {
    unlock();
  }
}

async function checkStore(target: StoreTarget): Promise<void> {
  const { openStore } = await import('@concord/db');
  const store = await openStore(target).catch((error: unknown) => {
    throw new CliError(`cannot open the store at ${describeStoreTarget(target)}: ${errorLine(error)}`);
  });
  try {
    const result = await store.checkLog();
    if (!result.ok) {
      const event = result.eventId ? ` (event ${result.eventId})` : '';
      throw new CliError(`log check failed at entry ${result.index}${event}: ${errorLine(result.reason)}`);
    }
    process.stdout.write(`log ok: ${result.size} entries, ${result.checkpoints} checkpoints verified\n`);
  } finally {
    await store.close();
  }
}
