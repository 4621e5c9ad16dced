// Authoring in a real browser, driven through the pages as the demo's lead mediator would, against the real server
// with the demo: open a process, add two parties with aliases (and correct one), start a plan, start a version and
// write three points in it (the form saying what is wrong as it is typed), make a counter-draft of it, amend one
// point, add a commitment and change it, split one, remove one, merge two, write one in Arabic (read right to left)
// and read the result; shared with a party, the draft is frozen; a circulated version is read-only with a way to
// answer it; a version is withdrawn with a reason and is marked so in the tree. Screenshots go to a temporary
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

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-authoring-shots-'));

const PROCESS = 'Transnistria talks 2026';
const PLAN = 'Settlement framework';
const POINTS = [
  'A ceasefire holds along the security zone.',
  'Armed formations are limited to 5,000 personnel.',
  'A joint commission reviews the customs regime.',
];
const WITHDRAW_REASON = 'Overtaken by the counter-draft of the same week.';

describe('authoring: process, parties, plan, versions and a working draft, in Chromium', {
  timeout: 180_000,
}, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let planPath = '';
  let firstVersionPath = '';

  before(async () => {
    [server, browser] = await Promise.all([serveDemo(), launchChromium()]);
    page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(server.url);
    await viewAs(page, 'us-mediator', 'US mediation team (demo)');
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`screenshots: ${shots}`);
  });

  const snap = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const draftTexts = () => page.getByTestId('draft-point-text').allTextContents();
  const pointCard = (number: string) => page.locator(`[data-testid="draft-point"][data-number="${number}"]`);
  /** Waits until the draft lists exactly these numbers (it is read again after each change). */
  const numbersAre = async (numbers: string[]) => {
    const selector = '[data-testid="draft-point"]';
    await page.waitForFunction(
      ({ selector, wanted }) =>
        JSON.stringify([...document.querySelectorAll(selector)].map((e) => e.getAttribute('data-number'))) ===
        wanted,
      { selector, wanted: JSON.stringify(numbers) },
    );
  };

  test('the lead mediator opens a process and adds two parties with aliases, then corrects one', async () => {
    await page.getByTestId('open-process').click();
    await page.getByTestId('new-process-form').waitFor();
    // An empty title is refused by core's schema before anything is sent, the message beside the field.
    await page.getByTestId('create-process').click();
    assert.match((await page.getByTestId('field-error').first().textContent()) ?? '', /must not be empty/);
    await page.getByTestId('process-title').fill(PROCESS);
    await page.getByTestId('create-process').click();
    await page.locator('h1', { hasText: PROCESS }).waitFor();
    assert.match(page.url(), /\/processes\/[0-9a-f-]{36}$/);

    for (const [name, aliases] of [
      ['Moldova', 'Chișinău, the Moldovan side'],
      ['Transnistria', 'Tiraspol'],
    ] as const) {
      if (!(await page.getByTestId('add-party-form').isVisible()))
        await page.getByTestId('add-party-details').locator('summary').click();
      await page.getByTestId('party-name').fill(name);
      await page.getByTestId('party-aliases').fill(aliases);
      await page.getByTestId('add-party').click();
      await page.getByTestId('party').filter({ hasText: name }).waitFor();
    }
    const moldova = page.getByTestId('party').filter({ hasText: 'Moldova' });
    assert.match((await moldova.textContent()) ?? '', /Chișinău.*the Moldovan side/);
    // Correcting a party: Transnistria gains an alias.
    const transnistria = page.getByTestId('party').filter({ hasText: 'Transnistria' });
    await transnistria.getByTestId('edit-party').click();
    await transnistria.getByTestId('party-aliases').fill('Tiraspol\nthe Pridnestrovian side');
    await transnistria.getByTestId('save-party').click();
    await page.getByTestId('party').filter({ hasText: 'the Pridnestrovian side' }).waitFor();
    await snap('1-process-with-parties');
  });

  test('a plan, and its first version written point by point with the form checking as it goes', async () => {
    await page.getByTestId('start-plan').locator('summary').click();
    await page.getByTestId('plan-title').fill(PLAN);
    await page.getByTestId('create-plan').click();
    await page.locator('h1', { hasText: PLAN }).waitFor();
    planPath = new URL(page.url()).pathname;

    await page.getByTestId('start-version').click();
    await page.getByTestId('from-scratch').check();
    await page.getByTestId('version-label').fill('Mediators’ first draft');
    await page.getByTestId('create-version').click();
    await page.getByTestId('empty-draft').waitFor();
    firstVersionPath = new URL(page.url()).pathname.replace(/\/edit$/, '');

    for (const [i, text] of POINTS.entries()) {
      await page.getByTestId('add-point').click();
      const editor = page.getByTestId('point-editor');
      if (i === 1) {
        // A quantity that is not a number is named beside its field, and nothing is sent.
        await editor.getByTestId('add-quantity').click();
        await editor.getByTestId('quantity-value').fill('five thousand');
        await editor.getByTestId('quantity-unit').fill('personnel');
        assert.match(
          (await editor.getByTestId('field-error').first().textContent()) ?? '',
          /must be a number/,
        );
        await editor.getByTestId('quantity-value').fill('5,000');
      }
      await editor.getByTestId('point-text-en').fill(text);
      await editor.getByTestId('save-point').click();
      await page.getByTestId('draft-point').nth(i).waitFor();
    }
    await numbersAre(['1', '2', '3']);
    assert.deepEqual(await draftTexts(), POINTS);
    assert.match(
      (await pointCard('2').getByTestId('draft-point-origin').textContent()) ?? '',
      /5,000 personnel/,
    );
    // A number already used at this level: the server's 422 names it beside the field.
    await pointCard('3').getByTestId('edit-point').click();
    await pointCard('3').getByTestId('point-number').fill('1');
    await pointCard('3').getByTestId('save-point').click();
    await pointCard('3')
      .getByTestId('field-error')
      .filter({ hasText: 'number 1 is already taken' })
      .waitFor();
    await pointCard('3').getByTestId('point-number').fill('3');
    await pointCard('3').getByRole('button', { name: 'Cancel' }).click();
    await snap('2-first-draft');
  });

  test('a counter-draft copies the points with their derivation; amend, split and remove change it in place', async () => {
    await page.goto(server.url + planPath);
    await page.getByTestId('start-version').click();
    await page.getByTestId('from-version').check();
    await page.getByTestId('version-label').fill('Counter-draft of the parties');
    await page.getByTestId('create-version').click();
    await page.getByTestId('draft-points').waitFor();
    await page.getByText('kept from point 1 of “Mediators’ first draft”').waitFor();
    assert.deepEqual(await draftTexts(), POINTS, 'the points copied as they were');

    // Amend point 2.
    await pointCard('2').getByTestId('edit-point').click();
    await pointCard('2')
      .getByTestId('point-text-en')
      .fill('Armed formations are limited to 8,000 personnel.');
    await pointCard('2').getByTestId('save-point').click();
    await page.getByText('amended from point 2 of “Mediators’ first draft”').waitFor();

    // A commitment under point 2: added, then changed in place (the form checks as it is filled in).
    await pointCard('2').getByTestId('open-commitment').click();
    const added = pointCard('2').getByTestId('commitment-form');
    await added.getByTestId('commitment-action').fill('keep its formations under 8,000');
    await added.getByTestId('add-commitment').click();
    assert.match((await added.getByTestId('field-error').first().textContent()) ?? '', /\S/);
    await added.getByTestId('commitment-obligor').selectOption({ index: 1 });
    await added.getByTestId('add-commitment').click();
    await pointCard('2').getByTestId('draft-commitment').filter({ hasText: 'under 8,000' }).waitFor();
    await pointCard('2').getByTestId('edit-commitment').click();
    const changing = pointCard('2').getByTestId('commitment-form');
    await changing.getByTestId('commitment-action').fill('keep its formations under 8,000 personnel');
    await changing.getByTestId('save-commitment').click();
    await pointCard('2').getByTestId('draft-commitment').filter({ hasText: '8,000 personnel' }).waitFor();

    // Split point 1 in two.
    await pointCard('1').getByTestId('split-point').click();
    await pointCard('1').getByTestId('split-first').fill('A ceasefire holds.');
    await pointCard('1').getByTestId('split-second').fill('The security zone is monitored jointly.');
    await pointCard('1').getByTestId('confirm-split').click();
    await pointCard('1a').waitFor();

    // Remove point 3.
    await pointCard('3').getByTestId('remove-point').click();
    await pointCard('3').getByTestId('confirm-remove').click();
    await pointCard('3').waitFor({ state: 'detached' });
    await numbersAre(['1', '1a', '2']);
    assert.deepEqual(await draftTexts(), [
      'A ceasefire holds.',
      'The security zone is monitored jointly.',
      'Armed formations are limited to 8,000 personnel.',
    ]);
    // Where each point comes from is read from its sources once they are loaded.
    await page.getByTestId('draft-point-origin').filter({ hasText: 'split from point 1' }).nth(1).waitFor();
    const origins = await page.getByTestId('draft-point-origin').allTextContents();
    assert.match(origins[0] ?? '', /split from point 1/);
    assert.match(origins[1] ?? '', /split from point 1/);
    assert.match(origins[2] ?? '', /amended from point 2/);
    await snap('3-counter-draft-edited');

    // Merging 1a with 2: one point derived from both sources, 2's commitment moved to it.
    await pointCard('1a').getByTestId('merge-point').click();
    await pointCard('1a')
      .getByTestId('merge-text')
      .fill('The security zone is monitored jointly; formations stay under 8,000.');
    await pointCard('1a').getByTestId('confirm-merge').click();
    await pointCard('2').waitFor({ state: 'detached' });
    await numbersAre(['1', '1a']);
    await page.getByTestId('draft-point-origin').filter({ hasText: 'merged from point 2' }).waitFor();
    // 2's commitment moved to the merged point; taken off, the log keeps it.
    await pointCard('1a').getByTestId('draft-commitment').filter({ hasText: '8,000 personnel' }).waitFor();
    await pointCard('1a').getByTestId('remove-commitment').click();
    await pointCard('1a').getByTestId('confirm-remove-commitment').click();
    await pointCard('1a').getByTestId('draft-commitment').waitFor({ state: 'detached' });

    // A point written in Arabic (with a Hebrew phrase) reads right to left in the page's left-to-right layout.
    await pointCard('1a').getByTestId('insert-after').click();
    const arabic = pointCard('1a').getByTestId('point-editor');
    await arabic.getByLabel('Add the text in another language').fill('ar');
    await arabic.getByRole('button', { name: 'Add language' }).click();
    await arabic.getByTestId('point-text-ar').fill('وقف إطلاق النار يسري فوراً (הפסקת אש)');
    await arabic.getByRole('button', { name: 'Remove the en text' }).click();
    await arabic.getByTestId('save-point').click();
    const rtl = page.getByTestId('draft-point-text').filter({ hasText: 'وقف إطلاق النار' });
    await rtl.waitFor();
    assert.equal(await rtl.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    assert.equal(await page.locator('main').evaluate((el) => getComputedStyle(el).direction), 'ltr');
    assert.match(
      (await pointCard('1a').getByTestId('draft-point-origin').textContent()) ?? '',
      /merged from point 1 of .*; merged from point 2 of /,
    );

    // Read as a document: the draft says it can still change.
    await page.getByTestId('view-version').click();
    await page.getByTestId('draft-notice').waitFor();

    // Shared with one party, the draft is frozen: the form says so first, and the edit is no longer offered.
    await page.getByTestId('share').locator('summary').click();
    await page.getByTestId('share-freezes').waitFor();
    await page.getByTestId('share-choice-parties').check();
    await page.getByTestId('share-parties').locator('label').first().locator('input').check();
    await page.getByTestId('share-reason').fill('Handed over for comment');
    await page.getByTestId('share-submit').click();
    await page.getByTestId('frozen-notice').filter({ hasText: 'shared beyond the mediators' }).waitFor();
    assert.equal(await page.getByTestId('edit-draft').count(), 0, 'no edit of a shared draft');
    await snap('3b-shared-draft-frozen');
  });

  test('a circulated version is read-only and offers to start a new version from it; a withdrawn one is marked', async () => {
    // The demo's US 28-point draft was circulated: frozen, with a way to answer it.
    await page.goto(server.url);
    await page.getByTestId('process-link').filter({ hasText: 'Russia' }).click();
    await page
      .getByRole('link', { name: /US 28-point draft/ })
      .first()
      .click();
    await page.getByTestId('frozen-notice').waitFor();
    assert.equal(await page.getByTestId('edit-draft').count(), 0, 'no edit of a circulated text');
    await page.getByTestId('start-from-this').waitFor();

    // Withdrawing the first draft of the new process, with a reason.
    await page.goto(server.url + firstVersionPath);
    await page.getByTestId('withdraw').locator('summary').click();
    await page.getByTestId('confirm-withdraw').click();
    assert.match((await page.getByTestId('field-error').first().textContent()) ?? '', /must not be empty/);
    await page.getByTestId('withdraw-reason').fill(WITHDRAW_REASON);
    await page.getByTestId('confirm-withdraw').click();
    await page.getByTestId('withdrawn-notice').waitFor();
    assert.match(
      (await page.getByTestId('withdrawn-notice').textContent()) ?? '',
      new RegExp(WITHDRAW_REASON),
    );
    await page.getByTestId('frozen-notice').getByTestId('start-from-this').waitFor();
    assert.equal(
      await page.getByTestId('withdraw').count(),
      0,
      'a withdrawn version cannot be withdrawn again',
    );

    await page.goto(server.url + planPath);
    const node = page.getByTestId('tree-node').filter({ hasText: 'Mediators’ first draft' });
    await node.getByTestId('withdrawn-badge').waitFor();
    assert.match(
      (await node.getByTestId('withdrawal-reason').textContent()) ?? '',
      new RegExp(WITHDRAW_REASON),
    );
    const counter = page.getByTestId('tree-node').filter({ hasText: 'Counter-draft of the parties' });
    assert.equal(await counter.getByTestId('withdrawn-badge').count(), 0, 'the counter-draft stands');
    await snap('4-withdrawn-in-the-tree');
  });

  test('past a page of processes, the list offers the next page and shows every process once', async () => {
    // Enough processes for a second page (at most 100 a page), opened through the API as the same mediator.
    const before = (await (await page.request.get(`${server.url}/api/processes?limit=100`)).json()) as {
      items: unknown[];
    };
    for (let i = before.items.length; i <= 100; i++) {
      const res = await page.request.post(`${server.url}/api/processes`, {
        data: { title: `Paging talks ${String(i).padStart(3, '0')}` },
        headers: { origin: server.url },
      });
      assert.equal(res.status(), 201, await res.text());
    }
    await page.goto(server.url);
    const cards = page.getByTestId('process-link');
    await page.getByTestId('more-processes').waitFor();
    assert.equal(await cards.count(), 100, 'one page at a time');
    await page.getByTestId('more-processes').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="process-link"]').length > 100);
    const titles = await cards.allTextContents();
    assert.equal(new Set(titles).size, titles.length, 'no process twice');
    assert.ok(titles.includes('Paging talks 100'), 'the last process is on the second page');
    assert.equal(await page.getByTestId('more-processes').count(), 0, 'no further page');
  });
});
