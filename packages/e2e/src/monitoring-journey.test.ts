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
    // The demo's incidents are listed once the monitoring answer has come (the intro is drawn before it).
    await page.getByTestId('incident-row').first().waitFor();
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

  test('a monitor reports one incident: a bad field is named as it is left, the good report is listed', async () => {
    const form = page.getByTestId('incident-form');
    const rows = await page.getByTestId('incident-row').count();
    await form.getByLabel('Sub-type').fill('Armed clash');
    await form.getByLabel('Who acted').fill('Unidentified Armed Group (Palestine)');
    await form.getByLabel('Place').fill('Az Zawayda');
    await form.getByLabel('Latitude').fill('131.4333');
    await form.getByLabel('Longitude').fill('34.3667');
    await form.getByLabel('Longitude').blur();
    await form.getByTestId('field-error').first().waitFor();
    // Only the latitude is wrong (core's message for it names its range).
    const latitude = form.locator('.incident-field').filter({ has: page.getByLabel('Latitude') });
    assert.equal(await form.getByTestId('field-error').count(), 1);
    assert.equal(await latitude.getByTestId('field-error').count(), 1);
    await form.getByRole('button', { name: 'Report the incident' }).click();
    await form.getByTestId('incident-form-invalid').waitFor();
    assert.equal(await page.getByTestId('incident-row').count(), rows, 'nothing sent');
    await form.getByLabel('Latitude').fill('31.4333');
    await form.getByLabel('Monitors observed it').check();
    await form.getByLabel('Weapon').fill('small arms');
    await form.getByLabel('Rounds, explosions or shots counted').fill('12');
    assert.equal(await form.getByTestId('field-error').count(), 0, 'no field is wrong any more');
    await page.screenshot({ path: join(shots, 'monitoring-incident-form.png'), fullPage: true });
    await form.getByRole('button', { name: 'Report the incident' }).click();
    await page.getByTestId('incident-row').nth(rows).waitFor();
    assert.equal(await page.getByTestId('incident-row').count(), rows + 1);
    assert.match((await page.getByTestId('incidents-table').textContent()) ?? '', /Az Zawayda/);
  });

  test("a monitor records a restriction of the monitors' movement; it is listed", async () => {
    const form = page.getByTestId('restriction-form');
    await form.locator('select[name="kind"]').selectOption('delayed');
    await form.locator('input[name="by"]').fill('A checkpoint on Salah al-Din road');
    await form.locator('input[name="place"]').fill('Wadi Gaza bridge');
    await form.locator('input[name="latitude"]').fill('north');
    await form.getByTestId('restriction-errors').waitFor();
    assert.equal(await form.getByRole('button', { name: 'Record the restriction' }).isDisabled(), true);
    await form.locator('input[name="latitude"]').fill('31.4460');
    await form.locator('input[name="longitude"]').fill('34.3780');
    await form.locator('input[name="minutes"]').fill('95');
    await form.getByRole('button', { name: 'Record the restriction' }).click();
    await page.getByTestId('restriction').filter({ hasText: 'Wadi Gaza bridge' }).waitFor();
  });

  test('a monitor files a report with a finding and a proposed status on a tracked commitment', async () => {
    const form = page.getByTestId('report-form');
    const reports = await page.getByTestId('report').count();
    await form.locator('input[name="from"]').fill('2026-11-01');
    await form.locator('input[name="to"]').fill('2026-10-01');
    await form.getByTestId('report-errors').waitFor();
    assert.match(
      (await form.getByTestId('report-errors').textContent()) ?? '',
      /to: must not be before from/,
    );
    await form.locator('input[name="to"]').fill('2026-11-30');
    await form.locator('textarea[name="summary"]').fill('November patrols in the south (browser test).');
    const finding = form.getByTestId('report-finding').first();
    await finding.locator('textarea').fill('Patrols saw no movement beyond the line.');
    await finding.getByLabel('Proposed status').selectOption('3');
    await form.getByRole('button', { name: 'File the report' }).click();
    await page.getByTestId('report').nth(reports).waitFor();
    assert.match(
      (await page.getByTestId('report').nth(reports).textContent()) ?? '',
      /2026-11-01 to 2026-11-30: November patrols.*1 findings, with proposed statuses/,
    );
  });
});
