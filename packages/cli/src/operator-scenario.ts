// The operator's commands on a store, as a user runs them (operator.test.ts on PGlite, operator.postgres.test.ts on
// PostgreSQL): `concord account create | list | sign-in-link`, `concord process open`, `concord member grant |
// suspend | reinstate | end`. Accounts and links are configuration beside the log; processes and memberships are
// log entries whose actor is `operator`. Every malformed argument is one line on stderr, a non-zero exit and no
// change.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isUuid, uuidv7 } from '@concord/core';
import type { LogEntry, Store } from '@concord/db';
import { createApp, createParty, loadPrincipal } from '@concord/server';
import { oneLine } from './access-scenario.ts';
import type { CliStore } from './cli-stores.ts';
import { runConcord } from './test-support.ts';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n$/;

export function operatorScenario(storeName: string, makeStore: () => Promise<CliStore>): void {
  let target: CliStore;
  let leadId = '';
  let olenaId = '';
  let processId = '';
  let partyId = '';
  let otherPartyId = '';
  // The store's flags right after the command's name, so a case may end with a flag missing its value.
  const concord = (args: string[]) => runConcord([...args.slice(0, 2), ...target.args, ...args.slice(2)]);
  const logSize = () => target.use((store) => store.log.size());
  const entriesFrom = (from: number) => target.use((store) => store.log.entries(from, 100));

  /** Runs each case: one line matching its message, a non-zero exit, nothing on stdout. */
  async function refused(cases: [string[], RegExp][], run = concord): Promise<void> {
    for (const [args, message] of cases) {
      const r = await run(args);
      assert.notEqual(r.code, 0, args.join(' '));
      assert.match(oneLine(r.stderr), /^concord: /, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  }

  describe(`the operator’s commands (${storeName})`, () => {
    before(async () => {
      target = await makeStore();
    });
    after(() => target.remove());

    test('account create makes the store and prints the id; list shows people, never more', async () => {
      const none = await concord(['account', 'list']);
      if (target.name === 'pglite') assert.match(oneLine(none.stderr), /no Concord store/);
      const olena = await concord([
        'account',
        'create',
        '--name',
        'Olena Kovalenko',
        '--handle',
        'Olena',
        '--email',
        'O.Kovalenko@example.org',
      ]);
      assert.equal(olena.code, 0, olena.stderr);
      assert.match(olena.stdout, ID);
      assert.equal(olena.stderr, 'created account olena (Olena Kovalenko)\n');
      olenaId = olena.stdout.trim();
      const lead = await concord([
        'account',
        'create',
        '--name',
        'Lead mediator',
        '--handle',
        'lead',
        '--may-open-processes',
      ]);
      assert.equal(lead.code, 0, lead.stderr);
      leadId = lead.stdout.trim();

      const stored = await target.use((store) => store.accounts.get(olenaId));
      assert.equal(stored?.email, 'o.kovalenko@example.org');
      assert.equal(stored?.mayOpenProcesses, false);
      const listed = await concord(['account', 'list']);
      assert.equal(listed.code, 0, listed.stderr);
      assert.equal(
        listed.stdout,
        `${olenaId}  olena  "Olena Kovalenko"  active\n${leadId}  lead  "Lead mediator"  active  may open processes\n`,
      );
      assert.ok(!listed.stdout.includes('example.org'), 'e-mail addresses stay off the list');
      assert.equal(await logSize(), 0, 'accounts are not logged');
    });

    test('malformed accounts are refused with one line and create nothing', async () => {
      const before = await target.use((store) => store.accounts.list());
      await refused([
        [
          ['account', 'create', '--name', 'X', '--handle', 'x'],
          /cannot create the account: --handle must be 3–40/,
        ],
        [['account', 'create', '--name', 'X', '--handle', 'has space'], /--handle must be 3–40/],
        [
          ['account', 'create', '--name', '  ', '--handle', 'blank-name'],
          /cannot create the account: --name/,
        ],
        [
          ['account', 'create', '--name', 'X', '--handle', 'xyz', '--email', 'nope'],
          /--email must be an e-mail/,
        ],
        [
          ['account', 'create', '--name', 'Other Olena', '--handle', 'olena'],
          /cannot create the account: .*already exists/,
        ],
        [['account', 'create', '--handle', 'xyz'], /required option '--name <name>' not specified/],
        [['account', 'create', '--name', 'X', '--handle'], /argument missing/],
        [['account', 'list', 'extra'], /too many arguments/],
      ]);
      assert.deepEqual(await target.use((store) => store.accounts.list()), before);
      if (target.name === 'pglite') {
        const elsewhere = [...target.args.slice(0, 1), `${target.args[1]}-none`];
        const r = await runConcord(['account', 'create', '--name', 'X', '--handle', 'x', ...elsewhere]);
        assert.match(oneLine(r.stderr), /--handle/);
        const list = await runConcord(['account', 'list', ...elsewhere]);
        assert.match(oneLine(list.stderr), /no Concord store/, 'a refused account leaves no store behind');
      }
    });

    test('process open: the owner (by id or handle) becomes its lead mediator, logged as the operator', async () => {
      const from = await logSize();
      const opened = await concord(['process', 'open', '--title', 'Talks', '--owner', leadId]);
      assert.equal(opened.code, 0, opened.stderr);
      assert.match(opened.stdout, ID);
      processId = opened.stdout.trim();
      const entries = await entriesFrom(from);
      assert.deepEqual(
        entries.map((e) => [e.type, e.event.actor]),
        [
          ['process.created', 'operator'],
          ['membership.granted', 'operator'],
        ],
      );
      assert.deepEqual(
        pick(entries[1], ['processId', 'accountId', 'role', 'rank', 'partyId', 'name', 'status']),
        {
          processId,
          accountId: leadId,
          role: 'mediator',
          rank: 'lead',
          partyId: null,
          name: 'Lead mediator',
          status: 'active',
        },
      );
      const process = await target.use((store) => store.processes.get(processId));
      assert.equal(process?.title, 'Talks');
      assert.deepEqual(process?.audience, { kind: 'public' });

      const confidential = await concord([
        'process',
        'open',
        '--title',
        'Back channel',
        '--description',
        'not yet public',
        '--owner',
        'lead',
        '--confidential',
      ]);
      assert.equal(confidential.code, 0, confidential.stderr);
      const back = await target.use((store) => store.processes.get(confidential.stdout.trim()));
      assert.deepEqual([back?.description, back?.audience], ['not yet public', { kind: 'process' }]);

      // The lead adds the parties (the operator does not draft): one to give roles in, one of another process.
      await target.use(async (store) => {
        const principal = await loadPrincipal(store, leadId, { kind: 'session', id: uuidv7() });
        assert.ok(principal);
        const ctx = { store, principal, clock: () => new Date() };
        partyId = (await createParty(ctx, { processId, name: 'Ukraine', kind: 'party' })).id;
        otherPartyId = (
          await createParty(ctx, { processId: back?.id ?? '', name: 'Elsewhere', kind: 'party' })
        ).id;
      });
    });

    test('malformed process openings are refused with one line and log nothing', async () => {
      const size = await logSize();
      await refused([
        [['process', 'open', '--title', 'T', '--owner', uuidv7()], /--owner: no account with id or handle/],
        [['process', 'open', '--title', 'T', '--owner', 'nobody'], /--owner: no account .*"nobody"/],
        [['process', 'open', '--title', '   ', '--owner', 'lead'], /cannot open the process: .*title/],
        [['process', 'open', '--owner', 'lead'], /required option '--title <title>'/],
        [['process', 'open', '--title', 'T'], /required option '--owner <account>'/],
      ]);
      await refused([[['process', 'close'], /unknown command 'close' for concord process/]], runConcord);
      assert.equal(await logSize(), size);
    });

    test('member grant, suspend, reinstate and end: membership events whose actor is the operator', async () => {
      const from = await logSize();
      const granted = await concord([
        'member',
        'grant',
        '--process',
        processId,
        '--account',
        'olena',
        '--role',
        'delegate',
        '--party',
        partyId,
      ]);
      assert.equal(granted.code, 0, granted.stderr);
      assert.match(granted.stdout, ID);
      const membershipId = granted.stdout.trim();
      const staff = await concord([
        'member',
        'grant',
        '--process',
        processId,
        '--account',
        olenaId,
        '--role',
        'mediator',
        '--name',
        'Olena K., staff',
      ]);
      assert.equal(staff.code, 0, staff.stderr);

      for (const [verb, status] of [
        ['suspend', 'suspended'],
        ['reinstate', 'active'],
        ['end', 'ended'],
      ] as const) {
        const r = await concord(['member', verb, membershipId, '--reason', `${verb} for the test`]);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, `membership ${membershipId} is now ${status}\n`);
      }
      const entries = await entriesFrom(from);
      assert.deepEqual(
        entries.map((e) => [e.type, e.event.actor]),
        [
          ['membership.granted', 'operator'],
          ['membership.granted', 'operator'],
          ['membership.changed', 'operator'],
          ['membership.changed', 'operator'],
          ['membership.changed', 'operator'],
        ],
      );
      assert.deepEqual(pick(entries[0], ['id', 'accountId', 'role', 'rank', 'partyId', 'name']), {
        id: membershipId,
        accountId: olenaId,
        role: 'delegate',
        rank: null,
        partyId,
        name: 'Olena Kovalenko',
      });
      assert.deepEqual(pick(entries[1], ['role', 'rank', 'name']), {
        role: 'mediator',
        rank: 'staff',
        name: 'Olena K., staff',
      });
      assert.deepEqual(
        entries.slice(2).map((e) => pick(e, ['id', 'status', 'reason'])),
        [
          { id: membershipId, status: 'suspended', reason: 'suspend for the test' },
          { id: membershipId, status: 'active', reason: 'reinstate for the test' },
          { id: membershipId, status: 'ended', reason: 'end for the test' },
        ],
      );
      const ended = await target.use((store) => store.memberships.get(membershipId));
      assert.equal(ended?.status, 'ended');
    });

    test('malformed membership commands are refused with one line and log nothing', async () => {
      const size = await logSize();
      const lead = (await target.use((store) => store.memberships.listByProcess(processId))).find(
        (m) => m.role === 'mediator' && m.rank === 'lead',
      );
      const ended = (await target.use((store) => store.memberships.listByProcess(processId))).find(
        (m) => m.status === 'ended',
      );
      assert.ok(lead && ended);
      const grant = ['member', 'grant', '--process', processId, '--account', 'olena'];
      await refused([
        [[...grant, '--role', 'king'], /--role.*Allowed choices are mediator, delegate/],
        [[...grant, '--role', 'delegate'], /cannot grant the membership: .*party/],
        [[...grant, '--role', 'delegate', '--party', otherPartyId], /cannot grant the membership: .*party/],
        [[...grant, '--role', 'monitor', '--rank', 'lead'], /cannot grant the membership: .*rank/],
        [[...grant, '--role', 'delegate', '--party', 'nope'], /--party must be a UUID, got "nope"/],
        [
          ['member', 'grant', '--process', 'nope', '--account', 'olena', '--role', 'donor'],
          /--process must be a UUID/,
        ],
        [
          ['member', 'grant', '--process', uuidv7(), '--account', 'olena', '--role', 'donor'],
          /cannot grant the membership: .*process/,
        ],
        [
          ['member', 'grant', '--process', processId, '--account', 'nobody', '--role', 'donor'],
          /--account: no account/,
        ],
        [
          ['member', 'grant', '--process', processId, '--account', 'olena'],
          /required option '--role <role>'/,
        ],
        [['member', 'suspend', lead.id], /required option '--reason <text>'/],
        [
          ['member', 'suspend', lead.id, '--reason', 'x'],
          /cannot change the membership: .*last active lead mediator/,
        ],
        [['member', 'reinstate', ended.id, '--reason', 'x'], /cannot change the membership: .*has ended/],
        [['member', 'end', uuidv7(), '--reason', 'x'], /cannot change the membership: no membership with id/],
        [['member', 'end', 'nope', '--reason', 'x'], /the membership id must be a UUID/],
        [['member', 'end', lead.id, '--reason', '  '], /cannot change the membership: .*reason/],
      ]);
      await refused([[['member', 'promote'], /unknown command 'promote' for concord member/]], runConcord);
      assert.equal(await logSize(), size);
    });

    test('account sign-in-link prints a one-time link for the site’s origin; it signs in once', async () => {
      const r = await concord([
        'account',
        'sign-in-link',
        '--account',
        'olena',
        '--hours',
        '2',
        '--origin',
        'https://concord.example.org',
      ]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^https:\/\/concord\.example\.org\/sign-in\/link#cl_[A-Za-z0-9_-]{43}\n$/);
      const until = oneLine(r.stderr).match(
        /^one-time sign-in link for account (\S+), until (\S+); it is shown only now:$/,
      );
      assert.ok(until, r.stderr);
      assert.equal(until[1], olenaId);
      const hours = (Date.parse(until[2] ?? '') - Date.now()) / 3_600_000;
      assert.ok(hours > 1.9 && hours <= 2, `expires in two hours, not ${hours}`);

      const token = new URL(r.stdout.trim()).hash.slice(1);
      const use = () =>
        target.use(async (store: Store) => {
          const app = createApp({ store, origin: 'https://concord.example.org' });
          const res = await app.request('/api/auth/link', {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: 'https://concord.example.org' },
            body: JSON.stringify({ token }),
          });
          return { status: res.status, body: (await res.json()) as { principal?: { name: string } } };
        });
      const first = await use();
      assert.equal(first.status, 200);
      assert.equal(first.body.principal?.name, 'Olena Kovalenko');
      assert.equal((await use()).status, 410, 'a link works once');

      const byDefault = await concord(['account', 'sign-in-link', '--account', leadId]);
      assert.equal(byDefault.code, 0, byDefault.stderr);
      assert.match(byDefault.stdout, /^http:\/\/localhost:4000\/sign-in\/link#cl_/);
    });

    test('malformed sign-in-link requests are refused with one line', async () => {
      const link = ['account', 'sign-in-link', '--account', 'olena'];
      await refused([
        [[...link, '--hours', '0'], /--hours.*1 to 720/],
        [[...link, '--hours', '721'], /--hours.*1 to 720/],
        [[...link, '--hours', '1.5'], /--hours.*whole number/],
        [[...link, '--origin', 'ftp://example.org'], /--origin.*http:\/\/ or https:\/\//],
        [[...link, '--origin', 'https://example.org/path?q'], /--origin.*without a path/],
        [['account', 'sign-in-link', '--account', 'nobody'], /--account: no account/],
        [['account', 'sign-in-link'], /required option '--account <account>'/],
      ]);
    });
  });
}

function pick(entry: LogEntry | undefined, keys: string[]): Record<string, unknown> {
  assert.ok(entry);
  const data = entry.event.data as Record<string, unknown>;
  assert.ok(isUuid(String(data.id)));
  return Object.fromEntries(keys.map((k) => [k, data[k]]));
}
