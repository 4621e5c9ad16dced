// Positions in a real browser, switching people with the demo's "view as" switch: Ukraine's delegation opens the
// US 28-point draft, finds points 6, 7 and 21 flagged as resurfaced (its earlier rejections cited), records a
// red line on point 25 taken before the draft was written and sees that point flagged too, with the rejection
// in the point's history; Russia's delegation then finds nothing of it on the page, in the API or in the log,
// until Ukraine publishes it from the history and Russia reads it.
// Screenshots go to a temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-positions-shots-'));
const RATIONALE = 'Elections cannot be held under martial law (recorded by the browser test).';

describe('positions in Chromium', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let versionPath = '';
  let pointId = '';
  let logIndex = -1;

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

  const row = (number: string) => page.locator(`[data-testid="positions-row"][data-number="${number}"]`);
  const ukraineCell = (number: string) =>
    row(number).locator('[data-testid="positions-cell"][data-party="Ukraine"]');

  async function openDraft() {
    await page
      .getByTestId('process-link')
      .filter({ hasText: /Russia/ })
      .first()
      .click();
    await page.waitForURL(/\/processes\//);
    await page
      .getByTestId('tree-node')
      .getByRole('link', { name: /28-point/ })
      .first()
      .click();
    await page.waitForURL(/\/versions\//);
    await page.getByTestId('positions').waitFor();
    await row('6').waitFor();
  }

  test('as Ukraine’s delegation: the draft brings back what Ukraine rejected before, and a new rejection is flagged', async () => {
    await page.goto(`${server.url}/`);
    await viewAs(page, 'ukraine', "Ukraine's delegation (demo)");
    await openDraft();
    versionPath = new URL(page.url()).pathname;
    for (const number of ['6', '7', '21'])
      assert.match(
        (await ukraineCell(number).getByTestId('resurfaced-flag').textContent()) ?? '',
        /Resurfaced: Ukraine rejected it before — (rejects|red line) on .*, on US 28-point draft/,
        `point ${number}`,
      );
    assert.equal(await ukraineCell('25').getByTestId('resurfaced-flag').count(), 0);

    const form = page.getByTestId('position-form');
    const option = form.locator('select[name="pointId"] option', { hasText: /^25 — / });
    pointId = (await option.getAttribute('value')) ?? '';
    assert.ok(pointId);
    await form.locator('select[name="pointId"]').selectOption(pointId);
    await form.locator('select[name="stance"]').selectOption('red-line');
    await form.locator('input[name="takenOn"]').fill('2024-05-20');
    await form.locator('textarea[name="rationale"]').fill(RATIONALE);
    await form.locator('select[name="sourceKind"]').selectOption('statement');
    await form.locator('input[name="reference"]').fill('Statement of the Rada speaker');
    assert.equal(
      await form.locator('input[name="published"]').isChecked(),
      false,
      'private unless published',
    );
    await form.getByRole('button', { name: 'Record the position' }).click();

    const flag = ukraineCell('25').getByTestId('resurfaced-flag');
    await flag.waitFor();
    assert.match(
      (await flag.textContent()) ?? '',
      /red line on 20 May 2024, on US 28-point draft — back unchanged/,
    );
    assert.match((await flag.textContent()) ?? '', /martial law/);
    assert.equal(await ukraineCell('25').getAttribute('data-stance'), 'red-line');
    await row('25').getByRole('button', { name: 'History' }).click();
    const history = page.getByTestId('position-history');
    await history.waitFor();
    assert.match((await history.textContent()) ?? '', /martial law/);
    assert.match((await history.textContent()) ?? '', /\(private\)/);
    await page.getByTestId('positions').screenshot({ path: join(shots, 'positions-ukraine.png') });

    const answer = await page.request.get(`${server.url}/api/points/${pointId}/positions`);
    const items = ((await answer.json()) as { items: { rationale: string; logIndex: number }[] }).items;
    logIndex = items.find((p) => p.rationale === RATIONALE)?.logIndex ?? -1;
    assert.ok(logIndex >= 0);
  });

  test('as Russia’s delegation: nothing of Ukraine’s private position, on the page, in the API or in the log', async () => {
    await viewAs(page, 'russia', "Russia's delegation (demo)");
    await page.goto(`${server.url}${versionPath}`);
    await page.getByTestId('positions').waitFor();
    await row('25').waitFor();
    assert.equal(await ukraineCell('25').getAttribute('data-stance'), '');
    assert.equal(await ukraineCell('25').getByTestId('resurfaced-flag').count(), 0);
    assert.equal(await row('25').getAttribute('data-contested'), 'false');
    assert.ok(!(await page.content()).includes('martial law'), 'the rationale is nowhere on the page');
    // What Ukraine published before the draft is Russia's to read: the flag on point 7 stays.
    await ukraineCell('7').getByTestId('resurfaced-flag').waitFor();
    await row('25').getByRole('button', { name: 'History' }).click();
    await page.getByText('No position you can see has been recorded on this point').waitFor();
    await page.getByTestId('positions').screenshot({ path: join(shots, 'positions-russia.png') });

    const history = await page.request.get(`${server.url}/api/points/${pointId}/positions`);
    assert.deepEqual(((await history.json()) as { items: unknown[] }).items, []);
    const entry = await page.request.get(`${server.url}/api/log/entries/${logIndex}`);
    const body = (await entry.json()) as { confidential: boolean; event: unknown };
    assert.equal(body.confidential, true);
    assert.equal(body.event, null);
  });

  test('Ukraine publishes the position later from its history; then Russia reads it', async () => {
    await viewAs(page, 'ukraine', "Ukraine's delegation (demo)");
    await page.goto(`${server.url}${versionPath}`);
    await row('25').getByRole('button', { name: 'History' }).click();
    const history = page.getByTestId('position-history');
    await history.getByTestId('publish-position').first().click();
    // The matrix is read again: Ukraine's cell on point 25 now says published.
    await ukraineCell('25')
      .getByText(/published/)
      .waitFor();

    await viewAs(page, 'russia', "Russia's delegation (demo)");
    await page.goto(`${server.url}${versionPath}`);
    await row('25').waitFor();
    await ukraineCell('25')
      .getByText(/published/)
      .waitFor();
    assert.equal(await ukraineCell('25').getAttribute('data-stance'), 'red-line');
    const read = await page.request.get(`${server.url}/api/points/${pointId}/positions`);
    const items = ((await read.json()) as { items: { rationale: string; published: boolean }[] }).items;
    assert.ok(items.some((p) => p.rationale === RATIONALE && p.published));
  });
});
