// Sealed acceptability in a real browser, switching people with the demo's "view as" switch: on the US 28-point
// draft, Ukraine's delegation ticks every wording of a point nobody has marked yet and saves (the point still
// waits: Russia has not marked it); Russia's delegation finds its own form empty (Ukraine's ticks are not shown
// to it), ticks one wording and saves; now everyone in the process sees exactly that one wording as common, the
// US mediator included, who has no marking form. Screenshots go to a temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs as viewDemoAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-acceptability-shots-'));

describe('sealed acceptability in Chromium', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  /** The point the test marks, and the key of the wording Russia accepts. */
  let lineage = '';
  let russiaKey = '';

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

  const section = () => page.getByTestId('acceptability');
  const snap = (name: string) => section().screenshot({ path: join(shots, `${name}.png`) });
  const viewAs = (key: string, name: string) => viewDemoAs(page, key, name);
  const form = () => page.locator(`[data-testid="marks-point"][data-lineage="${lineage}"]`);
  const common = () => page.locator(`[data-testid="acceptability-point"][data-lineage="${lineage}"]`);

  async function save() {
    await page.getByTestId('save-marks').click();
    await page.getByTestId('marks-saved').waitFor();
  }

  test('Ukraine marks every wording of an unmarked point: it still waits for Russia', async () => {
    await page.goto(`${server.url}/`);
    await viewAs('ukraine', "Ukraine's delegation (demo)");
    await page
      .getByTestId('process-link')
      .filter({ hasText: /Russia/ })
      .first()
      .click();
    await page.waitForURL(/\/processes\//);
    await page
      .getByTestId('tree-node')
      .getByRole('link', { name: /US 28-point draft/ })
      .first()
      .click();
    await page.waitForURL(/\/versions\//);
    await page.getByTestId('marks-editor').waitFor();
    assert.match((await section().textContent()) ?? '', /sealed/);
    // The demo's own marks already reveal common wordings on some points.
    assert.ok((await page.getByTestId('common-wording').count()) > 0, 'the demo shows common wordings');

    const unmarked = page.locator('[data-testid="marks-point"][data-marked="false"]');
    const candidates = await unmarked.evaluateAll((els) =>
      els
        .filter((el) => el.querySelectorAll('[data-testid="mark-wording"]').length >= 2)
        .map((el) => el.getAttribute('data-lineage') ?? ''),
    );
    assert.ok(candidates.length > 0, 'a point with two wordings nobody has marked');
    lineage = candidates[0] as string;
    const boxes = form().getByTestId('mark-wording');
    russiaKey = (await boxes.nth(1).getAttribute('data-key')) ?? '';
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await save();
    assert.equal(await form().getAttribute('data-marked'), 'true');
    assert.equal(await common().getAttribute('data-status'), 'waiting');
    await snap('1-ukraine-marked');
  });

  test('Russia sees none of Ukraine’s ticks, marks one wording, and only that wording becomes common', async () => {
    await viewAs('russia', "Russia's delegation (demo)");
    await form().waitFor();
    const boxes = form().getByTestId('mark-wording');
    const ticked = await boxes.evaluateAll(
      (els) => els.filter((el) => (el as HTMLInputElement).checked).length,
    );
    assert.equal(ticked, 0, 'Ukraine’s marks are not Russia’s to see');
    assert.equal(await form().getAttribute('data-marked'), 'false');
    await form().locator(`[data-key="${russiaKey}"]`).check();
    await save();
    await page
      .locator(`[data-testid="acceptability-point"][data-lineage="${lineage}"][data-status="revealed"]`)
      .waitFor();
    const keys = await common().getByTestId('common-wording').count();
    assert.equal(keys, 1, 'exactly the one wording both accept');
    await snap('2-russia-marked-common');
  });

  test('the mediator sees the common wording and the packages, but no marks of anyone', async () => {
    await viewAs('us-mediator', 'US mediation team (demo)');
    await page
      .locator(`[data-testid="acceptability-point"][data-lineage="${lineage}"][data-status="revealed"]`)
      .waitFor();
    assert.equal(await common().getByTestId('common-wording').count(), 1);
    assert.equal(await page.getByTestId('marks-editor').count(), 0, 'mediators do not mark');
    const own = await page.request.get(`${server.url}/api${new URL(page.url()).pathname}/acceptability`);
    assert.equal(own.status(), 403, 'and the server refuses it any party’s marks');
    await page.getByTestId('acceptability-packages').waitFor();
    await snap('3-mediator-common');
  });
});
