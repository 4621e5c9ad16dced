// The public record in a real browser, signed out: from the Gaza process's page a visitor opens the public record
// and sees the signed agreement, the commitments' statuses, the verified incidents, the fund's totals and the
// council's decisions, each item with its log entry's number; one entry is checked on the verify page. Then the
// page is laid out for print (no site navigation, no buttons) and screenshotted; the screenshots go to a
// temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-transparency-shots-'));

describe('the public record in Chromium', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await serveDemo();
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.setDefaultTimeout(20_000);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`screenshots: ${shots}`);
  });

  test('signed out, a visitor reads every item with its proof, checks one, and prints the page', async () => {
    const started = Date.now();
    await page.goto(`${server.url}/`);
    assert.equal((await page.getByRole('link', { name: 'Sign in' }).count()) > 0, true, 'signed out');
    await page.getByTestId('process-link').filter({ hasText: /Gaza/ }).first().click();
    await page.waitForURL(/\/processes\//);
    await page.getByTestId('transparency-link').getByRole('link', { name: 'Open the public record' }).click();
    await page.waitForURL(/\/transparency$/);
    await page.getByTestId('transparency-page').getByRole('heading', { level: 1 }).waitFor();
    assert.match((await page.getByTestId('transparency-intro').textContent()) ?? '', /only what is public/);

    for (const [section, item] of [
      ['agreement', 'proof'],
      ['commitments', 'transparency-commitment'],
      ['incidents', 'transparency-incident'],
      ['funds', 'transparency-fund'],
      ['decisions', 'transparency-decision'],
    ] as const) {
      const block = page.getByTestId(`transparency-${section}`);
      assert.ok((await block.getByTestId(item).count()) > 0, `${section} has items`);
      const proofs = await block.getByTestId('proof').allTextContents();
      assert.ok(
        proofs.length > 0 && proofs.every((p) => /#\d+/.test(p)),
        `${section}: each proof names its entry`,
      );
    }
    // Verified incidents only: as many rows as the monitoring answer has incidents whose status is verified.
    const processId = /\/processes\/([^/]+)\/transparency$/.exec(page.url())?.[1];
    const monitoring = await (
      await page.request.get(`${server.url}/api/processes/${processId}/monitoring`)
    ).json();
    const statuses: string[] = monitoring.incidents.map((i: { status: string }) => i.status);
    const verified = statuses.filter((s) => s === 'verified').length;
    assert.ok(verified > 0 && verified < statuses.length, `the demo has other incidents too: ${statuses}`);
    assert.equal(await page.getByTestId('transparency-incident').count(), verified);
    await page.screenshot({ path: join(shots, 'transparency-screen.png'), fullPage: true });

    // On paper: no site navigation, breadcrumbs or buttons; the entries' numbers stay.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false, 'no site header in print');
    assert.equal(await page.locator('.breadcrumbs').isVisible(), false, 'no breadcrumbs in print');
    assert.equal(await page.getByRole('button', { name: 'Print this record' }).isVisible(), false);
    assert.equal(await page.locator('.proof-index').first().isVisible(), true, 'entry numbers printed');
    await page.screenshot({ path: join(shots, 'transparency-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // A decision's proof, checked in the browser against the signed log.
    const decision = page.getByTestId('transparency-decisions').getByTestId('proof').first();
    const index = /#(\d+)/.exec((await decision.textContent()) ?? '')?.[1];
    await decision.getByRole('link', { name: 'Check entry' }).click();
    await page.waitForURL(new RegExp(`/verify\\?index=${index}$`));
    await page.locator('[data-testid="verify-result"][data-ok="true"]').waitFor({ timeout: 60_000 });
    assert.match((await page.getByTestId('verify-result').textContent()) ?? '', /motion/i);
    console.log(`journey: ${Date.now() - started} ms (after the server started)`);
  });
});
