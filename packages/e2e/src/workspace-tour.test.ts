// The negotiation workspace as the demo's lead mediator sees it, in Chromium: compare the Geneva text with the
// December framework (December #9 restored, the cap brought back, a word-level redline inline), the December page
// (its Ukrainian text of point 1 out of date, an editor's note apart from the wording), and the positions on the
// 28-point draft (points Ukraine had rejected before flagged as resurfaced). The screenshots in docs/screenshots/
// that the README's walkthrough shows are written here.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const screenshots = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

describe('the negotiation workspace: compare, languages, positions, in Chromium', {
  timeout: 240_000,
}, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    [server, browser] = await Promise.all([serveDemo(), launchChromium()]);
    page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url);
    await viewAs(page, 'us-mediator', 'US mediation team (demo)');
    mkdirSync(screenshots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openPlan(): Promise<void> {
    await page.goto(server.url);
    await page.getByTestId('process-link').filter({ hasText: 'Russia–Ukraine 2025' }).first().click();
    await page
      .getByTestId('plan')
      .filter({ hasText: 'Framework to end the Russia–Ukraine war' })
      .getByRole('link', { name: 'Open the plan' })
      .click();
  }

  test('compare Geneva with December: point 9 restored, the cap brought back, a redline inline', async () => {
    await openPlan();
    await page.getByTestId('compare-link').click();
    await page.getByTestId('compare-from').selectOption({ label: 'Geneva text (reported: 19 points)' });
    await page.getByTestId('compare-to').selectOption({ label: 'December 20-point framework' });
    const summary = page.getByTestId('compare-summary');
    await summary.waitFor();
    assert.match(
      (await summary.textContent()) ?? '',
      /^Geneva text \(reported: 19 points\) \(24 points\) → December/,
    );
    assert.match((await summary.textContent()) ?? '', /restored/);
    const restored = page.locator('[data-testid="diff-entry"][data-kind="restored"]');
    assert.ok((await restored.count()) >= 2, 'the cap and the funds come back');
    assert.equal(await restored.filter({ hasText: /→ 9(?!\d)/ }).count(), 1, 'December #9 is restored');
    assert.match(
      (await restored
        .filter({ hasText: /→ 9(?!\d)/ })
        .getByTestId('restored-from')
        .textContent()) ?? '',
      /brings back point 14 of “US 28-point draft”/,
    );
    assert.equal(
      await restored.filter({ hasText: /→ 4(?!\d)/ }).count(),
      1,
      'the 800,000 cap is brought back',
    );
    await page.screenshot({ path: `${screenshots}compare-side-by-side.png` });
    await page.getByLabel('Inline').check();
    const amended = page.locator('[data-testid="diff-entry"][data-kind="amended"]').first();
    await amended.locator('.diff-inline').waitFor();
    assert.ok((await amended.locator('del, ins').count()) > 0, 'removed and added words are marked');
  });

  test("December's page: Ukrainian text of point 1 out of date, an editor's note apart from the wording", async () => {
    await openPlan();
    await page.getByRole('link', { name: 'December 20-point framework' }).first().click();
    const one = page.locator('[data-testid="point"][data-number="1"]').first();
    await one.getByTestId('stale-language').waitFor();
    assert.match((await one.getByTestId('stale-language').textContent()) ?? '', /Out of date in Ukrainian/);
    const fourteen = page.locator('[data-testid="point"][data-number="14"]').first();
    assert.match(
      (await fourteen.getByTestId('point-note').textContent()) ?? '',
      /Editor’s note: As reported/,
    );
    assert.doesNotMatch((await fourteen.locator('.point-text').first().textContent()) ?? '', /reported/);
    await one.screenshot({ path: `${screenshots}version-languages.png` });
  });

  test('the 28-point draft: positions, with points Ukraine rejected before flagged as resurfaced', async () => {
    await openPlan();
    await page.getByRole('link', { name: 'US 28-point draft' }).first().click();
    const positions = page.getByTestId('positions');
    await positions.scrollIntoViewIfNeeded();
    await positions.getByTestId('resurfaced-flag').first().waitFor();
    assert.ok((await positions.getByTestId('resurfaced-flag').count()) >= 3);
    await positions.getByTestId('positions-contested-only').check();
    assert.ok(
      (await positions.getByTestId('positions-row').count()) < 20,
      'only the contested points remain',
    );
    await positions
      .locator('table')
      .first()
      .screenshot({ path: `${screenshots}positions.png` });
  });
});
