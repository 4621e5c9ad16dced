// The fund in a real browser: the public opens the Gaza process's fund page from the process page and reads what
// a fund is, the illustrative figures' notice and the World Bank's payment above its pledge flagged; the demo's US
// mediator records a payment (the donor's paid amount follows) and then tries to disburse to housing on the
// condition that disarmament has reached 2 of 3 — it stands at 0, so the ledger refuses, the page says why and
// nothing moves. Screenshots go to a temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-fund-shots-'));

describe('the fund in Chromium', { timeout: 180_000 }, () => {
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

  // The Gaza page also holds the demo's year of simulated flows in a fund of its own: this journey reads the first.
  const gazaFund = () =>
    page.getByTestId('fund').filter({ has: page.getByRole('heading', { name: 'Gaza reconstruction fund' }) });
  const row = (table: string, name: RegExp) =>
    gazaFund().getByTestId(table).locator('tr').filter({ hasText: name });

  test('the public reads what a fund is, the illustrative notice and the flagged over-payment', async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('process-link').filter({ hasText: /Gaza/ }).first().click();
    await page.waitForURL(/\/processes\//);
    await page.getByTestId('fund-link').getByRole('link', { name: 'Open the fund' }).click();
    await page.waitForURL(/\/fund$/);
    path = new URL(page.url()).pathname;
    assert.match(
      (await page.getByTestId('fund-intro').textContent()) ?? '',
      /pledge.*payment.*allocation.*disbursement/s,
    );
    await gazaFund().getByTestId('fund-illustrative').waitFor();
    assert.match((await gazaFund().getByTestId('fund-flagged').textContent()) ?? '', /1 payment above/);
    assert.match((await row('fund-donors', /World Bank/).textContent()) ?? '', /⚑ 250,000,000\.00 USD/);
    assert.equal(await page.getByTestId('fund-operation-form').count(), 0, 'the public records nothing');
    await page.screenshot({ path: join(shots, 'fund-public.png'), fullPage: true });
  });

  test('the mediator records a payment; a disbursement whose commitment stands below its condition is refused', async () => {
    await viewAs(page, 'us-mediator', 'US mediation team (demo)');
    await page.goto(`${server.url}${path}`);
    const form = gazaFund().getByTestId('fund-operation-form');
    await form.waitFor();
    await form.locator('select[name="kind"]').selectOption('payment');
    await form.locator('select[name="donor"]').selectOption('gulf-states');
    await form.locator('input[name="amount"]').fill('100,000,000');
    await form.getByRole('button', { name: 'Record the payment' }).click();
    await row('fund-donors', /Gulf states/)
      .filter({ hasText: '1,300,000,000.00 USD' })
      .waitFor();

    const projects = await gazaFund().getByTestId('fund-projects').textContent();
    await form.locator('select[name="kind"]').selectOption('disbursement');
    await form.locator('select[name="project"]').selectOption('housing');
    const disarmament = form
      .locator('select[name="commitmentId"] option')
      .filter({ hasText: '(now 0 of 3)' });
    const commitmentId = await disarmament.first().getAttribute('value');
    assert.ok(commitmentId);
    await form.locator('select[name="commitmentId"]').selectOption(commitmentId);
    await form.locator('select[name="minStatus"]').selectOption('2');
    await form.locator('input[name="amount"]').fill('10,000,000');
    await form.getByRole('button', { name: 'Record the disbursement' }).click();
    const problem = gazaFund().getByTestId('fund-problem');
    await problem.waitFor();
    assert.match(
      (await problem.textContent()) ?? '',
      /waits until its commitment's status reaches.*status 0 on .*2 required/,
    );
    assert.equal(
      await gazaFund().getByTestId('fund-projects').textContent(),
      projects,
      'nothing was disbursed',
    );
    await page.screenshot({ path: join(shots, 'fund-refused.png'), fullPage: true });
  });
});
