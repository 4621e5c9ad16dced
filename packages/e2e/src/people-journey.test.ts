// The people features in a real browser, driven through the pages as a person would, against the real server with
// the demo (one server for the file; the demo's "view as" switch in the header chooses who the first browser is):
// the US mediator invites a delegate of Ukraine from the members section of the Russia–Ukraine 2025 process and reads
// the link, shown once; a newcomer opens it in a fresh browser, creates an account and is signed in as a delegate of
// Ukraine, and the link no longer works in a third browser; the mediator shares the US 28-point draft with the E3,
// which the E3 observer could not open before and can after, with the change in words in the log; the mediator
// suspends the newcomer's membership (their role and the Ukraine-only draft are gone from their browser after a
// reload) and reinstates it (both back). Screenshots go to a temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs as viewDemoAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-people-shots-'));

const NEWCOMER = { name: 'Mykola Bondarenko', handle: 'mykola.b', password: 'sunflowers over the Dnipro' };
const SHARE_REASON = 'The E3 answered the draft: they read it in full from now on.';
const SUSPEND_REASON = 'Paused while the delegation list is confirmed by Kyiv.';
const REINSTATE_REASON = 'Kyiv confirmed the delegation list.';
/** How the log names the share: the draft's audience was the US, Russia and Ukraine; the E3 makes four. */
const SHARED_IN_WORDS = 'a version shared more widely (now the mediators and 4 parties)';

describe('people: invitations, sharing and memberships, in Chromium', { timeout: 90_000 }, () => {
  let server: DemoServer;
  /** The mediator's browser (and whoever the demo switch chooses). */
  let browser: Browser;
  let page: Page;
  /** The newcomer's browser: a fresh profile, no cookies. */
  let newcomerBrowser: Browser | null = null;
  let newcomer: Page;
  let processPath = '';
  let draftPath = '';
  let link = '';

  before(async () => {
    [server, browser] = await Promise.all([serveDemo(), launchChromium()]);
    page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
  });
  after(async () => {
    await newcomerBrowser?.close();
    await browser?.close();
    await server?.stop();
    console.log(`screenshots: ${shots}`);
  });

  const snap = (p: Page, name: string) => p.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const textOf = async (p: Page, testId: string) => (await p.getByTestId(testId).first().textContent()) ?? '';

  /** Chooses a person in the demo's switch and waits until the header says so. */
  const viewAs = (key: string, name: string) => viewDemoAs(page, key, name);

  const memberRow = (p: Page) => p.getByTestId('member').filter({ hasText: NEWCOMER.name });

  /** The draft as `p` sees it: its 28 points, or the page saying there is nothing (for them) at this address. */
  async function draftSeen(p: Page): Promise<'points' | 'not found'> {
    await p.goto(server.url + draftPath);
    const doc = p.getByTestId('version-doc').getByTestId('point').first();
    await doc.or(p.getByTestId('problem')).first().waitFor();
    if ((await p.getByTestId('problem').count()) > 0) {
      assert.equal(await p.getByTestId('version-doc').count(), 0, 'a problem page shows no text');
      return 'not found';
    }
    const top = await p.locator('[data-testid="version-doc"] [data-testid="point"][data-depth="0"]').count();
    assert.equal(top, 28, 'the whole US 28-point draft');
    return 'points';
  }

  /** The log's newest entries, each row's words. */
  async function logRows(p: Page): Promise<string[]> {
    await p.goto(`${server.url}/log`);
    await p.getByTestId('log-table').waitFor();
    return p.getByTestId('log-entry').allTextContents();
  }

  test('the US mediator invites a delegate of Ukraine from the members section and reads the link once', async () => {
    await page.goto(`${server.url}/`);
    await viewAs('us-mediator', 'US mediation team (demo)');
    await page.getByTestId('process-link').filter({ hasText: 'Russia–Ukraine 2025' }).first().click();
    await page.waitForURL(/\/processes\//);
    processPath = new URL(page.url()).pathname;
    const draftLink = page
      .getByTestId('tree-node')
      .getByRole('link', { name: /US 28-point draft/ })
      .first();
    draftPath = new URL((await draftLink.getAttribute('href')) ?? '', server.url).pathname;
    assert.match(draftPath, /^\/versions\//);

    const members = page.getByTestId('members');
    await members.getByTestId('member').first().waitFor();
    assert.equal(await memberRow(page).count(), 0, 'not a member yet');
    assert.equal(await page.getByTestId('invitation').filter({ hasText: NEWCOMER.name }).count(), 0);
    assert.equal(await page.getByTestId('issued-link').count(), 0, 'no link before the invitation');
    assert.match(await textOf(page, 'invitations'), /Invite someone/);

    const form = page.getByTestId('invite-form');
    await form.getByTestId('invite-role').selectOption('delegate');
    // A delegate without a party is refused beside the field, and nothing is made.
    await form.getByTestId('invite-name').fill(NEWCOMER.name);
    await form.getByTestId('invite-submit').click();
    await form.getByText('A delegate acts for one party: choose it.').waitFor();
    assert.equal(await page.getByTestId('issued-link').count(), 0);
    await form.getByTestId('invite-party').selectOption({ label: 'Ukraine' });
    await form.getByTestId('invite-submit').click();

    const issued = page.getByTestId('issued-link');
    await issued.waitFor();
    assert.match(
      (await issued.textContent()) ?? '',
      new RegExp(`Invitation made for ${NEWCOMER.name} as Delegate acting for Ukraine\\..*works once`, 's'),
    );
    link = await page.getByTestId('issued-link-value').inputValue();
    assert.ok(link.startsWith(`${server.url}/invite#ci_`), link);
    const token = link.slice(link.indexOf('#') + 1);
    await page
      .getByTestId('invitation')
      .filter({ hasText: NEWCOMER.name })
      .filter({ hasText: 'waiting to be used' })
      .waitFor();
    await snap(page, '1-invitation-link-shown-once');

    // Shown once: after "Done" and after a reload the page holds no trace of the token.
    assert.ok((await page.content()).includes(token), 'the page holds the link while it is shown');
    await page.getByTestId('issued-link-done').click();
    await issued.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('invitation').filter({ hasText: NEWCOMER.name }).waitFor();
    assert.equal(await page.getByTestId('issued-link').count(), 0);
    assert.ok(!(await page.content()).includes(token), 'the link is not shown again');
  });

  test('a newcomer opens the link in a fresh browser, accepts, and is a delegate of Ukraine; the link then is used', async () => {
    assert.ok(link, 'the invitation was made');
    newcomerBrowser = await launchChromium();
    newcomer = await newcomerBrowser.context.newPage();
    newcomer.setDefaultTimeout(15_000);
    assert.equal((await newcomerBrowser.context.cookies()).length, 0, 'a fresh browser');

    await newcomer.goto(link);
    const offer = newcomer.getByTestId('invite-offer');
    await offer.waitFor();
    assert.match((await offer.textContent()) ?? '', /Russia–Ukraine 2025.*Delegate of Ukraine.*Ukraine/s);
    assert.equal(await newcomer.getByTestId('session-who').count(), 0, 'nobody is signed in yet');
    assert.equal(await newcomer.getByTestId('invite-name').inputValue(), NEWCOMER.name, 'the name offered');
    await newcomer.getByTestId('invite-name').fill(NEWCOMER.name);
    await newcomer.getByTestId('invite-handle').fill(NEWCOMER.handle);
    await newcomer.getByTestId('invite-password').fill(NEWCOMER.password);
    await newcomer.getByTestId('invite-password-again').fill(NEWCOMER.password);
    await snap(newcomer, '2-newcomer-accepts');
    await newcomer.getByTestId('invite-accept').click();

    await newcomer.waitForURL((url) => url.pathname === processPath);
    await newcomer
      .getByTestId('session-who')
      .locator('.session-name')
      .filter({ hasText: NEWCOMER.name })
      .waitFor();
    assert.equal(
      await textOf(newcomer, 'session-who'),
      `${NEWCOMER.name} — Delegate of Ukraine, Russia–Ukraine 2025`,
    );
    assert.equal(
      await draftSeen(newcomer),
      'points',
      'a delegate of Ukraine reads the draft handed to Ukraine',
    );
    await snap(newcomer, '3-newcomer-signed-in-on-the-draft');

    // The mediator's members section lists them now, active, as a delegate of Ukraine.
    await page.goto(server.url + processPath);
    const row = memberRow(page);
    await row.waitFor();
    assert.equal(await row.getAttribute('data-status'), 'active');
    assert.match((await row.textContent()) ?? '', /Delegate.*Ukraine.*Active/s);

    // The same link in a third fresh browser: used.
    const third = await launchChromium();
    try {
      const other = await third.context.newPage();
      await other.goto(link);
      await other.getByTestId('invite-problem').waitFor({ timeout: 15_000 });
      assert.equal(
        await textOf(other, 'invite-problem'),
        'This invitation was used or has expired; ask the mediator for a new one.',
      );
      assert.equal(await other.getByTestId('invite-offer').count(), 0, 'nothing is offered any more');
      await other.screenshot({ path: join(shots, '4-link-used-in-a-third-browser.png'), fullPage: true });
    } finally {
      await third.close();
    }
  });

  test('the mediator shares the US 28-point draft with the E3, who can read it then, and the log says so', async () => {
    assert.ok(draftPath, 'the draft was found');
    // Before: the E3 observer is told there is nothing here, and the log has no such share.
    await viewAs('e3', 'E3 observer (demo)');
    assert.equal(await draftSeen(page), 'not found', 'the E3 observer cannot open the draft yet');
    assert.ok(!(await logRows(page)).some((r) => r.includes(SHARED_IN_WORDS)), 'no share with the E3 yet');

    await viewAs('us-mediator', 'US mediation team (demo)');
    assert.equal(await draftSeen(page), 'points');
    const audience = page.getByTestId('audience').first();
    // The parties are named once the process (read after the version) is in.
    await audience.filter({ hasText: /Mediators and .*Ukraine/ }).waitFor();
    assert.doesNotMatch((await audience.textContent()) ?? '', /E3/);
    const share = page.getByTestId('share');
    await share.locator('summary').click();
    const form = share.getByTestId('share-form');
    await form.getByTestId('share-choice-parties').check();
    const e3 = form.getByTestId('share-parties').getByRole('checkbox', { name: /^E3 \(United Kingdom/ });
    assert.equal(await e3.isChecked(), false);
    assert.equal(await e3.isDisabled(), false);
    await e3.check();
    // Without a reason nothing is shared.
    await form.getByTestId('share-submit').click();
    assert.match(await textOf(page, 'share-problem'), /Give a reason/);
    assert.doesNotMatch((await audience.textContent()) ?? '', /E3/);
    await form.getByTestId('share-reason').fill(SHARE_REASON);
    await snap(page, '5-share-with-the-e3');
    await form.getByTestId('share-submit').click();
    // The page reads the version again, then its process (for a moment the parties show as "a party not
    // listed": the process is fetched again after the version), so wait for the names; and again after a reload.
    const withE3 = /Mediators and .*E3 \(United Kingdom, France, Germany\)/;
    await audience.filter({ hasText: withE3 }).waitFor();
    await page.reload();
    await page.getByTestId('version-doc').getByTestId('point').first().waitFor();
    await audience.filter({ hasText: withE3 }).waitFor();

    // After: the E3 observer reads the draft, and the log tells the change in words.
    await viewAs('e3', 'E3 observer (demo)');
    assert.equal(await draftSeen(page), 'points', 'the E3 observer reads the draft now');
    await snap(page, '6-draft-as-e3-after-sharing');
    const entry = page.getByTestId('log-entry').filter({ hasText: SHARED_IN_WORDS });
    await logRows(page);
    await entry.first().waitFor();
    assert.equal(await entry.first().getAttribute('data-confidential'), 'false');
    assert.equal(
      new URL(
        (await entry.first().getByRole('link', { name: SHARED_IN_WORDS }).getAttribute('href')) ?? '',
        server.url,
      ).pathname,
      draftPath,
      'the entry links to the draft',
    );
    await snap(page, '7-log-as-e3');
  });

  test('the mediator suspends the newcomer (their role and the Ukraine-only draft go) and reinstates them', async () => {
    assert.ok(newcomerBrowser, 'the newcomer has a browser');
    const header = () => textOf(newcomer, 'session-who');
    /** The mediator changes the newcomer's membership on the process page, with a reason. */
    async function change(to: 'suspended' | 'active', reason: string) {
      await page.goto(server.url + processPath);
      const row = memberRow(page);
      await row.waitFor();
      assert.notEqual(await row.getAttribute('data-status'), to);
      await row.getByTestId('member-change').locator('summary').click();
      await row.getByTestId(`member-${to}`).check();
      await row.getByTestId('member-reason').fill(reason);
      await row.getByTestId('member-change-submit').click();
      await page
        .locator(`[data-testid="member"][data-status="${to}"]`)
        .filter({ hasText: NEWCOMER.name })
        .waitFor();
    }

    await viewAs('us-mediator', 'US mediation team (demo)');
    // Before: the newcomer acts as Ukraine's delegate.
    await newcomer.reload();
    await newcomer.getByTestId('session-who').waitFor();
    assert.match(await header(), /Delegate of Ukraine/);
    assert.equal(await draftSeen(newcomer), 'points');

    const before = await logRows(page);
    assert.ok(!before.some((r) => /a membership (suspended|reinstated)/.test(r)), 'no change logged yet');

    await change('suspended', SUSPEND_REASON);
    await snap(page, '8-member-suspended');
    assert.match((await memberRow(page).textContent()) ?? '', /Suspended/);
    await newcomer.reload();
    await newcomer
      .getByTestId('session-who')
      .locator('.session-name')
      .filter({ hasText: NEWCOMER.name })
      .waitFor();
    assert.doesNotMatch(await header(), /Delegate|Ukraine/, 'the role is gone from the header');
    assert.equal(await draftSeen(newcomer), 'not found', 'the draft shared with Ukraine is not shown');
    await snap(newcomer, '9-newcomer-while-suspended');

    await change('active', REINSTATE_REASON);
    assert.match((await memberRow(page).textContent()) ?? '', /Active/);
    await newcomer.reload();
    await newcomer.getByTestId('session-who').waitFor();
    assert.match(await header(), /Delegate of Ukraine, Russia–Ukraine 2025/, 'the role is back');
    assert.equal(await draftSeen(newcomer), 'points', 'the draft is back');

    // Both changes are in the log, in words.
    const rows = await logRows(page);
    assert.ok(
      rows.some((r) => r.includes('a membership suspended')),
      rows.slice(0, 5).join(' | '),
    );
    assert.ok(
      rows.some((r) => r.includes('a membership reinstated')),
      rows.slice(0, 5).join(' | '),
    );
  });
});
