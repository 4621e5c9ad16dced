// Precedents in a real browser: the US mediation team opens the Ukraine plan's precedents page against the Gaza
// plan (the 28-point draft against the 20 points), sees the three provisions the reference case names as shared
// (a halt to fighting, reconstruction funding, a board chaired by the US president) with their reasons and each
// plan's own points, then starts a new plan in the Russia–Ukraine process from three Gaza points and finds it,
// its points copied and its note naming the precedent. Screenshots go to a temporary directory whose path is
// printed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-precedents-shots-'));
const NEW_PLAN = 'Ceasefire, board and rebuilding: from the Gaza precedent';

describe('precedents in Chromium', { timeout: 600_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    // Generous: start-up loads the whole demo, and a busy machine can take minutes.
    server = await serveDemo(300_000);
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.setDefaultTimeout(20_000);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`screenshots: ${shots}`);
  });

  const snap = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  /** The pair whose left point (the Ukraine plan) and right point (Gaza) have these numbers. */
  const pair = (left: string, right: string) =>
    page
      .getByTestId('precedent-pair')
      .filter({ has: page.locator(`[data-testid="precedent-point"][data-number="${left}"]`) })
      .filter({ has: page.locator(`[data-testid="precedent-point"][data-number="${right}"]`) });

  test('the Ukraine plan against the Gaza plan: the three shared provisions, with reasons, and each plan’s own points', async () => {
    await page.goto(`${server.url}/`);
    await viewAs(page, 'us-mediator', 'US mediation team (demo)');
    await page
      .getByTestId('process-link')
      .filter({ hasText: /Russia/ })
      .first()
      .click();
    await page.waitForURL(/\/processes\//);
    await page.getByTestId('plan').getByRole('link', { name: 'Open the plan' }).first().click();
    await page.waitForURL(/\/plans\/[^/]+$/);
    await page.getByTestId('precedents-link').click();
    await page.waitForURL(/\/precedents/);
    await page.getByRole('heading', { name: 'Compare with a plan of another process' }).waitFor();

    await page
      .getByTestId('precedent-other')
      .selectOption({ label: 'Comprehensive Plan to End the Gaza Conflict' });
    await page.getByTestId('precedent-pairs').waitFor();
    await page.getByTestId('precedent-version').selectOption({ label: 'US 28-point draft' });
    await page.waitForURL(/version=/);
    await pair('28', '3').waitFor();

    const ceasefire = (await pair('28', '3').getByTestId('precedent-reasons').textContent()) ?? '';
    assert.match(ceasefire, /Cease Fire/);
    assert.match(ceasefire, /a halt to fighting/);
    const board = (await pair('27', '9').getByTestId('precedent-reasons').textContent()) ?? '';
    assert.match(board, /the guarantor body/);
    assert.match(board, /chaired by a president/);
    const funding = (await pair('14', '2').getByTestId('precedent-reasons').textContent()) ?? '';
    assert.match(funding, /Economic and Social Development/);
    assert.match(funding, /reconstruction/);

    const onlyUkraine = page.getByTestId('precedent-only-plan');
    assert.ok((await onlyUkraine.getByTestId('precedent-point').count()) > 0);
    assert.match((await onlyUkraine.textContent()) ?? '', /600,000/);
    assert.ok((await page.getByTestId('precedent-only-other').getByTestId('precedent-point').count()) > 0);
    assert.match((await page.getByTestId('precedent-summary').textContent()) ?? '', /provisions in common/);
    await snap('1-precedents-us28-gaza20');
  });

  test('the lead mediator starts a new plan in the Russia–Ukraine process from three Gaza points, and sees it', async () => {
    for (const n of ['3', '9', '2']) await page.getByTestId(`take-${n}`).check();
    const form = page.getByTestId('start-from-precedent');
    assert.match((await form.getByTestId('precedent-chosen').textContent()) ?? '', /Points 2, 3, 9 chosen/);
    const target = form.getByTestId('precedent-process');
    assert.match((await target.locator('option:checked').textContent()) ?? '', /Russia/);
    await form.getByTestId('precedent-title').fill(NEW_PLAN);
    await snap('2-choosing-points');
    await form.getByTestId('precedent-start').click();

    await page.waitForURL(/\/versions\//);
    const doc = page.getByTestId('version-doc');
    await doc.getByTestId('point').first().waitFor();
    const texts = await doc.getByTestId('point').allTextContents();
    assert.equal(texts.length, 3, texts.join(' | '));
    assert.match(texts[0] ?? '', /rebuilt/);
    assert.match(texts[1] ?? '', /the war stops at once/);
    assert.match(texts[2] ?? '', /Board of Peace/);
    assert.match(
      (await page.locator('.doc-note').textContent()) ?? '',
      /points 2, 3, 9 of “Comprehensive Plan/,
    );
    await snap('3-new-plan-first-version');

    await page.goto(`${server.url}/`);
    await page
      .getByTestId('process-link')
      .filter({ hasText: /Russia/ })
      .first()
      .click();
    await page.waitForURL(/\/processes\//);
    await page.getByTestId('plan').filter({ hasText: NEW_PLAN }).waitFor();
  });
});
