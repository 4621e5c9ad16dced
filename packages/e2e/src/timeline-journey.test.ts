// Deliveries, briefing gaps and the timeline in a real browser, against the real server with the demo: the E3
// observer cannot open the US 28-point draft; the US mediator sees on the draft's page that Ukraine received it on
// 20 November 2025 and that Europe and the E3 were not briefed, records a delivery of the draft to the E3 from the
// "Who has seen it" panel, and sees the E3 listed as having received it while Europe is still not briefed; the
// process's timeline shows the delivery, the statements and the Thanksgiving deadline (moved, then missed);
// the E3 observer then reads the draft. Screenshots go to a temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-timeline-shots-'));
const E3 = 'E3 (United Kingdom, France, Germany)';
const EUROPE = 'Europe (EU / European states)';
const MEDIATOR = 'US mediation team (demo)';

describe('deliveries, who has seen a version, and the timeline, in Chromium', { timeout: 120_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let processPath = '';
  let draftPath = '';

  before(async () => {
    [server, browser] = await Promise.all([serveDemo(), launchChromium()]);
    page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`screenshots: ${shots}`);
  });

  const snap = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const receipt = (party: string) => page.getByTestId('receipt').filter({ hasText: party }).first();

  async function draftSeen(): Promise<'points' | 'not found'> {
    await page.goto(server.url + draftPath);
    await page.getByTestId('version-doc').or(page.getByTestId('problem')).first().waitFor();
    return (await page.getByTestId('problem').count()) > 0 ? 'not found' : 'points';
  }

  test('the mediator finds the draft; the E3 observer cannot open it yet', async () => {
    await page.goto(`${server.url}/`);
    await viewAs(page, 'us-mediator', MEDIATOR);
    await page.getByTestId('process-link').filter({ hasText: 'Russia–Ukraine 2025' }).first().click();
    await page.waitForURL(/\/processes\//);
    processPath = new URL(page.url()).pathname;
    const draftLink = page
      .getByTestId('tree-node')
      .getByRole('link', { name: /US 28-point draft/ })
      .first();
    draftPath = new URL((await draftLink.getAttribute('href')) ?? '', server.url).pathname;
    assert.match(draftPath, /^\/versions\//);
    await viewAs(page, 'e3', 'E3 observer (demo)');
    assert.equal(await draftSeen(), 'not found');
  });

  test('the draft shows who received it and who was not briefed; the mediator records a delivery to the E3', async () => {
    await viewAs(page, 'us-mediator', MEDIATOR);
    assert.equal(await draftSeen(), 'points');
    const panel = page.getByTestId('who-has-seen-it');
    await panel.getByTestId('receipt').first().waitFor();
    assert.match(
      (await receipt('Ukraine').textContent()) ?? '',
      /received 20 Nov 2025, from US Army Secretary Dan Driscoll/,
    );
    assert.equal(await receipt(E3).getAttribute('data-status'), 'not-received');
    const gap = (await panel.getByTestId('not-briefed').textContent()) ?? '';
    assert.ok(gap.includes(EUROPE) && gap.includes(E3), gap);
    await snap('1-who-has-seen-it');

    await panel.getByTestId('open-delivery-form').click();
    const form = panel.getByTestId('delivery-form');
    await form.getByTestId('delivery-party').selectOption({ label: E3 });
    await form.getByTestId('delivery-by').fill('US special envoy');
    await form.getByTestId('delivery-kind').selectOption('electronic');
    await form.getByTestId('record-delivery').click();
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('[data-testid="receipt"]')].some(
          (row) => row.textContent?.includes(name) && row.getAttribute('data-status') === 'delivered',
        ),
      E3,
    );
    assert.match((await receipt(E3).textContent()) ?? '', /received .*from US special envoy, electronically/);
    const after = (await panel.getByTestId('not-briefed').textContent()) ?? '';
    assert.ok(after.includes(EUROPE), 'Europe is still not briefed');
    assert.ok(!after.includes(E3), 'the E3 now is');
    await snap('2-delivered-to-e3');
  });

  test('the timeline shows the deliveries, the statements and the Thanksgiving deadline, moved and missed', async () => {
    await page.goto(server.url + processPath);
    const timeline = page.getByTestId('timeline');
    await timeline.getByTestId('timeline-item').first().waitFor();
    const items = await timeline.getByTestId('timeline-item').allTextContents();
    assert.ok(
      items.some((t) => /Delivered.*Handed to Ukraine by US Army Secretary Dan Driscoll/.test(t)),
      items.join('\n'),
    );
    assert.ok(
      items.some((t) => /Delivered.*Handed to E3/.test(t)),
      'the delivery just recorded',
    );
    assert.ok(items.some((t) => /Leak reported.*Axios/.test(t)));
    assert.ok(items.some((t) => /Denial.*Kremlin/.test(t)));
    assert.ok(items.some((t) => /Deadline moved.*Thanksgiving/.test(t)));
    assert.ok(items.some((t) => /Deadline missed/.test(t)));
    const dates = await timeline
      .locator('time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    assert.deepEqual(dates, [...dates].sort(), 'in date order');
    const deadline = page.getByTestId('deadline').filter({ hasText: 'Thanksgiving' });
    assert.equal(await deadline.getAttribute('data-state'), 'missed');
    const matrix = page.getByTestId('briefing-matrix');
    assert.ok(((await matrix.textContent()) ?? '').includes('not received'));
    await snap('3-timeline');
  });

  test('the E3 observer now reads the draft and its delivery, not Ukraine’s', async () => {
    await viewAs(page, 'e3', 'E3 observer (demo)');
    assert.equal(await draftSeen(), 'points');
    const panel = page.getByTestId('who-has-seen-it');
    await panel.getByTestId('delivery').first().waitFor();
    const deliveries = await panel.getByTestId('delivery').allTextContents();
    assert.equal(deliveries.length, 1, deliveries.join('\n'));
    assert.match(deliveries[0] ?? '', /handed to E3/);
    assert.equal(
      await panel.getByTestId('open-delivery-form').count(),
      0,
      'only a mediator records deliveries',
    );
    await snap('4-e3-reads-the-draft');
  });
});
