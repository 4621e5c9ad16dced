// The council in a real browser: the public opens the Gaza process's council page and reads the Board of Peace
// (its rule in words, its seats, the funding motion passed with every vote shown); the demo council account then
// finds its seat (Indonesia) offered a vote on the open finding, votes, and sees the outcome the Board's rule
// computes once every seat has voted, with its vote in the list under its seat. Screenshots go to a temporary
// directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-council-shots-'));
const REASON = 'The report places the crossing east of Khan Younis (cast by the browser test).';

describe('the council in Chromium', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let councilPath = '';

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

  const motion = (title: RegExp) => page.getByTestId('motion').filter({ hasText: title });

  test('the public reads the Board of Peace: its rule, its seats and a decided motion with every vote', async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('process-link').filter({ hasText: /Gaza/ }).first().click();
    await page.waitForURL(/\/processes\//);
    await page.getByTestId('council-link').getByRole('link', { name: 'Open the council' }).click();
    await page.waitForURL(/\/council$/);
    councilPath = new URL(page.url()).pathname;
    const board = page.getByTestId('council').filter({ hasText: 'Board of Peace' });
    await board.waitFor();
    assert.match((await page.getByTestId('council-intro').textContent()) ?? '', /computed from the votes/);
    assert.match(
      (await board.getByTestId('council-rule').textContent()) ?? '',
      /includes the chair's vote for/,
    );
    assert.equal(await board.getByTestId('council-seat').count(), 7);
    const funding = motion(/World Bank/);
    assert.equal(await funding.getByTestId('motion-outcome').textContent(), 'Passed');
    assert.equal(await funding.getByTestId('motion-vote').count(), 6);
    assert.equal(await page.getByTestId('vote-form').count(), 0, 'the public is offered no vote');
    await page.screenshot({ path: join(shots, 'council-public.png'), fullPage: true });
  });

  test('the demo council account votes for its seat on the open finding and sees the outcome', async () => {
    await viewAs(page, 'council', 'Board of Peace member (demo)');
    await page.goto(`${server.url}${councilPath}`);
    const finding = motion(/yellow line/);
    await finding.waitFor();
    assert.equal(await finding.getByTestId('motion-outcome').textContent(), 'Voting open');
    const form = finding.getByTestId('vote-form');
    assert.match((await form.textContent()) ?? '', /Seat: Indonesia/);
    await form.locator('input[name="choice"][value="against"]').check();
    await form.locator('textarea[name="reason"]').fill(REASON);
    await form.getByTestId('cast-vote').click();
    // Three for with the chair, three against: a tie the chair's vote breaks, as the charter has it.
    await finding.getByTestId('motion-outcome').filter({ hasText: 'Passed' }).waitFor();
    assert.match(
      (await finding.getByTestId('motion-tally').textContent()) ?? '',
      /^3 for, 3 against, 0 abstaining \(6 voting seats\)$/,
    );
    assert.match(
      (await finding.getByTestId('motion-reasons').textContent()) ?? '',
      /broken by the chair's vote for/,
    );
    const mine = finding.getByTestId('motion-vote').filter({ hasText: 'Indonesia' });
    assert.match((await mine.textContent()) ?? '', /Against.*cast by the browser test.*by the seat/);
    assert.equal(await finding.getByTestId('vote-form').count(), 0, 'a seat votes once');
    await page.screenshot({ path: join(shots, 'council-voted.png'), fullPage: true });
  });

  test('the mediator sets up a council from the page and adds a seat held for a party', async () => {
    await viewAs(page, 'us-mediator', 'US mediation team (demo)');
    await page.goto(`${server.url}${councilPath}`);
    const setup = page.getByTestId('council-setup-form');
    await setup.locator('input[name="name"]').fill('Civil-military coordination committee');
    await setup.locator('select[name="kind"]').selectOption('qualified-majority');
    await setup.locator('input[name="threshold"]').fill('3/2');
    await setup.getByTestId('council-setup-errors').waitFor();
    assert.equal(await setup.getByRole('button', { name: 'Set up the council' }).isDisabled(), true);
    await setup.locator('input[name="threshold"]').fill('2/3');
    await setup.getByRole('button', { name: 'Set up the council' }).click();
    const made = page.getByTestId('council').filter({ hasText: 'Civil-military coordination committee' });
    await made.waitFor();
    const seat = made.getByTestId('add-seat-form');
    await seat.locator('input[name="seat-name"]').fill('Egypt');
    await seat.locator('select[name="partyId"]').selectOption({ label: 'Egypt' });
    await seat.getByRole('button', { name: 'Add the seat' }).click();
    await made.getByTestId('council-seat').filter({ hasText: 'Egypt' }).waitFor();
    await page.screenshot({ path: join(shots, 'council-set-up.png'), fullPage: true });
  });
});
