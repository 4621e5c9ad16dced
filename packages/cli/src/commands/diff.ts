// `concord diff FROM TO`: what changed between two versions of a plan, by lineage — from a running server
// (`--url`, as the caller's token allows) or from a store (as the operator).
import { Command, Option } from 'commander';
import { CliError, errorLine } from '../errors.ts';
import { parseDatabaseUrl } from '../options.ts';
import { type StoreFlags, withExistingStore } from '../with-store.ts';
import { formatDiff } from './format-diff.ts';
import { checkUuids } from './store-options.ts';

type DiffFlags = StoreFlags & { json?: boolean; url?: string; token?: string };

export function diffCommand(): Command {
  return new Command('diff')
    .description(
      'what changed between two versions of a plan, point by point by lineage (unchanged, moved, amended with a ' +
        'word-level redline, added, removed, split, merged, restored)',
    )
    .argument('<from>', 'id of the older (or any) version')
    .argument('<to>', 'id of the other version of the same plan')
    .option('--json', 'print the change set as JSON (the API answer)')
    .option('--url <url>', 'ask a running Concord server (e.g. http://localhost:3000)')
    .option('--token <token>', 'a personal API token for --url (default: $CONCORD_TOKEN)')
    .option('--data-dir <dir>', 'embedded database directory (default: ./.concord)')
    .addOption(
      new Option('--database-url <url>', 'PostgreSQL database (default: $DATABASE_URL)').argParser(
        parseDatabaseUrl,
      ),
    )
    .action(async (from: string, to: string, flags: DiffFlags) => {
      await checkUuids([
        ['from', from],
        ['to', to],
      ]);
      const diff =
        flags.url === undefined ? await fromStore(flags, from, to) : await fromServer(flags, from, to);
      process.stdout.write(flags.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff));
    });
}

async function fromStore(flags: DiffFlags, from: string, to: string) {
  return withExistingStore(flags, async (store) => {
    const { OPERATOR } = await import('@concord/core');
    const { readVersionDiff } = await import('@concord/server');
    return readVersionDiff(store.readAs(OPERATOR), from, to).catch((error: unknown) => {
      throw new CliError(`cannot compare: ${errorLine(error)}`);
    });
  });
}

async function fromServer(flags: DiffFlags, from: string, to: string) {
  let base: URL;
  try {
    base = new URL(flags.url as string);
  } catch {
    throw new CliError(`--url must be a URL like http://localhost:3000, got "${flags.url}"`);
  }
  const token = flags.token ?? process.env.CONCORD_TOKEN;
  const url = new URL(`/api/versions/${from}/diff/${to}`, base);
  const answer = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }).catch(
    (error: unknown) => {
      throw new CliError(`cannot reach ${base.origin}: ${errorLine(error)}`);
    },
  );
  const body = (await answer.json().catch(() => null)) as Record<string, unknown> | null;
  if (!answer.ok) {
    const detail = typeof body?.detail === 'string' ? body.detail : answer.statusText;
    throw new CliError(`the server answered ${answer.status}: ${detail}`);
  }
  const { VersionDiff } = await import('@concord/core');
  const parsed = VersionDiff.safeParse(body);
  if (!parsed.success) throw new CliError('the server answered something that is not a change set');
  return parsed.data;
}
