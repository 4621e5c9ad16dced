// `concord account create | list | sign-in-link`: people, made by the operator on the store. An account allowed to
// open processes becomes the lead mediator of every process it opens; everyone else joins by invitation or by a
// membership the lead mediator (or `concord member grant`) gives them. A one-time sign-in link lets a person in
// for the first time (or again, after losing every way in); it is shown once and only its hash is stored.
import { revealInvisible } from '@concord/core/text';
import { Command, Option } from 'commander';
import { CliError } from '../errors.ts';
import { groupCommand } from '../group.ts';
import { parseHours, parseOrigin, portFromEnv } from '../options.ts';
import { type StoreFlags, withExistingStore, withStore } from '../with-store.ts';
import { accountByRef, asCliError, storeOptions } from './store-options.ts';

type CreateFlags = StoreFlags & { name: string; handle: string; email?: string; mayOpenProcesses?: boolean };
type LinkFlags = StoreFlags & { account: string; hours?: number; origin?: string };

export function accountCommand(): Command {
  const account = groupCommand('account', 'create and list accounts (people); print sign-in links');
  account.addCommand(
    storeOptions(
      new Command('create')
        .description('create an account (a person); prints its id')
        .requiredOption('--name <name>', 'the person’s name as shown to others')
        .requiredOption('--handle <handle>', 'sign-in handle: 3–40 letters, digits, dot, dash or underscore')
        .option('--email <address>', 'e-mail address (kept beside the log, never in it)')
        .option('--may-open-processes', 'may open processes (and lead their mediation)'),
    ).action(async (flags: CreateFlags) => {
      await create(flags);
    }),
  );
  account.addCommand(
    storeOptions(new Command('list').description('list accounts')).action(async (flags: StoreFlags) => {
      await list(flags);
    }),
  );
  account.addCommand(
    storeOptions(
      new Command('sign-in-link')
        .description('print a one-time sign-in link for an account (shown once; works once)')
        .requiredOption('--account <account>', 'the account: its id or handle')
        .addOption(
          new Option('--hours <n>', 'how long the link works, 1–720 (default: 24)').argParser(parseHours),
        )
        .addOption(
          new Option(
            '--origin <url>',
            'where the site is reached, as given to concord start --origin (default: http://localhost:$PORT or 4000)',
          ).argParser(parseOrigin),
        ),
    ).action(async (flags: LinkFlags) => {
      await signInLink(flags);
    }),
  );
  return account;
}

async function create(flags: CreateFlags): Promise<void> {
  const { AccountCreate, uuidv7 } = await import('@concord/core');
  const input = {
    name: flags.name,
    handle: flags.handle,
    email: flags.email ?? null,
    mayOpenProcesses: flags.mayOpenProcesses === true,
  };
  // Checked before the store opens: a refused account must not leave a new, empty store behind.
  const checked = AccountCreate.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path.join('.') ? `--${issue.path.join('.')}` : 'the input';
    throw new CliError(`cannot create the account: ${field} ${issue?.message ?? 'is not valid'}`);
  }
  const account = await withStore(flags, (store) =>
    store.accounts
      .create(input, { id: uuidv7(), at: new Date().toISOString() })
      .catch(asCliError('cannot create the account')),
  );
  process.stdout.write(`${account.id}\n`);
  process.stderr.write(
    `created account ${account.handle} (${revealInvisible(account.name, { singleLine: true })})\n`,
  );
}

async function list(flags: StoreFlags): Promise<void> {
  const accounts = await withExistingStore(flags, (store) => store.accounts.list());
  for (const a of accounts) {
    const state = a.disabledAt === null ? 'active' : `disabled ${a.disabledAt}`;
    const opens = a.mayOpenProcesses ? '  may open processes' : '';
    process.stdout.write(
      `${a.id}  ${a.handle}  "${revealInvisible(a.name, { singleLine: true })}"  ${state}${opens}\n`,
    );
  }
  if (accounts.length === 0) process.stdout.write('no accounts\n');
}

async function signInLink(flags: LinkFlags): Promise<void> {
  const origin = flags.origin ?? `http://localhost:${portFromEnv(process.env)}`;
  const { issueSignInLink } = await import('@concord/server');
  const issued = await withExistingStore(flags, async (store) => {
    const account = await accountByRef(store, flags.account, '--account');
    return issueSignInLink(store, account.id, {
      origin,
      ...(flags.hours === undefined ? {} : { hours: flags.hours }),
    }).catch(asCliError('cannot issue the sign-in link'));
  });
  process.stderr.write(
    `one-time sign-in link for account ${issued.accountId}, until ${issued.expiresAt}; it is shown only now:\n`,
  );
  process.stdout.write(`${issued.link}\n`);
}
