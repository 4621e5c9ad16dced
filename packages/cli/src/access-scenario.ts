// `concord access`: personal API tokens issued, listed and revoked by the operator on a store, as the PGlite
// (access.test.ts) and PostgreSQL (access.postgres.test.ts) tests run it. A token is printed once and acts in its
// one membership; the list shows labels and never a token; a revocation holds for the very next request of a
// running server; every malformed argument is one line on stderr, a non-zero exit, and nothing changed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OPERATOR, uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import {
  changeMembership,
  createApp,
  createParty,
  createProcess,
  grantMembership,
  loadPrincipal,
  startServer,
} from '@concord/server';
import type { CliStore } from './cli-stores.ts';
import { revokeToken } from './commands/access.ts';
import { exited, runConcord, startConcord } from './test-support.ts';

const TOKEN = /^ct_[A-Za-z0-9_-]{43}$/;

export function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `one line expected, got: ${stderr}`);
  return lines[0] as string;
}

const operator = (store: Store) => ({ store, principal: OPERATOR, clock: () => new Date() });

async function account(store: Store, name: string, handle: string): Promise<string> {
  return (await store.accounts.create({ name, handle }, { id: uuidv7(), at: new Date().toISOString() })).id;
}

/** Who the server takes a bearer of `token` for: 200 and the session principal, or the refusal's status. */
async function sessionOf(
  fetcher: (path: string, init: RequestInit) => Promise<Response>,
  token: string,
): Promise<{ status: number; principal?: { name: string; via: string; memberships: { id: string }[] } }> {
  const res = await fetcher('/api/session', { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) return { status: res.status };
  return { status: 200, ...((await res.json()) as object) };
}

export function accessScenario(storeName: string, makeStore: () => Promise<CliStore>): void {
  let target: CliStore;
  let delegate = ''; // Ukraine's delegate: membership id
  let lead = ''; // the lead mediator's membership id
  let suspended = ''; // a suspended membership
  // The store's flags go right after the command's name, so a case may end with a flag missing its value.
  const concord = (args: string[]) => runConcord([...args.slice(0, 2), ...target.args, ...args.slice(2)]);
  const tokens = () => target.use((store) => store.apiTokens.list());
  /** Asks an app on the store, in this process, who a token stands for (no port, no second writer). */
  const ask = (token: string) =>
    target.use((store) => {
      const app = createApp({ store });
      return sessionOf(async (path, init) => app.request(path, init), token);
    });

  describe(`concord access (${storeName})`, () => {
    before(async () => {
      target = await makeStore();
      await target.use(async (store) => {
        const leadId = await account(store, 'Lead mediator', 'lead');
        const olena = await account(store, 'Olena Kovalenko', 'olena');
        const talks = await createProcess(operator(store), { title: 'Talks', ownerAccountId: leadId });
        const principal = await loadPrincipal(store, leadId, { kind: 'session', id: uuidv7() });
        assert.ok(principal);
        const ctx = { store, principal, clock: () => new Date() };
        const ukraine = await createParty(ctx, { processId: talks.id, name: 'Ukraine', kind: 'party' });
        lead = (await store.memberships.listByAccount(leadId))[0]?.id ?? '';
        delegate = (
          await grantMembership(operator(store), {
            processId: talks.id,
            accountId: olena,
            role: 'delegate',
            rank: null,
            partyId: ukraine.id,
            name: 'Olena Kovalenko',
          })
        ).id;
        const other = await createProcess(operator(store), { title: 'Other talks', ownerAccountId: leadId });
        const observer = await grantMembership(operator(store), {
          processId: other.id,
          accountId: olena,
          role: 'observer',
          rank: null,
          partyId: null,
          name: 'Olena Kovalenko',
        });
        suspended = observer.id;
        await changeMembership(operator(store), {
          membershipId: observer.id,
          status: 'suspended',
          reason: 'on leave',
        });
      });
    });
    after(() => target.remove());

    test('grant prints the token once; it acts in its one membership; list shows the label, never the token', async () => {
      const granted = await concord(['access', 'grant', '--membership', delegate, '--label', 'Kyiv laptop']);
      assert.equal(granted.code, 0, granted.stderr);
      const token = granted.stdout.trim();
      assert.match(token, TOKEN);
      assert.equal(granted.stdout, `${token}\n`, 'stdout is the token alone');
      assert.match(
        oneLine(granted.stderr),
        new RegExp(`^issued token \\S+ for membership ${delegate}; it is shown only now:$`),
      );
      assert.ok(!granted.stderr.includes(token));

      const seen = await ask(token);
      assert.equal(seen.status, 200);
      assert.equal(seen.principal?.name, 'Olena Kovalenko');
      assert.equal(seen.principal?.via, 'token');
      assert.deepEqual(
        seen.principal?.memberships.map((m) => m.id),
        [delegate],
        'a token acts in its one membership only',
      );

      const [stored] = (await tokens()).filter((t) => t.membershipId === delegate);
      assert.ok(stored);
      assert.equal(stored.label, 'Kyiv laptop');
      const listed = await concord(['access', 'list']);
      assert.equal(listed.code, 0, listed.stderr);
      assert.match(
        listed.stdout,
        new RegExp(
          `^${stored.id} {2}active {2}olena {2}membership ${delegate} {2}"Kyiv laptop" {2}issued \\S+$`,
          'm',
        ),
      );
      assert.ok(!listed.stdout.includes(token), 'list never shows a token');
      assert.ok(!listed.stdout.includes(token.slice(3, 20)), 'nor a part of one');
    });

    test('grant names the membership by process and account too; list filters by account and shows hidden characters', async () => {
      const processId = (await target.use((s) => s.memberships.get(lead)))?.processId ?? '';
      const named = (label: string) =>
        concord(['access', 'grant', '--process', processId, '--account', 'lead', '--label', label]);
      // A label is a safe text: one that hides or reorders characters is refused, and no token is made.
      const before = (await tokens()).length;
      const hostile = await named('ci \u202Ebot');
      assert.equal(hostile.code, 1);
      assert.match(oneLine(hostile.stderr), /label contains a right-to-left override \(U\+202E\)/);
      assert.equal(hostile.stdout, '');
      assert.equal((await tokens()).length, before);
      const byAccount = await named('ci bot');
      assert.equal(byAccount.code, 0, byAccount.stderr);
      assert.match(byAccount.stdout.trim(), TOKEN);
      assert.match(oneLine(byAccount.stderr), new RegExp(`for membership ${lead};`));
      // A row written before labels were checked is still shown, its hidden character as a visible escape.
      await target.use(async (s) =>
        s.apiTokens.add({
          id: uuidv7(),
          accountId: (await s.memberships.get(lead))?.accountId ?? '',
          membershipId: lead,
          label: 'old \u202Ebot',
          createdAt: new Date().toISOString(),
          tokenHash: 'cd'.repeat(32),
        }),
      );
      const mine = await concord(['access', 'list', '--account', 'lead']);
      assert.equal(mine.code, 0, mine.stderr);
      const lines = mine.stdout.trim().split('\n');
      assert.equal(lines.length, 2, mine.stdout);
      assert.match(mine.stdout, /"ci bot"/);
      assert.match(mine.stdout, /"old ⟦U\+202E⟧bot"/);
      assert.ok(!mine.stdout.includes('\u202E'), 'a hidden character is shown, not obeyed');
      assert.ok(!mine.stdout.includes('olena'));
    });

    test('revoke holds at once; a second revoke is refused with one line', async () => {
      const granted = await concord(['access', 'grant', '--membership', delegate, '--label', 'to revoke']);
      const token = granted.stdout.trim();
      const id = (await tokens()).find((t) => t.label === 'to revoke')?.id ?? '';
      assert.equal((await ask(token)).status, 200);
      const revoked = await concord(['access', 'revoke', id]);
      assert.equal(revoked.code, 0, revoked.stderr);
      assert.equal(revoked.stdout, `revoked token ${id}\n`);
      assert.equal((await ask(token)).status, 401);
      const listed = await concord(['access', 'list']);
      assert.match(listed.stdout, new RegExp(`^${id} {2}revoked \\S+ {2}olena`, 'm'));
      const again = await concord(['access', 'revoke', id]);
      assert.equal(again.code, 1);
      assert.match(oneLine(again.stderr), /^concord: cannot revoke the token: .*already revoked/);
      assert.equal(again.stdout, '');
    });

    test('a revocation holds for the very next request of a running server', async () => {
      const granted = await concord(['access', 'grant', '--membership', delegate, '--label', 'live']);
      const token = granted.stdout.trim();
      const id = (await tokens()).find((t) => t.label === 'live')?.id ?? '';
      if (target.name === 'postgres') {
        // Two processes on one database: `concord start` serves, `concord access revoke` revokes.
        const running = await startConcord(['--no-demo', '--port', '0', ...target.args]);
        try {
          const call = (path: string, init: RequestInit) => fetch(`${running.url}${path}`, init);
          assert.equal((await sessionOf(call, token)).status, 200);
          const revoked = await concord(['access', 'revoke', id]);
          assert.equal(revoked.code, 0, revoked.stderr);
          assert.equal((await sessionOf(call, token)).status, 401, 'refused at the next request');
        } finally {
          running.child.kill('SIGTERM');
          assert.equal((await exited(running.child)).code, 0, running.output());
        }
        return;
      }
      // PGlite is one process's database: while `concord start` holds it, the CLI is refused and nothing changes…
      const running = await startConcord(['--no-demo', '--port', '0', ...target.args]);
      try {
        const refused = await concord(['access', 'revoke', id]);
        assert.equal(refused.code, 1);
        assert.match(oneLine(refused.stderr), new RegExp(`in use by process ${running.child.pid}`));
        const call = (path: string, init: RequestInit) => fetch(`${running.url}${path}`, init);
        assert.equal((await sessionOf(call, token)).status, 200, 'the refused revoke changed nothing');
      } finally {
        running.child.kill('SIGTERM');
        assert.equal((await exited(running.child)).code, 0, running.output());
      }
      // …and the revocation the CLI makes is seen by a server on the same store at its next request.
      await target.use(async (store) => {
        const server = await startServer({ store, port: 0 });
        try {
          const call = (path: string, init: RequestInit) => fetch(`${server.url}${path}`, init);
          assert.equal((await sessionOf(call, token)).status, 200);
          await revokeToken(store, id);
          assert.equal((await sessionOf(call, token)).status, 401);
        } finally {
          await server.close();
        }
      });
    });

    test('malformed grants, lists and revokes fail with one line and change nothing', async () => {
      const before = await tokens();
      const unknown = uuidv7();
      const cases: [string[], RegExp][] = [
        [['access', 'grant'], /name the membership: --membership <id>, or --process <id> with --account/],
        [['access', 'grant', '--membership', delegate, '--process', unknown], /name the membership/],
        [['access', 'grant', '--process', unknown], /--process and --account go together/],
        [['access', 'grant', '--account', 'olena'], /--process and --account go together/],
        [['access', 'grant', '--membership', 'nope'], /--membership must be a UUID, got "nope"/],
        [['access', 'grant', '--process', 'nope', '--account', 'olena'], /--process must be a UUID/],
        [['access', 'grant', '--membership', unknown], /^concord: cannot issue the token: .*membership/],
        [['access', 'grant', '--membership', suspended], /^concord: cannot issue the token: .*suspended/],
        [['access', 'grant', '--membership', delegate, '--label', 'x'.repeat(121)], /cannot issue the token/],
        [
          ['access', 'grant', '--process', unknown, '--account', 'nobody'],
          /--account: no account .*"nobody"/,
        ],
        [['access', 'grant', '--process', unknown, '--account', 'olena'], /olena has no active membership/],
        [['access', 'grant', '--membership'], /argument missing/],
        [['access', 'grant', '--membership', delegate, '--bogus'], /unknown option '--bogus'/],
        [['access', 'list', '--account', 'nobody'], /--account: no account/],
        [['access', 'list', 'extra'], /too many arguments/],
        [['access', 'revoke'], /missing required argument/],
        [['access', 'revoke', 'nope'], /the token id must be a UUID/],
        [['access', 'revoke', unknown], /^concord: cannot revoke the token: .*API token/],
      ];
      for (const [args, message] of cases) {
        const r = await concord(args);
        assert.notEqual(r.code, 0, args.join(' '));
        assert.match(oneLine(r.stderr), message, args.join(' '));
        assert.match(r.stderr, /^concord: /);
        assert.equal(r.stdout, '', args.join(' '));
      }
      const group = await runConcord(['access', 'frobnicate']);
      assert.notEqual(group.code, 0);
      assert.match(oneLine(group.stderr), /unknown command 'frobnicate' for concord access/);
      assert.deepEqual(await tokens(), before, 'nothing was issued or revoked');
    });
  });
}
