// `concord start`: open the store, load the demo into an empty log, serve the API and the web application
// until SIGINT/SIGTERM, then close the server before the store so no request is cut mid-transaction. On the
// first start (a store without accounts) it prints a one-time sign-in link, once the server is up and its origin
// known: for the demo's lead mediator, or for a first account it creates when the demo is not loaded.
import { revealInvisible } from '@concord/core/text';
import type { Store } from '@concord/db';
import type { DemoPerson } from '@concord/server';
import { Command, Option } from 'commander';
import { lockDataDir } from '../data-dir-lock.ts';
import { demoTokenLines, writeDemoTokens } from '../demo-tokens.ts';
import { CliError, errorLine } from '../errors.ts';
import {
  describeStoreTarget,
  parseDatabaseUrl,
  parseHost,
  parseOrigin,
  parsePort,
  parseRateLimits,
  portFromEnv,
  type RateLimitFlags,
  resolveStoreTarget,
  type StoreTarget,
} from '../options.ts';
import { launchedByNpm, watchParent } from '../parent-watch.ts';
import { forgetServingUrl, writeServingUrl } from '../serving-url.ts';
import { type SignalGate, signalGate } from '../signal-gate.ts';

type StartFlags = {
  port?: number;
  host: string;
  origin?: string;
  dataDir?: string;
  databaseUrl?: string;
  demo: boolean;
  ownerName: string;
  rateLimits?: RateLimitFlags;
};

export function startCommand(): Command {
  return new Command('start')
    .description('serve Concord (HTTP API and web application), loading the demo into an empty store')
    .addOption(
      new Option('--port <n>', 'port to listen on; 0 picks a free port (default: $PORT or 4000)').argParser(
        parsePort,
      ),
    )
    .addOption(new Option('--host <h>', 'address to bind').argParser(parseHost).default('127.0.0.1'))
    .addOption(
      new Option(
        '--origin <url>',
        'where people reach the site, e.g. https://concord.example.org behind a proxy (default: http://localhost:<port>)',
      ).argParser(parseOrigin),
    )
    .option('--data-dir <dir>', 'embedded database and log signing key directory (default: ./.concord)')
    .addOption(
      new Option(
        '--database-url <url>',
        'use this PostgreSQL 15+ database (default: $DATABASE_URL)',
      ).argParser(parseDatabaseUrl),
    )
    .option('--no-demo', 'do not load the demo into an empty store')
    .addOption(
      new Option(
        '--rate-limits <json>',
        'requests allowed per address and per principal, e.g. {"write":{"perSecond":200,"burst":2000}} (kinds: read, write, signIn, analysis; default read 50/s burst 1000, write 20/s burst 400, signIn 2/s burst 120, analysis 5/s burst 100)',
      ).argParser(parseRateLimits),
    )
    .option(
      '--owner-name <name>',
      'first start without the demo: the name of the first account, which gets the sign-in link',
      'Owner',
    )
    .action(async (flags: StartFlags) => {
      await runStart(flags);
    });
}

async function runStart(flags: StartFlags): Promise<void> {
  await checkOwnerName(flags.ownerName);
  const port = flags.port ?? portFromEnv(process.env);
  const target = resolveStoreTarget(flags, process.env);
  // Embedded data may be opened by one process only; PostgreSQL serves several servers at once.
  const unlock = target.databaseUrl === undefined ? lockDataDir(target.dataDir) : () => {};
  const gate = signalGate((line) => process.stdout.write(`${line}\n`));
  if (launchedByNpm(process.env))
    watchParent(() => {
      // Already stopping (the whole group was signalled): a second request would exit mid-close.
      if (gate.requested() !== null) return;
      process.stdout.write('The process that started Concord has gone\n');
      gate.raise('SIGTERM');
    });
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
  const [{ openStore }, server_] = await Promise.all([import('@concord/db'), import('@concord/server')]);
  const { startServer, loadDemo, issueDemoTokens, findDemoPeople } = server_;
  const store = await openStore(target).catch((error: unknown) => {
    throw new CliError(`cannot open the store at ${describeStoreTarget(target)}: ${errorLine(error)}`);
  });
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  let people: DemoPerson[] | null = null;
  try {
    const firstStart = (await store.accounts.list()).length === 0;
    const integrity = await checkStoreHead(store);
    if (flags.demo && integrity === null) {
      const demo = await loadDemo(store);
      if (demo.loaded) {
        people = demo.people;
        process.stdout.write('Loaded the demo (Russia–Ukraine 2025, Gaza 2025) into the empty log\n');
        const tokens = await issueDemoTokens(store, demo.people);
        const path = writeDemoTokens(target.dataDir, tokens);
        process.stdout.write(`${demoTokenLines(tokens, path).join('\n')}\n`);
      } else {
        // A restart of the demo keeps its role switcher: the people are found again by their handles.
        people = await findDemoPeople(store);
      }
    }
    if (gate.requested() === null)
      server = await startServer({
        store,
        port,
        host: flags.host,
        ...(flags.origin === undefined ? {} : { origin: flags.origin }),
        app: {
          ...(people === null ? {} : { demo: { people } }),
          ...(integrity === null ? {} : { refuseWrites: integrity }),
          ...(flags.rateLimits === undefined ? {} : { rateLimits: flags.rateLimits }),
        },
      });
    if (server && firstStart) {
      const lines = await firstSignIn(store, server_, {
        people,
        ownerName: flags.ownerName,
        origin: server.url,
      });
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  } catch (error) {
    await server?.close().catch(() => {});
    await store.close().catch(() => {});
    throw error;
  }
  if (server) {
    process.stdout.write(`Concord is serving on ${server.url}\n`);
    // Where `concord log check --data-dir` finds this server while it holds the directory (serving-url.ts).
    if (target.databaseUrl === undefined) writeServingUrl(target.dataDir, server.localUrl);
  }
  const stopWitnesses =
    server && people !== null ? await demoWitnesses(store, target.dataDir, server.localUrl) : async () => {};
  gate.onSignal((signal) => {
    process.stdout.write(`Concord is stopping (${signal})\n`);
    // The HTTP server closes first so that no request is cut off between its commit and its answer.
    stopAll([
      stopWitnesses,
      () => server?.close(),
      () => store.close(),
      () => forgetServingUrl(target.dataDir),
      unlock,
    ]).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`concord: error while stopping: ${errorLine(error)}\n`);
        process.exit(1);
      },
    );
  });
}

/**
 * The log's end checked before serving (Store.checkHead): null when it holds; otherwise the reason, after an alarm
 * on stderr — the server then serves reads only, so nothing is signed over a changed log.
 */
async function checkStoreHead(store: Store): Promise<string | null> {
  const head = await store.checkHead();
  if (head.ok) return null;
  process.stderr.write(
    `ALARM: the log failed its start-up check: ${revealInvisible(head.reason)}. Serving reads only; writes are refused until \`concord log check\` passes.\n`,
  );
  return head.reason;
}

/** The demo's witnesses (Ukraine's, the E3's), cosigning as the log grows; a failure to start them is a line. */
async function demoWitnesses(store: Store, dataDir: string, url: string): Promise<() => Promise<void>> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const { startDemoWitnesses } = await import('../witness/demo-witnesses.ts');
    return startDemoWitnesses({ store, dataDir, url, log });
  } catch (error) {
    log(`The demo's witnesses did not start: ${errorLine(error)}`);
    return async () => {};
  }
}

/** Refuses a first account name the store would refuse, before anything is opened. */
async function checkOwnerName(name: string): Promise<void> {
  const { AccountCreate } = await import('@concord/core');
  const checked = AccountCreate.shape.name.safeParse(name);
  if (!checked.success)
    throw new CliError(`--owner-name ${checked.error.issues[0]?.message ?? 'is not valid'}`);
}

type ServerModule = typeof import('@concord/server');

/**
 * The first start's way in: a one-time sign-in link for the demo's lead mediator, or, without the demo, for a
 * first account made here (allowed to open processes). Answers the lines to print.
 */
async function firstSignIn(
  store: Store,
  { issueSignInLink }: Pick<ServerModule, 'issueSignInLink'>,
  options: { people: DemoPerson[] | null; ownerName: string; origin: string },
): Promise<string[]> {
  let account: { id: string; name: string; handle: string } | null;
  let why: string;
  if (options.people !== null) {
    const lead = await demoLead(store, options.people);
    account = lead && { id: lead.accountId, name: lead.name, handle: lead.handle };
    why = 'the demo’s lead mediator';
    if (account === null) return ['The demo has no lead mediator to sign in as (see demo-people.json)'];
  } else {
    account = await createFirstAccount(store, options.ownerName);
    why = 'the first account (it may open processes)';
    if (account === null)
      return [
        'Another server made the first account meanwhile: print a link with concord account sign-in-link',
      ];
  }
  const link = await issueSignInLink(store, account.id, { origin: options.origin });
  const who = `${revealInvisible(account.name, { singleLine: true })} (${account.handle})`;
  return [
    `First start: sign in as ${who}, ${why}, with this one-time link (it works once, until ${link.expiresAt};`,
    'then set a password or register a passkey; `concord account sign-in-link` prints another):',
    `  ${link.link}`,
  ];
}

/** The demo person who leads a mediation (the US mediation team in the shipped fixtures). */
async function demoLead(store: Store, people: DemoPerson[]): Promise<DemoPerson | null> {
  for (const person of people) {
    const memberships = await store.memberships.listByAccount(person.accountId);
    if (memberships.some((m) => m.status === 'active' && m.role === 'mediator' && m.rank === 'lead'))
      return person;
  }
  return null;
}

/** The first account, named by --owner-name; null when another server sharing the database made one first. */
async function createFirstAccount(store: Store, name: string) {
  const [{ uuidv7 }, { StoreError }] = await Promise.all([import('@concord/core'), import('@concord/db')]);
  try {
    return await store.accounts.create(
      { name, handle: handleFor(name), mayOpenProcesses: true },
      { id: uuidv7(), at: new Date().toISOString() },
    );
  } catch (error) {
    if (error instanceof StoreError && error.code === 'CONFLICT') return null;
    throw error;
  }
}

/** A sign-in handle from a name: "Kaja Kallas" → kaja-kallas; "Owner" → owner; a name without Latin letters → owner. */
export function handleFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug.length >= 3 ? slug : 'owner';
}

async function stopAll(steps: (() => unknown)[]): Promise<void> {
  for (const step of steps) await step();
}
