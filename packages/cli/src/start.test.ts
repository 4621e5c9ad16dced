// `concord start` as a process: serves, answers health, refuses a busy port with one line, stops cleanly; the
// first start prints a one-time sign-in link (the demo's lead mediator, or a first account without the demo).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { exited, type RunningConcord, runConcord, startConcord } from './test-support.ts';

type SessionBody = {
  principal: {
    name: string;
    via: string;
    mayOpenProcesses: boolean;
    memberships: { role: string; rank: string | null; partyName: string | null }[];
  };
};

/** The one-time sign-in link a first start prints (before its serving line). */
async function firstLink(running: RunningConcord): Promise<string> {
  const m = running.output().match(/^ {2}(http:\/\/localhost:\d+\/sign-in\/link#cl_[A-Za-z0-9_-]{43})$/m);
  assert.ok(m?.[1], `a sign-in link in: ${running.output()}`);
  return m[1];
}

/** What the web page does with the link: posts its fragment from the site's own origin. */
async function useLink(url: string, link: string): Promise<{ status: number; body?: SessionBody }> {
  const res = await fetch(`${url}/api/auth/link`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ token: new URL(link).hash.slice(1) }),
  });
  return res.status === 200
    ? { status: 200, body: (await res.json()) as SessionBody }
    : { status: res.status };
}

describe('concord start', { timeout: 420_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-start-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    test(`serves on 127.0.0.1 (reached as localhost) and stops cleanly on ${signal}`, async () => {
      const running = await startConcord(['--no-demo', '--port', '0', '--data-dir', dataDir]);
      assert.match(running.url, /^http:\/\/localhost:\d+$/);
      const res = await fetch(`${running.url}/api/health`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { status?: unknown }).status, 'ok');
      running.child.kill(signal);
      const end = await exited(running.child);
      assert.equal(end.code, 0, running.output());
    });
  }

  test('a second start on a data directory in use is refused, a log check checks the running server instead', async () => {
    const running = await startConcord(['--no-demo', '--port', '0', '--data-dir', dataDir]);
    try {
      const r = await runConcord(['start', '--no-demo', '--port', '0', '--data-dir', dataDir]);
      assert.notEqual(r.code, 0);
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0] ?? '', new RegExp(`in use by process ${running.child.pid}`));
      const check = await runConcord(['log', 'check', '--data-dir', dataDir]);
      assert.equal(check.code, 0, check.stderr);
      assert.match(
        check.stdout,
        new RegExp(`^The store is in use by concord start \\(process ${running.child.pid}\\)`),
      );
      assert.equal((await fetch(`${running.url}/api/health`)).status, 200);
    } finally {
      running.child.kill('SIGTERM');
      assert.equal((await exited(running.child)).code, 0);
    }
    // Released on a clean stop: the log check now opens the store itself.
    const r = await runConcord(['log', 'check', '--data-dir', dataDir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^log ok: /);
  });

  test('the demo’s people: tokens printed once and kept owner-only; a one-time sign-in link for its lead mediator', async () => {
    const demoDir = mkdtempSync(join(tmpdir(), 'concord-start-demo-'));
    const running = await startConcord(['--port', '0', '--data-dir', demoDir]);
    try {
      const file = join(demoDir, 'demo-people.json');
      assert.equal(statSync(file).mode & 0o777, 0o600);
      const { people } = JSON.parse(readFileSync(file, 'utf8')) as {
        people: {
          key: string;
          name: string;
          handle: string;
          role: string;
          processTitle: string;
          token: string;
        }[];
      };
      const mediator = people.find((p) => p.key === 'us-mediator');
      const ukraine = people.find((p) => p.key === 'ukraine');
      assert.ok(mediator && ukraine, JSON.stringify(people.map((p) => [p.key, p.role, p.processTitle])));
      assert.equal(mediator.role, 'mediator lead');
      assert.equal(ukraine.role, 'delegate of Ukraine');
      for (const p of people) assert.ok(running.output().includes(p.token), 'each token is printed at start');
      const session = await fetch(`${running.url}/api/session`, {
        headers: { authorization: `Bearer ${ukraine.token}` },
      });
      const body = (await session.json()) as SessionBody;
      assert.equal(body.principal.name, ukraine.name);
      assert.equal(body.principal.via, 'token');
      assert.deepEqual(
        body.principal.memberships.map((m) => [m.role, m.partyName]),
        [['delegate', 'Ukraine']],
      );

      const link = await firstLink(running);
      assert.match(
        running.output(),
        /First start: sign in as US mediation team \(demo\) \(demo-us-mediator\)/,
      );
      const signedIn = await useLink(running.url, link);
      assert.equal(signedIn.status, 200);
      assert.equal(signedIn.body?.principal.name, mediator.name);
      assert.equal(signedIn.body?.principal.via, 'session');
      assert.ok(
        signedIn.body?.principal.memberships.some((m) => m.role === 'mediator' && m.rank === 'lead'),
        'the link signs in the lead mediator',
      );
      assert.equal((await useLink(running.url, link)).status, 410, 'the link works once');
    } finally {
      running.child.kill('SIGTERM');
      await exited(running.child);
    }
    try {
      // A later start finds people in the store: no demo load, no tokens, no link.
      const again = await startConcord(['--port', '0', '--data-dir', demoDir]);
      // The restarted demo keeps its role switcher; a store started with --no-demo offers none.
      const people = await fetch(`${again.url}/api/demo/people`);
      assert.equal(people.status, 200);
      assert.equal(((await people.json()) as { people: unknown[] }).people.length, 9);
      again.child.kill('SIGTERM');
      assert.equal((await exited(again.child)).code, 0);
      assert.doesNotMatch(again.output(), /Loaded the demo|Demo people|sign-in\/link/);
      const plain = await startConcord(['--port', '0', '--data-dir', demoDir, '--no-demo']);
      assert.equal((await fetch(`${plain.url}/api/demo/people`)).status, 404);
      plain.child.kill('SIGTERM');
      assert.equal((await exited(plain.child)).code, 0);
    } finally {
      rmSync(demoDir, { recursive: true, force: true });
    }
  });

  test('a first start without the demo creates the first account (--owner-name) and prints its link, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-start-owner-'));
    try {
      const running = await startConcord([
        '--no-demo',
        '--port',
        '0',
        '--data-dir',
        dir,
        '--owner-name',
        'Kaja Kallás',
      ]);
      let link = '';
      try {
        link = await firstLink(running);
        assert.match(
          running.output(),
          /First start: sign in as Kaja Kallás \(kaja-kallas\), the first account/,
        );
        const signedIn = await useLink(running.url, link);
        assert.equal(signedIn.status, 200);
        assert.equal(signedIn.body?.principal.name, 'Kaja Kallás');
        assert.equal(signedIn.body?.principal.mayOpenProcesses, true);
        assert.deepEqual(signedIn.body?.principal.memberships, []);
      } finally {
        running.child.kill('SIGTERM');
        assert.equal((await exited(running.child)).code, 0);
      }
      const again = await startConcord(['--no-demo', '--port', '0', '--data-dir', dir]);
      again.child.kill('SIGTERM');
      assert.equal((await exited(again.child)).code, 0);
      assert.doesNotMatch(again.output(), /sign-in\/link|First start/);
      const accounts = await runConcord(['account', 'list', '--data-dir', dir]);
      assert.equal(accounts.code, 0, accounts.stderr);
      assert.match(
        accounts.stdout,
        /^\S+ {2}kaja-kallas {2}"Kaja Kallás" {2}active {2}may open processes\n$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--origin: where people reach the site; the link points there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-start-origin-'));
    try {
      const running = await startConcord([
        '--no-demo',
        '--port',
        '0',
        '--data-dir',
        dir,
        '--origin',
        'https://concord.example.org',
      ]);
      running.child.kill('SIGTERM');
      assert.equal((await exited(running.child)).code, 0);
      assert.equal(running.url, 'https://concord.example.org');
      assert.match(
        running.output(),
        /^ {2}https:\/\/concord\.example\.org\/sign-in\/link#cl_[A-Za-z0-9_-]{43}$/m,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a malformed --origin or --owner-name is one line, and no store is created', async () => {
    const dir = join(tmpdir(), `concord-start-bad-${process.pid}`);
    for (const [args, message] of [
      [['--origin', 'ftp://x.org'], /--origin.*http:\/\/ or https:\/\//],
      [['--origin', 'https://x.org/concord'], /--origin.*without a path/],
      [['--origin', 'not a url'], /--origin.*expected an origin/],
      [['--owner-name', '   '], /--owner-name/],
    ] as const) {
      const r = await runConcord(['start', '--no-demo', '--port', '0', '--data-dir', dir, ...args]);
      assert.notEqual(r.code, 0);
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0] ?? '', message);
      assert.equal(r.stdout, '');
      assert.equal(existsSync(dir), false);
    }
  });

  test('a port already in use is one line on stderr and a non-zero exit', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blocker.address() as AddressInfo;
      const r = await runConcord(['start', '--no-demo', '--port', String(port), '--data-dir', dataDir]);
      assert.notEqual(r.code, 0);
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0] ?? '', /^concord: .*(EADDRINUSE|in use)/);
      assert.doesNotMatch(r.stdout, /Concord is serving/);
    } finally {
      blocker.close();
    }
  });
});
