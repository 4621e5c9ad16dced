// Implementation in a real browser: the public opens the Gaza process's implementation page and reads what the
// Peace Accords Matrix scale means, each party's compliance chart and the hostages' return overdue; the demo's
// US mediator then sets that commitment's status to complete with a report attached — the browser hashes the file
// (SubtleCrypto) and only its SHA-256 is sent — and sees the new status, the hash in its history and the overdue
// badge gone. Screenshots go to a temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-implementation-shots-'));
const REPORT = Buffer.from(
  'ICRC: the remains of every deceased hostage returned (set by the browser test).\n',
);
const HASH = createHash('sha256').update(REPORT).digest('hex');

describe('implementation in Chromium', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let path = '';

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

  const hostages = () => page.getByTestId('tracked-commitment').filter({ hasText: /^return all hostages/ });

  test('the public reads the scale, the compliance chart and the hostages’ return overdue', async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('process-link').filter({ hasText: /Gaza/ }).first().click();
    await page.waitForURL(/\/processes\//);
    await page
      .getByTestId('implementation-link')
      .getByRole('link', { name: 'Follow the implementation' })
      .click();
    await page.waitForURL(/\/implementation$/);
    path = new URL(page.url()).pathname;
    assert.match(
      (await page.getByTestId('pam-scale').textContent()) ?? '',
      /0 — not initiated.*3 — complete/s,
    );
    await page.getByTestId('compliance-chart').waitFor();
    assert.equal(await page.getByTestId('compliance-line').count(), 3);
    await hostages().waitFor();
    assert.equal(await hostages().getByTestId('pam-status').first().getAttribute('data-score'), '2');
    assert.equal(await hostages().getByTestId('overdue-badge').count(), 1);
    assert.equal(await page.getByTestId('status-form').count(), 0, 'the public sets no status');
    await page.screenshot({ path: join(shots, 'implementation-public.png'), fullPage: true });
  });

  test('the mediator sets the status with evidence hashed in the browser; the badge and the history follow', async () => {
    await viewAs(page, 'us-mediator', 'US mediation team (demo)');
    await page.goto(`${server.url}${path}`);
    const form = hostages().getByTestId('status-form').first();
    await form.waitFor();
    await form.locator('select[name="score"]').selectOption('3');
    await form.locator('textarea[name="reason"]').fill('Every hostage, living and deceased, returned.');
    await form
      .locator('input[name="evidence"]')
      .setInputFiles({ name: 'icrc-report.txt', mimeType: 'text/plain', buffer: REPORT });
    await form.getByTestId('evidence-hashes').filter({ hasText: HASH }).waitFor();
    await form.getByRole('button', { name: 'Set status' }).click();
    await hostages().getByTestId('pam-status').first().and(page.locator('[data-score="3"]')).waitFor();
    assert.equal(await hostages().getByTestId('overdue-badge').count(), 0);
    const history = hostages().getByTestId('status-history').first();
    await history.locator('summary').click();
    assert.match((await history.getByTestId('evidence').first().textContent()) ?? '', new RegExp(HASH));
    assert.equal(await page.getByTestId('compliance-line').count(), 3);
    await page.screenshot({ path: join(shots, 'implementation-set.png'), fullPage: true });
  });
});
