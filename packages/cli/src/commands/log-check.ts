// `concord log check`: recompute every leaf and the whole tree from the stored events and check every stored
// checkpoint's root and signature. Exit 0 only when all of it matches; otherwise name the first bad entry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { lockHolder } from '../data-dir-lock.ts';
import { CliError, errorLine } from '../errors.ts';
import { groupCommand } from '../group.ts';
import { parseDatabaseUrl, resolveStoreTarget } from '../options.ts';
import { readServingUrl } from '../serving-url.ts';
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
    .option('--url <url>', "check a running server's log over HTTP instead, as any reader can")
    .option(
      '--verifier-key <key>',
      'with --url: the note verifier key to trust (default: the one the server names)',
    )
    .addOption(
      new Option('--database-url <url>', 'check this PostgreSQL database (default: $DATABASE_URL)').argParser(
        parseDatabaseUrl,
      ),
    )
    .action(async (flags: StoreFlags & { url?: string; verifierKey?: string }) => {
      if (flags.url !== undefined) await runRemoteCheck(flags.url, flags.verifierKey);
      else await runLogCheck(flags);
    });
}

async function runRemoteCheck(url: string, verifierKey: string | undefined): Promise<void> {
  if (!/^https?:\/\/[^\s]+$/.test(url))
    throw new CliError(`--url must be an http(s) URL, not ${JSON.stringify(url)}`);
  // Loaded here, not at the top: the ledger's verifier (noble) would slow every `concord` start.
  const { checkRemoteLog } = await import('../remote-log-check.ts');
  const result = await checkRemoteLog(url, verifierKey === undefined ? {} : { verifierKey }).catch(
    (error: unknown) => {
      throw new CliError(`cannot read the log at ${url}: ${errorLine(error)}`);
    },
  );
  if (!result.ok) {
    const at = result.index === null ? '' : ` at entry ${result.index}`;
    throw new CliError(`log check failed${at}: ${result.reason}`);
  }
  const since = await compareWithLastCheck(url, result);
  const hidden = result.confidential === 0 ? '' : ` (${result.confidential} confidential: leaf hashes only)`;
  process.stdout.write(
    `log ok: ${result.size} entries${hidden}, the checkpoint verified with key ${result.keyId}; ${since}\n`,
  );
}

type PassedCheck = Extract<
  Awaited<ReturnType<typeof import('../remote-log-check.ts').checkRemoteLog>>,
  { ok: true }
>;

/**
 * The log against what this machine saw of it before (known-logs.ts): the same key, and a consistency proof from
 * the last checked size. An alarm (exit 1) otherwise; on success the new checkpoint is remembered.
 */
async function compareWithLastCheck(url: string, result: PassedCheck): Promise<string> {
  const [{ checkGrowthSince }, { checkPinnedKey }, known] = await Promise.all([
    import('../remote-log-check.ts'),
    import('@concord/ledger/verify'),
    import('../known-logs.ts'),
  ]);
  const path = known.knownLogsPath();
  // Known by where it is served and what it is called, as a browser keeps it per site: two deployments that kept
  // the default name are not taken for one log with a new key.
  const name = `${new URL(url).origin} ${result.logName}`;
  let previous: ReturnType<typeof known.readKnownLogs>[string] | undefined;
  try {
    previous = known.readKnownLogs(path)[name];
  } catch (error) {
    throw new CliError(
      `cannot read what this machine knows of earlier checks (${path}): ${errorLine(error)}`,
    );
  }
  const pin = checkPinnedKey(previous ?? null, result.verifierKey);
  if (!pin.ok) throw new CliError(pin.detail);
  let grew = 'first check of this log here: its key and checkpoint are remembered';
  if (previous !== undefined) {
    const growth = await checkGrowthSince(url, previous, result);
    if (!growth.ok) throw new CliError(`Alarm: ${growth.detail}`);
    grew = `it only grew since the last check here (size ${previous.size}, ${previous.seenAt.slice(0, 10)})`;
  }
  const now = new Date().toISOString();
  known.writeKnownLog(path, name, {
    verifierKey: result.verifierKey,
    since: previous?.since ?? now.slice(0, 10),
    size: result.size,
    rootHash: result.rootHash,
    seenAt: now,
  });
  return grew;
}

async function runLogCheck(flags: StoreFlags): Promise<void> {
  const served = servedElsewhere(flags);
  if (served !== null) {
    process.stdout.write(
      `The store is in use by concord start (process ${served.pid}): checking its log over HTTP at ${served.url}, as any reader can, with this data directory's key\n`,
    );
    return runRemoteCheck(served.url, await directoryVerifierKey(served.dataDir));
  }
  await withExistingStore(flags, async (store) => {
    const result = await store.checkLog();
    if (!result.ok) {
      const event = result.eventId ? ` (event ${result.eventId})` : '';
      throw new CliError(`log check failed at entry ${result.index}${event}: ${errorLine(result.reason)}`);
    }
    // The read tables are what the server answers from: replayed from the log and compared, so a row changed by
    // SQL (a party's reservation, a point's text) is caught even though the log itself still checks.
    const replay = await store.rebuildProjections();
    if (!replay.equal) {
      const more = replay.differences.length > 1 ? ` (and ${replay.differences.length - 1} more)` : '';
      throw new CliError(
        `log check failed: the read tables differ from the log replayed: ${errorLine(replay.differences[0] ?? '')}${more}`,
      );
    }
    process.stdout.write(
      `log ok: ${result.size} entries, ${result.checkpoints} checkpoints verified, the read tables equal the log replayed\n`,
    );
  });
}

/** An embedded store held by a live `concord start` that left its address: checked over HTTP instead. */
function servedElsewhere(flags: StoreFlags): { pid: number; url: string; dataDir: string } | null {
  const target = resolveStoreTarget(flags, process.env);
  if (target.databaseUrl !== undefined) return null;
  const pid = lockHolder(target.dataDir);
  const url = pid === null ? null : readServingUrl(target.dataDir);
  return pid === null || url === null ? null : { pid, url, dataDir: target.dataDir };
}

/** The verifier key of the data directory's own signing key: the server's answers are checked against it. */
async function directoryVerifierKey(dataDir: string): Promise<string> {
  const { parseSignerKey, formatVerifierKey } = await import('@concord/ledger');
  try {
    const signer = parseSignerKey(readFileSync(join(dataDir, 'log-signer.key'), 'utf8').trim());
    return formatVerifierKey(signer.name, signer.publicKey);
  } catch (error) {
    throw new CliError(`cannot read the log's key in ${dataDir}: ${errorLine(error)}`);
  }
}
