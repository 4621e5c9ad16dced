// A reader's journey through the demo in a real browser, viewing it as the US mediator (the demo's switch): the processes list, the Russia–Ukraine process, the
// US 28-point draft (28 points), the version tree to the E3 counter-draft, and its verify page, where every
// check the browser ran must be ok. Screenshots of each step are kept in a temporary directory.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generateNoteKey } from '@concord/ledger';
import type { Locator, Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-shots-'));

describe('demo journey in Chromium', { timeout: 240_000 }, () => {
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

  const snap = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

  test('the processes list links to the Russia–Ukraine process', async () => {
    await page.goto(`${server.url}/`);
    // The 28-point draft was never published: view the demo as the US mediator, who wrote it.
    await page.getByTestId('demo-view-as').selectOption('us-mediator');
    await page
      .getByTestId('session-who')
      .locator('.session-name')
      .filter({ hasText: 'US mediation team' })
      .waitFor();
    const links = page.getByTestId('process-link');
    await links.first().waitFor();
    await snap('1-processes');
    await links
      .filter({ hasText: /Russia/ })
      .first()
      .click();
    await page.waitForURL(/\/processes\//);
    await page.getByText(/28/).first().waitFor();
    await snap('2-process');
  });

  test('the 28-point draft shows 28 points', async () => {
    await page
      .getByRole('link', { name: /28/ })
      .filter({ hasNotText: /E3|Europe/ })
      .first()
      .click();
    await page.waitForURL(/\/versions\//);
    const doc = page.getByTestId('version-doc');
    await doc.waitFor();
    await doc.getByTestId('point').first().waitFor();
    await snap('3-draft-28');
    const topLevel = await topLevelPointNumbers(page);
    assert.equal(topLevel.length, 28, `top-level points: ${topLevel.join(', ')}`);
    assert.deepEqual(
      topLevel,
      Array.from({ length: 28 }, (_, i) => String(i + 1)),
    );
  });

  test('the version tree leads to the E3 counter-draft', async () => {
    const draftUrl = page.url();
    const tree = page.getByTestId('version-tree');
    await tree.waitFor();
    const nodes = tree.getByTestId('tree-node');
    assert.ok((await nodes.count()) >= 2, 'the tree shows the draft and its counter-draft');
    await nodes
      .filter({ hasText: /E3|Europe/ })
      .first()
      .getByRole('link')
      .first()
      .click();
    await page.waitForURL((url) => url.href !== draftUrl && /\/versions\//.test(url.pathname));
    await page.getByTestId('version-doc').getByTestId('point').first().waitFor();
    await snap('4-e3-counter-draft');
    const current = tree.locator('[data-current="true"]');
    if ((await current.count()) > 0) assert.match((await current.first().textContent()) ?? '', /E3|Europe/);
    assert.match((await page.getByTestId('version-doc').textContent()) ?? '', /800,000|800 000|800000/);
  });

  test('verifying the version covers every entry that shaped it and the text shown', async () => {
    const link = page.getByTestId('verify-link').or(page.getByRole('link', { name: /verify this version/i }));
    await link.first().click();
    await page.waitForURL(/\/versions\/[^/]+\/verify/);
    const verdict = page.locator('[data-testid="version-verify"][data-ok="true"]');
    await verdict.waitFor({ timeout: 20_000 });
    const entries = page.getByTestId('version-entry');
    assert.ok((await entries.count()) >= 1);
    const states = await entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-ok')));
    assert.ok(
      states.every((s) => s === 'true'),
      `entries: ${states.join(', ')}`,
    );
    assert.match((await page.getByTestId('not-compared').textContent()) ?? '', /Not compared/);
    await snap('5a-verify-version');
  });

  test('its creation entry’s verify page shows every check ok', async () => {
    await page
      .locator('[data-testid="version-entry"][data-type="version.created"]')
      .getByRole('link')
      .first()
      .click();
    await page.waitForURL(/\/verify\?index=/);
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    const checks = result.getByTestId('check');
    await checks.first().waitFor();
    // The page verifies asynchronously; wait until no check is pending any more.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="check"]')].every((el) =>
          ['true', 'false'].includes(el.getAttribute('data-ok') ?? ''),
        ),
      undefined,
      { timeout: 20_000 },
    );
    await snap('5-verify');
    const states = await checks.evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('data-ok')}: ${(el.textContent ?? '').trim().slice(0, 80)}`),
    );
    assert.ok(states.length >= 3, `expected leaf, signature and inclusion checks, got ${states.join(' | ')}`);
    for (const state of states) assert.ok(state.startsWith('true:'), `check not ok: ${state}`);
    assert.match((await page.getByTestId('recorded').textContent()) ?? '', /E3 counter-draft/);
  });

  test('an edited copy of the event fails verification in the page', async () => {
    const event = page.getByTestId('event-text');
    const original = await event.inputValue();
    assert.match(original, /E3 counter-draft/);
    await pasteInto(event, original.replace('E3 counter-draft', 'E3 counter-draft (forged)'));
    await page
      .locator('[data-testid="verify-result"] [data-testid="check"][data-ok="false"]')
      .first()
      .waitFor();
    await snap('6-verify-forged');
    assert.deepEqual(await checkStates(page), { leaf: 'false', inclusion: 'false', signature: 'true' });
    await pasteInto(event, original);
    await waitAllChecksOk(page);
  });

  test('a checkpoint judged with another verifier key fails the signature check', async () => {
    const key = page.getByTestId('verifier-key');
    const original = await key.inputValue();
    const other = generateNoteKey(original.split('+')[0] ?? 'concord.local/log').verifierKey;
    await key.fill(other);
    await page.locator('[data-testid="check"][data-check="signature"][data-ok="false"]').waitFor();
    await snap('7-verify-other-key');
    assert.equal((await checkStates(page)).signature, 'false');
    await key.fill(original);
    await waitAllChecksOk(page);
  });

  test('a browser that knew this log by another key raises the alarm (a history replaced and signed anew)', async () => {
    const announced = await page.getByTestId('verifier-key').inputValue();
    const logName = announced.split('+')[0] ?? 'concord.local/log';
    const before = generateNoteKey(logName).verifierKey;
    // As if this browser had checked the log earlier, when it was signed with another key.
    await page.evaluate(
      ([name, key]) =>
        localStorage.setItem(
          `concord:log-key:${name}`,
          JSON.stringify({ verifierKey: key, since: '2026-11-20' }),
        ),
      [logName, before],
    );
    await page.reload();
    await page.locator('[data-testid="check"][data-check="key"][data-ok="false"]').waitFor();
    await snap('8-verify-key-changed');
    assert.equal(await page.getByTestId('verify-result').getAttribute('data-ok'), 'false');
    assert.match(
      (await page.locator('[data-testid="check"][data-check="key"]').textContent()) ?? '',
      /Alarm: this reader has known log .* since 2026-11-20/,
    );
  });
});

/** data-ok of the leaf, inclusion and signature checks on the verify page. */
async function checkStates(page: Page): Promise<Record<string, string | null>> {
  const states: Record<string, string | null> = {};
  for (const name of ['leaf', 'inclusion', 'signature']) {
    states[name] = await page.locator(`[data-testid="check"][data-check="${name}"]`).getAttribute('data-ok');
  }
  return states;
}

/**
 * Replaces a text field's content at once, as a paste does. Playwright's `fill` inserts the text as typed input,
 * which took 9 s for the 50 KB event here (and over 20 s in CI under load), not what a reader pasting sees.
 */
async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.evaluate((el, value) => {
    const area = el as HTMLTextAreaElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    if (!setValue) throw new Error('no value setter on textarea');
    setValue.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

function waitAllChecksOk(page: Page) {
  return page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="check"]')].every(
      (el) => el.getAttribute('data-ok') === 'true',
    ),
  );
}

/** Display numbers of the top-level points of the open version. */
async function topLevelPointNumbers(page: Page): Promise<string[]> {
  return page.getByTestId('version-doc').evaluate((doc) => {
    const points = [...doc.querySelectorAll('[data-testid="point"]')];
    const top = points.filter((p) => {
      const depth = p.getAttribute('data-depth');
      if (depth !== null) return depth === '0';
      return !p.parentElement?.closest('[data-testid="point"]');
    });
    return top.map((p) => p.getAttribute('data-number') ?? '');
  });
}
