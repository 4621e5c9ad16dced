// Signing in, in a real browser against the real server with the demo: the demo's "view as" switch shows each
// person what the process says (the US 28-point draft is seen by the US mediator, Russia's delegation and, since it
// was handed over on 20 November 2025, Ukraine's; not by the E3 observer nor the public); a newcomer accepts an
// invitation with a password, turns on two-step sign-in and signs in with password and code; registers a passkey
// (a CDP virtual authenticator) and signs in with it; a write from another origin is refused and changes nothing;
// "Sign out everywhere" ends the session in another browser too. Screenshots of each step are kept in a temporary
// directory whose path the test prints.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs as viewDemoAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';
import { totpCodes } from './totp.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-sign-in-shots-'));

const NEWCOMER = { name: 'Olena Tkachenko', handle: 'olena.t', password: 'a long passphrase for Kyiv' };

describe('signing in, in Chromium', { timeout: 300_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let processId: string;
  let versionPath: string;
  let codes: ReturnType<typeof totpCodes> | null = null;

  before(async () => {
    server = await serveDemo();
    assert.match(
      server.url,
      /^http:\/\/localhost:\d+$/,
      'passkeys need the localhost origin, not an IP address',
    );
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`screenshots: ${shots}`);
  });

  const snap = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const headerName = () => page.getByTestId('session-who').locator('.session-name');

  /** Chooses a person in the demo's switch and waits until the header says so. */
  const viewAs = (key: string, name: string | null) => viewDemoAs(page, key, name);

  test('the demo switch is marked as a demo and shows each person what was shared with them', async () => {
    await page.goto(`${server.url}/`);
    const switcher = page.getByTestId('demo-switcher');
    await switcher.waitFor();
    assert.match((await switcher.textContent()) ?? '', /Demo — view as:.*demonstration/s);
    const options = await page.getByTestId('demo-view-as').locator('option').allTextContents();
    for (const who of [
      /US mediation/,
      /Ukraine/,
      /Russia/,
      /E3/,
      /Qatar/,
      /Board of Peace|council/i,
      /monitor/i,
      /donor/i,
      /public/,
    ])
      assert.ok(
        options.some((o) => who.test(o)),
        `${who} in ${options.join(' | ')}`,
      );
    assert.equal(await page.getByTestId('sign-in').count(), 1, 'the public is offered Sign in');
    await snap('1-public-with-demo-switch');

    await viewAs('us-mediator', 'US mediation team (demo)');
    assert.match(
      (await page.getByTestId('session-who').textContent()) ?? '',
      /US mediation team \(demo\) — Mediator \(lead\), Russia–Ukraine 2025/,
    );
    const found = await findDraft(page, server.url);
    processId = found.processId;
    versionPath = `/versions/${found.versionId}`;

    const sees = async (who: string) => {
      await page.goto(server.url + versionPath);
      try {
        await page.getByTestId('version-doc').getByTestId('point').first().waitFor();
      } catch (error) {
        // Say what the page showed instead (a problem, a loading state), so a failure here can be understood.
        await snap(`failed-${who.replaceAll(' ', '-')}`);
        const shown = (await page.locator('main').textContent())?.slice(0, 600);
        throw new Error(`${who}: no point of the draft on the page; it showed: ${shown}`, { cause: error });
      }
      const top = await page
        .locator('[data-testid="version-doc"] [data-testid="point"][data-depth="0"]')
        .count();
      assert.equal(top, 28, `${who} sees the 28 points`);
    };
    const seesNothing = async (who: string) => {
      await page.goto(server.url + versionPath);
      await page.getByTestId('problem').waitFor();
      assert.equal(await page.getByTestId('version-doc').count(), 0, `${who} does not see the draft`);
    };
    await sees('the US mediator');
    await snap('2-draft-as-us-mediator');
    await viewAs('russia', "Russia's delegation (demo)");
    await sees('Russia');
    await viewAs('ukraine', "Ukraine's delegation (demo)");
    await sees('Ukraine');
    assert.match((await page.locator('main').textContent()) ?? '', /20 Nov(ember)? 2025/);
    await snap('3-draft-as-ukraine');
    await viewAs('e3', 'E3 observer (demo)');
    await seesNothing('the E3 observer');
    await snap('4-draft-hidden-from-e3');
    await viewAs('public', null);
    await seesNothing('the public');
  });

  test('a newcomer accepts an invitation with a password', async () => {
    // The mediator invites a delegate of Ukraine (over the API, as the mediator's own browser would).
    await page.goto(`${server.url}/`);
    await viewAs('us-mediator', 'US mediation team (demo)');
    const detail = await (await page.request.get(`${server.url}/api/processes/${processId}`)).json();
    const ukraine = (detail.parties as { id: string; name: string }[]).find((p) => p.name === 'Ukraine');
    assert.ok(ukraine);
    const issued = await page.request.post(`${server.url}/api/processes/${processId}/invitations`, {
      headers: { origin: server.url },
      data: { role: 'delegate', partyId: ukraine.id, name: NEWCOMER.name },
    });
    assert.equal(issued.status(), 201, await issued.text());
    const { link } = (await issued.json()) as { link: string };
    assert.match(link, /\/invite#ci_/);
    await viewAs('public', null);

    await page.goto(link);
    const offer = page.getByTestId('invite-offer');
    await offer.waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token left the address bar');
    assert.match((await offer.textContent()) ?? '', /Russia–Ukraine 2025.*Delegate of Ukraine/s);
    await page.getByTestId('invite-handle').fill(NEWCOMER.handle);
    await page.getByTestId('invite-password').fill(NEWCOMER.password);
    await page.getByTestId('invite-password-again').fill('something else entirely');
    await page.getByTestId('invite-accept').click();
    assert.match((await page.getByTestId('invite-accept-problem').textContent()) ?? '', /differ/);
    await page.getByTestId('invite-password-again').fill(NEWCOMER.password);
    await snap('5-invitation');
    await page.getByTestId('invite-accept').click();
    await page.waitForURL(/\/processes\//);
    await headerName().filter({ hasText: NEWCOMER.name }).waitFor();
    assert.match(
      (await page.getByTestId('session-who').textContent()) ?? '',
      /Olena Tkachenko — Delegate of Ukraine, Russia–Ukraine 2025/,
    );
    // The link works once.
    await page.goto(link);
    await page.getByTestId('invite-problem').waitFor();
    assert.match(
      (await page.getByTestId('invite-problem').textContent()) ?? '',
      /This invitation was used or has expired; ask the mediator for a new one\./,
    );
  });

  test('two-step sign-in: turned on in the account, then asked for after the password', async () => {
    await page.getByTestId('account-link').click();
    await page.getByTestId('totp-start').click();
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    assert.match(secret, /^[A-Z2-7]{16,}$/);
    assert.match((await page.getByTestId('totp-uri').textContent()) ?? '', /^otpauth:\/\/totp\/.*secret=/);
    await snap('6-totp-enrolment');
    codes = totpCodes(secret);
    await page.getByTestId('totp-code').fill(await codes.fresh());
    await page.getByTestId('totp-confirm').click();
    await page.locator('[data-testid="totp-state"][data-enabled="true"]').waitFor();

    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
    await page.goto(server.url + versionPath);
    await page.getByTestId('problem').waitFor(); // the public does not see the draft
    await page.getByTestId('sign-in').click();
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByTestId('sign-in-login').fill(NEWCOMER.handle);
    await page.getByTestId('sign-in-password').fill('not the password at all');
    await page.getByTestId('sign-in-submit').click();
    const problem = page.getByTestId('sign-in-problem');
    await problem.filter({ hasText: 'do not match an account' }).waitFor();
    assert.doesNotMatch((await problem.textContent()) ?? '', /[{}]|problems\//, 'words, not JSON');
    await page.getByTestId('sign-in-password').fill(NEWCOMER.password);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-in-code').waitFor();
    await snap('7-sign-in-asks-for-code');
    await page.getByTestId('sign-in-code').fill('000000');
    await page.getByTestId('sign-in-submit').click();
    await problem.filter({ hasText: 'code is not right' }).waitFor();
    await page.getByTestId('sign-in-code').fill(await codes.fresh());
    await page.getByTestId('sign-in-submit').click();
    // Back where the reader came from: the draft, which Ukraine's delegate may read.
    await page.waitForURL((url) => url.pathname === versionPath);
    await page.getByTestId('version-doc').getByTestId('point').first().waitFor();
    await headerName().filter({ hasText: NEWCOMER.name }).waitFor();
    await snap('8-signed-in-back-on-the-draft');
  });

  test('a passkey is registered on the account page and signs in', async () => {
    await page.goto(`${server.url}/account`);
    await page.getByTestId('passkey-name').fill('virtual authenticator');
    await page.getByTestId('passkey-add').click();
    await page.getByTestId('passkey').filter({ hasText: 'virtual authenticator' }).waitFor();
    await snap('9-passkey-registered');
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
    assert.equal((await (await page.request.get(`${server.url}/api/session`)).json()).principal, null);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('passkey-sign-in').click();
    await headerName().filter({ hasText: NEWCOMER.name }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/account', 'back to the page the reader came from');
  });

  test('a write from another origin is refused and changes nothing', async () => {
    const tokensNow = async () =>
      ((await (await page.request.get(`${server.url}/api/account`)).json()) as { tokens: unknown[] }).tokens
        .length;
    const session = (await (await page.request.get(`${server.url}/api/session`)).json()) as {
      principal: { memberships: { id: string }[] };
    };
    const membershipId = session.principal.memberships[0]?.id;
    assert.ok(membershipId);
    const before = await tokensNow();
    // With the session cookie but another page's Origin: 403 csrf.
    const forged = await page.request.post(`${server.url}/api/account/tokens`, {
      headers: { origin: 'http://evil.example' },
      data: { membershipId, label: 'forged' },
    });
    assert.equal(forged.status(), 403);
    assert.match(((await forged.json()) as { type: string }).type, /\/csrf$/);
    // Signing a visitor in from another site (login CSRF) is refused the same way.
    const loginForged = await page.request.post(`${server.url}/api/auth/password`, {
      headers: { origin: 'http://evil.example' },
      data: { login: NEWCOMER.handle, password: NEWCOMER.password },
    });
    assert.equal(loginForged.status(), 403);
    // A real page of another origin (127.0.0.1 is another site than localhost) posting with credentials.
    const other = await browser.context.newPage();
    await other.goto(server.url.replace('localhost', '127.0.0.1'));
    const outcome = await other.evaluate(async (target) => {
      const tried: string[] = [];
      for (const mode of ['cors', 'no-cors'] as const) {
        try {
          const r = await fetch(`${target}/api/account/tokens`, {
            method: 'POST',
            mode,
            credentials: 'include',
            headers: { 'content-type': mode === 'cors' ? 'application/json' : 'text/plain' },
            body: JSON.stringify({ membershipId: 'x', label: 'from another origin' }),
          });
          tried.push(`${mode}:${r.type}:${r.status}`);
        } catch (e) {
          tried.push(`${mode}:refused:${(e as Error).name}`);
        }
      }
      return tried;
    }, server.url);
    await other.close();
    assert.ok(!outcome.some((o) => /:(200|201)$/.test(o)), outcome.join(' '));
    assert.equal(await tokensNow(), before, 'no token was made');
  });

  test('"Sign out everywhere" ends the session in another browser too', async () => {
    assert.ok(codes);
    const second = await launchChromium();
    try {
      const other = await second.context.newPage();
      other.setDefaultTimeout(30_000);
      await other.goto(`${server.url}/sign-in`);
      await other.getByTestId('sign-in-login').fill(NEWCOMER.handle);
      await other.getByTestId('sign-in-password').fill(NEWCOMER.password);
      await other.getByTestId('sign-in-submit').click();
      await other.getByTestId('sign-in-code').waitFor();
      await other.getByTestId('sign-in-code').fill(await codes.fresh());
      await other.getByTestId('sign-in-submit').click();
      await other.getByTestId('session-who').waitFor();

      await page.goto(`${server.url}/account`);
      const rows = page.getByTestId('session-row');
      await rows.nth(1).waitFor();
      assert.ok((await rows.count()) >= 2, 'both browsers are listed');
      assert.equal(await page.locator('[data-testid="session-row"][data-current="true"]').count(), 1);
      await snap('10-sessions');
      await page.getByTestId('sign-out-everywhere').click();
      await page.waitForURL(/\/sign-in/);
      await page.getByTestId('sign-in-page').waitFor();
      assert.equal(await page.getByTestId('session-who').count(), 0);

      await other.reload();
      await other.getByTestId('sign-in').or(other.getByTestId('sign-in-page')).first().waitFor();
      assert.equal(await other.getByTestId('session-who').count(), 0);
      const answer = await (await other.request.get(`${server.url}/api/session`)).json();
      assert.equal(answer.principal, null, 'the other browser is signed out');
      await other.screenshot({ path: join(shots, '11-other-browser-signed-out.png'), fullPage: true });
    } finally {
      await second.close();
    }
  });
});

/** The Russia–Ukraine process and its US 28-point draft, found over the API as the signed-in page sees it. */
async function findDraft(page: Page, base: string) {
  type Item = { id: string; title: string };
  const get = async <T>(path: string): Promise<T> => {
    const r = await page.request.get(base + path);
    assert.equal(r.status(), 200, path);
    return (await r.json()) as T;
  };
  const processes = await get<{ items: Item[] }>('/api/processes');
  const proc = processes.items.find((p) => /Russia/.test(p.title));
  assert.ok(proc, 'the demo has the Russia–Ukraine process');
  const detail = await get<{ plans: Item[] }>(`/api/processes/${proc.id}`);
  for (const plan of detail.plans) {
    const p = await get<{ versions: { id: string; label: string }[] }>(`/api/plans/${plan.id}`);
    const v = p.versions.find((x) => /US 28-point draft/.test(x.label));
    if (v) return { processId: proc.id, versionId: v.id };
  }
  throw new Error('no US 28-point draft');
}
