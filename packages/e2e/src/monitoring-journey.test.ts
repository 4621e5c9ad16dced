// Monitoring in a real browser: the demo's US mediator opens the Gaza process's monitoring page from the process
// page, reads what the verification steps mean, pastes an ACLED file with a bad row and sees that row named by its
// line with nothing imported; then imports the good rows and sees them as dots on the map drawn from the
// boundaries Concord ships, and verifies one. Screenshots go to a temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-monitoring-shots-'));
const fixture = readFileSync(
  new URL('../../core/src/monitoring/fixtures/gaza-illustrative.acled.csv', import.meta.url),
  'utf8',
);
const [header = '', ...rows] = fixture.split('\r\n').filter((r) => r !== '');
// Rows 1–2 of the fixture; the second spans lines 3–4 (a quoted line break), so the bad row is on line 5.
const bad = [header, rows[0], rows[1], rows[2]?.replace('31.5017', 'north')].join('\r\n');

describe('monitoring in Chromium', { timeout: 180_000 }, () => {
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

  test('a bad row is named by its line and nothing is imported; the good file shows dots on the map', async () => {
    await page.goto(`${server.url}/`);
    await viewAs(page, 'us-mediator', 'US mediation team (demo)');
    await page.goto(`${server.url}/`);
    await page.getByTestId('process-link').filter({ hasText: /Gaza/ }).first().click();
    await page.waitForURL(/\/processes\//);
    await page.getByTestId('monitoring-link').getByRole('link', { name: 'Open the monitoring' }).click();
    await page.waitForURL(/\/monitoring$/);
    assert.match(
      (await page.getByTestId('monitoring-intro').textContent()) ?? '',
      /reported.*corroborate.*verifies/s,
    );
    const before = await page.getByTestId('incident-row').count();

    const form = page.getByTestId('import-form');
    await form.locator('textarea[name="csv"]').fill(bad);
    await form.getByRole('button', { name: 'Import' }).click();
    const problem = page.getByTestId('import-problem');
    await problem.waitFor();
    assert.match(
      (await problem.textContent()) ?? '',
      /nothing was imported.*line 5: latitude must be a number/s,
    );
    assert.equal(await page.getByTestId('incident-row').count(), before, 'nothing imported');
    await page.screenshot({ path: join(shots, 'monitoring-refused.png'), fullPage: true });

    await form.locator('textarea[name="csv"]').fill(fixture);
    await form.getByRole('button', { name: 'Import' }).click();
    await page.getByTestId('import-result').filter({ hasText: '3 incidents imported' }).waitFor();
    await page.getByTestId('incident-map').waitFor();
    assert.equal(await page.getByTestId('incident-row').count(), before + 3);
    assert.equal(await page.getByTestId('incident-dot').count(), before + 3);
    assert.ok((await page.locator('[data-testid="incident-map"] path').count()) > 0, 'boundaries drawn');
    await page.screenshot({ path: join(shots, 'monitoring-map.png'), fullPage: true });
  });
});
