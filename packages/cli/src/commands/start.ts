// `concord start`: open the store, load the demo into an empty log, serve the API and the web application
// until SIGINT/SIGTERM, then close the server before the store so no request is cut mid-transaction.
import { Command, Option } from 'commander';
import { lockDataDir } from '../data-dir-lock.ts';
import { demoKeyLines, writeDemoKeys } from '../demo-keys.ts';
import { CliError, errorLine } from '../errors.ts';
import {
  describeStoreTarget,
  parseDatabaseUrl,
  parseHost,
  parsePort,
  portFromEnv,
  resolveStoreTarget,
  type StoreTarget,
} from '../options.ts';
import { type SignalGate, signalGate } from '../signal-gate.ts';

type StartFlags = { port?: number; host: string; dataDir?: string; databaseUrl?: string; demo: boolean };

export function startCommand(): Command {
  return new Command('start')
    .description('serve Concord (HTTP API and web application), loading the demo into an empty store')
    .addOption(
      new Option('--port <n>', 'port to listen on; 0 picks a free port (default: $PORT or 4000)').argParser(
        parsePort,
      ),
    )
    .addOption(new Option('--host <h>', 'address to bind').argParser(parseHost).default('127.0.0.1'))
    .option('--data-dir <dir>', 'embedded database and log signing key directory (default: ./.concord)')
    .addOption(
      new Option(
        '--database-url <url>',
        'use this PostgreSQL 15+ database (default: $DATABASE_URL)',
      ).argParser(parseDatabaseUrl),
    )
    .option('--no-demo', 'do not load the demo into an empty store')
    .action(async (flags: StartFlags) => {
      await runStart(flags);
    });
}

async function runStart(flags: StartFlags): Promise<void> {
  const port = flags.port ?? portFromEnv(process.env);
  const target = resolveStoreTarget(flags, process.env);
  // Embedded data may be opened by one process only; PostgreSQL serves several servers at once.
  const unlock = target.databaseUrl === undefined ? lockDataDir(target.dataDir) : () => {};
  const gate = signalGate((line) => process.stdout.write(`${line}\n`));
  try {
    await serve({ flags, port, target, unlock, gate });
  } catch (error) {
    unlock();
    throw error;
  }
}

type Serving = { flags: StartFlags; port: number; target: StoreTarget; unlock: () => void; gate: SignalGate };

async function serve({ flags, port, target, unlock, gate }: Serving): Promise<void> {
  process.stdout.write(`Opening the store at ${describeStoreTarget(target)}\n`);
  const [{ openStore }, { startServer, loadDemo, grantDemoKeys }] = await Promise.all([
    import('@concord/db'),
    import('@concord/server'),
  ]);
  const store = await openStore(target).catch((error: unknown) => {
    throw new CliError(`cannot open the store at ${describeStoreTarget(target)}: ${errorLine(error)}`);
  });
  let server: Awaited<ReturnType<typeof startServer>> | null;
  try {
    if (flags.demo) {
      const { loaded } = await loadDemo(store);
      if (loaded) {
        process.stdout.write('Loaded the demo (Russia–Ukraine 2025, Gaza 2025) into the empty log\n');
        const keys = await grantDemoKeys(store);
        const path = writeDemoKeys(target.dataDir, keys);
        process.stdout.write(`${demoKeyLines(keys, path).join('\n')}\n`);
      }
    }
    if (gate.requested() === null) server = await startServer({ store, port, host: flags.host });
    else server = null;
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  if (server) process.stdout.write(`Concord is serving on ${server.url}\n`);
  gate.onSignal((signal) => {
    process.stdout.write(`Concord is stopping (${signal})\n`);
    // The HTTP server closes first so that no request is cut off between its commit and its answer.
    stopAll([() => server?.close(), () => store.close(), unlock]).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`concord: error while stopping: ${errorLine(error)}\n`);
        process.exit(1);
      },
    );
  });
}

async function stopAll(steps: (() => unknown)[]): Promise<void> {
  for (const step of steps) await step();
}
