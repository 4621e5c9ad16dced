// Importing a plan from plain text in a real browser, as the demo's lead mediator, against the real server with the
// demo: paste a leaked framework of about ten points in an outlet's style (a preamble, a sub-point list, a line the
// parser cannot place and a misprinted number), correct the preview (the number fixed, the line made a point),
// answer the US 28-point draft, accept the proposed lineage, save it, read the new version and compare it with the
// draft. The preview's screenshot is written to docs/screenshots/import-preview.png for the README.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const screenshots = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

const LEAK = `EXCLUSIVE: What the revised peace framework says

The text below was shared with our reporters by two officials on Sunday. It has not been confirmed by the Kremlin or by Kyiv.

1. Signatories confirm that Ukraine is a sovereign state.
2. A broad non-aggression pact is concluded among Russia, Ukraine and Europe.
3. Ukraine's armed forces are capped at 800,000 personnel in peacetime.
4. Ukraine is promised dependable security guarantees.
5. Use of frozen assets for reconstruction:
   a) USD 100 billion of immobilised Russian funds go into US-led reconstruction in Ukraine;
   b) the US takes 50% of the profits;
   c) Europe adds $100 billion.
6. If Russia invades Ukraine again, sanctions are reinstated and recognition is revoked.
7. Ukraine holds elections within 100 days.
Read more: NATO commits not to deploy troops on Ukrainian territory.
9. The Zaporizhzhia nuclear plant is restarted under IAEA supervision.
10. Ukraine stays a non-nuclear-weapon state under the NPT.
12. The agreement is legally binding; a Peace Council chaired by the US president monitors and guarantees implementation.

(Reporting by the Kyiv bureau; editing by the world desk.)
`;
const LABEL = 'Revised framework as leaked (imported)';

describe('import a plan from text: paste, correct, lineage, save, compare, in Chromium', {
  timeout: 180_000,
}, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let planPath = '';
  let parentId = '';
  let newId = '';

  before(async () => {
    [server, browser] = await Promise.all([serveDemo(), launchChromium()]);
    page = await browser.context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(server.url);
    await viewAs(page, 'us-mediator', 'US mediation team (demo)');
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const row = (number: string) =>
    page.locator(`[data-testid="import-row"][data-kind="point"][data-number="${number}"]`);

  test('the plan page offers the import to the lead mediator, and the page says what it does', async () => {
    await page.getByTestId('process-link').filter({ hasText: 'Russia–Ukraine 2025' }).first().click();
    await page
      .getByTestId('plan')
      .filter({ hasText: 'Framework to end the Russia–Ukraine war' })
      .getByRole('link', { name: 'Open the plan' })
      .click();
    await page.getByTestId('import-link').click();
    await page.getByTestId('import-source').waitFor();
    planPath = new URL(page.url()).pathname.replace(/\/import$/, '');
    assert.match(planPath, /^\/plans\/[0-9a-f-]{36}$/);
    assert.match(
      (await page.locator('.import-intro').textContent()) ?? '',
      /never left out unless you drop it/,
    );
  });

  test('an empty text is refused in words; the pasted leak is read into points, sub-points and one line not understood', async () => {
    await page.getByTestId('import-read').click();
    assert.match(
      (await page.getByTestId('import-refusal').textContent()) ?? '',
      /Paste the text of the plan first/,
    );
    // A PDF is refused in words and nothing is read; a .txt file fills the text.
    await page.getByTestId('import-file').setInputFiles({
      name: 'leak.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7 not text'),
    });
    assert.match(
      (await page.getByTestId('import-refusal').textContent()) ?? '',
      /Only a plain text file \(\.txt\)/,
    );
    assert.equal(await page.getByTestId('import-paste').inputValue(), '');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'leak.txt', mimeType: 'text/plain', buffer: Buffer.from(LEAK) });
    await page.getByTestId('import-file-read').waitFor();
    assert.equal(await page.getByTestId('import-paste').inputValue(), LEAK);
    // Pasted over it, as a mediator copying from the outlet's page would.
    await page.getByTestId('import-paste').fill('');
    await page.getByTestId('import-paste').fill(LEAK);
    await page.getByTestId('import-read').click();
    await page.getByTestId('import-preview').waitFor();
    assert.equal(
      await page.getByTestId('import-counts').textContent(),
      '10 points, 3 sub-points, 1 line not understood.',
    );
    assert.match(
      (await page.getByTestId('import-preamble').textContent()) ?? '',
      /EXCLUSIVE.*not been confirmed by the Kremlin/s,
    );
    assert.match(
      (await page.getByTestId('import-trailer').textContent()) ?? '',
      /Reporting by the Kyiv bureau/,
    );
    const unplaced = page.locator('[data-testid="import-row"][data-kind="unplaced"]');
    assert.equal(await unplaced.count(), 1);
    assert.match((await unplaced.textContent()) ?? '', /Not understood.*line 15.*Read more: NATO/s);
    // Quantities, parties and conditions read from the texts.
    assert.match(
      (await row('3').getByTestId('import-quantity').textContent()) ?? '',
      /800,000 personnel = 800,000 personnel/,
    );
    assert.deepEqual(await row('2').getByTestId('import-party').allTextContents(), [
      'Russia',
      'Ukraine',
      'Europe (EU / European states)',
    ]);
    assert.match(
      (await row('6').getByTestId('import-condition').textContent()) ?? '',
      /if.*Russia invades Ukraine again.*then.*sanctions are reinstated/s,
    );
    assert.deepEqual(await row('a').getByTestId('import-quantity').allTextContents(), [
      'USD 100 billion = 100,000,000,000 USD',
    ]);
    assert.equal(await row('a').getAttribute('data-level'), '1');
    // The preview as a newcomer first sees it, for the README.
    mkdirSync(screenshots, { recursive: true });
    await page.evaluate(() => document.querySelector('.import-counts')?.scrollIntoView());
    await page.screenshot({ path: `${screenshots}import-preview.png` });
  });

  test('saving is refused while the line not understood is undecided; the preview is corrected', async () => {
    await page.getByTestId('import-label').fill(LABEL);
    await page.getByTestId('import-save').click();
    assert.match(
      (await page.getByTestId('import-blocked').textContent()) ?? '',
      /Line 15 was not understood/,
    );
    // The misprinted 12 becomes 11.
    await row('12').getByTestId('import-number').fill('11');
    // The "Read more" box held point 8: it becomes a point, numbered and reworded.
    await page.locator('[data-testid="import-row"][data-kind="unplaced"]').getByTestId('place-point').click();
    const placed = page.locator('[data-testid="import-row"][data-kind="point"][data-number=""]');
    await placed.getByTestId('import-number').fill('8');
    await row('8')
      .getByTestId('import-text')
      .fill('NATO commits not to deploy troops on Ukrainian territory.');
    assert.equal(await page.locator('[data-testid="import-row"][data-kind="unplaced"]').count(), 0);
    assert.equal(await page.getByTestId('import-issue').count(), 0);
    assert.deepEqual(
      await page
        .locator('[data-testid="import-row"][data-kind="point"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-number'))),
      ['1', '2', '3', '4', '5', 'a', 'b', 'c', '6', '7', '8', '9', '10', '11'],
    );
  });

  test('the text answers the 28-point draft: each point comes with its proposed source, confidence and reasons', async () => {
    const parent = page.getByTestId('import-parent');
    const value = await parent.locator('option', { hasText: 'US 28-point draft' }).getAttribute('value');
    assert.ok(value);
    parentId = value;
    await parent.selectOption(parentId);
    await page.getByTestId('import-lineage').waitFor();
    const lineage = (number: string) => page.locator(`[data-testid="lineage-row"][data-number="${number}"]`);
    await lineage('3').getByTestId('lineage-proposal').filter({ hasText: 'US 28-point draft · 6' }).waitFor();
    assert.match(
      (await lineage('3').getByTestId('lineage-proposal').textContent()) ?? '',
      /amended from US 28-point draft · 6.*confidence/s,
    );
    assert.match((await lineage('3').getByTestId('lineage-reasons').textContent()) ?? '', /600,000.*800,000/);
    assert.match(
      (await lineage('8').getByTestId('lineage-proposal').textContent()) ?? '',
      /US 28-point draft · 8/,
    );
    assert.match(
      (await lineage('7').getByTestId('lineage-proposal').textContent()) ?? '',
      /US 28-point draft · 25/,
    );
    await lineage('3').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('[data-testid="import-parent"]')?.scrollIntoView());
    await page.screenshot({ path: `${screenshots}import-lineage.png` });
  });

  test('a refusal by the server is shown beside the form and nothing is saved', async () => {
    const before = await page.evaluate(async (plan) => {
      const r = await fetch(`/api/plans/${plan}`);
      return ((await r.json()) as { versions: unknown[] }).versions.length;
    }, planPath.split('/')[2]);
    await page.getByTestId('import-label').fill('x'.repeat(121));
    await page.getByTestId('import-save').click();
    const problem = page.locator('[data-testid="import-flow"] [data-testid="problem"]');
    await problem.waitFor();
    assert.match((await problem.textContent()) ?? '', /HTTP 400/);
    assert.match(page.url(), /\/import$/);
    const after = await page.evaluate(async (plan) => {
      const r = await fetch(`/api/plans/${plan}`);
      return ((await r.json()) as { versions: unknown[] }).versions.length;
    }, planPath.split('/')[2]);
    assert.equal(after, before);
    await page.getByTestId('import-label').fill(LABEL);
  });

  test('saved as a new version, it opens with its points under the draft it answers', async () => {
    await page.getByTestId('import-save').click();
    await page.waitForURL((url) => /^\/versions\/[0-9a-f-]{36}$/.test(url.pathname));
    newId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.locator('h1', { hasText: LABEL }).waitFor();
    const numbers = await page
      .getByTestId('point')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-number')));
    assert.equal(numbers.length, 14, String(numbers));
    const doc = (await page.getByTestId('version-doc').textContent()) ?? '';
    assert.match(doc, /NATO commits not to deploy troops on Ukrainian territory/);
    assert.match(doc, /800,000 personnel in peacetime/);
    assert.doesNotMatch(doc, /Read more/);
  });

  test('the compare page shows what changed from the 28-point draft, by lineage', async () => {
    await page.goto(`${server.url}${planPath}/compare?from=${parentId}&to=${newId}`);
    const summary = (await page.getByTestId('compare-summary').textContent()) ?? '';
    assert.match(summary, /amended/);
    const entries = page.getByTestId('diff-entry');
    assert.ok((await entries.count()) > 10);
    assert.match(
      (await page.locator('[data-testid="diff-entry"][data-kind="amended"]').allTextContents()).join('\n'),
      /800,000/,
    );
    assert.ok((await page.locator('[data-testid="diff-entry"][data-kind="removed"]').count()) > 0);
  });

  test('a party delegate is not offered the import, and the page says why', async () => {
    await viewAs(page, 'ukraine', "Ukraine's delegation (demo)");
    await page.goto(`${server.url}${planPath}`);
    await page.getByTestId('verify-link').first().waitFor();
    assert.equal(await page.getByTestId('import-link').count(), 0);
    await page.goto(`${server.url}${planPath}/import`);
    await page.getByTestId('import-not-allowed').waitFor();
    assert.equal(await page.getByTestId('import-source').count(), 0);
  });
});
