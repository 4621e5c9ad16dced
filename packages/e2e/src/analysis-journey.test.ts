// The confidential analysis and valuations in a real browser, switching people with the demo's "view as" switch:
// on the public December draft the US mediator sees every party's bar and the utility-space chart, while the E3
// observer and the public are told the analysis is not shared with them (and the server refuses it); Ukraine's
// delegation sees only its own row on the US 28-point draft, saves its own valuation in the form and finds it
// again after a reload; the log entry of that valuation is shown sealed, without its event, to the public and to
// Russia's delegation, and in full to Ukraine's. Screenshots go to a temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs as viewDemoAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-analysis-shots-'));

const NOTE = 'Saved by the browser test: Kyiv accepts far less than it said.';

describe('confidential analysis and valuations in Chromium', { timeout: 120_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  /** The log entry of the valuation Ukraine's delegation saves. */
  let savedIndex = -1;

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
  const shoot = (name: string) =>
    page.getByTestId('analysis').screenshot({ path: join(shots, `${name}.png`) });
  const rows = () => page.getByTestId('party-utility');
  const rowOf = (party: string) => page.locator(`[data-testid="party-utility"][data-party="${party}"]`);

  /** Chooses a person in the demo's switch and waits until the header says so. */
  const viewAs = (key: string, name: string | null) => viewDemoAs(page, key, name);

  /** Follows a version's link in the version tree of the page shown and waits for its text. */
  async function openVersion(label: RegExp) {
    await page.getByTestId('tree-node').getByRole('link', { name: label }).first().click();
    await page.waitForURL(/\/versions\//);
    // The page changes in place: wait for this version's heading, not the previous version still on screen.
    await page.locator('h1', { hasText: label }).waitFor();
    await page.getByTestId('version-doc').getByTestId('point').first().waitFor();
  }

  /** The analysis as the server answers the person signed in now (status only). */
  const analysisStatus = async () =>
    (await page.request.get(`${server.url}/api${new URL(page.url()).pathname}/analysis`)).status();

  test('the joint analysis is shown to the mediator, not to the E3 observer nor the public', async () => {
    await page.goto(`${server.url}/`);
    await viewAs('us-mediator', 'US mediation team (demo)');
    await page
      .getByTestId('process-link')
      .filter({ hasText: /Russia/ })
      .first()
      .click();
    await page.waitForURL(/\/processes\//);
    await openVersion(/December 20-point framework/);

    await page.getByTestId('analysis-full').waitFor();
    const parties = await rows().evaluateAll((els) => els.map((el) => el.getAttribute('data-party')));
    for (const party of ['Ukraine', 'Russia', 'United States'])
      assert.ok(parties.includes(party), `a bar for ${party}: ${parties.join(', ')}`);
    const chart = page.getByTestId('utility-chart-svg');
    await chart.waitFor();
    assert.ok((await chart.getByTestId('frontier-point').count()) > 0, 'frontier points drawn');
    assert.equal(await chart.getByTestId('draft-marker').count(), 1);
    assert.match((await page.getByTestId('analysis-counts').textContent()) ?? '', /possible packages/);
    await page.getByTestId('smallest-change').waitFor();
    assert.equal(await analysisStatus(), 200);
    await shoot('1-analysis-mediator');

    // The same page for people the process does not give the analysis: the draft, but no bar and no chart.
    for (const [key, name, status] of [
      ['e3', 'E3 observer (demo)', 403],
      ['public', null, 401],
    ] as const) {
      await viewAs(key, name);
      await page.getByTestId('analysis-locked').waitFor();
      await page.getByTestId('version-doc').getByTestId('point').first().waitFor();
      assert.equal(await page.getByTestId('analysis-full').count(), 0, `${key}: no joint analysis`);
      assert.equal(await rows().count(), 0, `${key}: no party's utility`);
      assert.equal(await page.getByTestId('utility-chart').count(), 0, `${key}: no chart`);
      assert.match((await page.getByTestId('analysis').textContent()) ?? '', /not shared with you/);
      assert.equal(await analysisStatus(), status, `${key}: the server refuses the analysis`);
      await shoot(`2-analysis-${key}`);
    }
  });

  test("Ukraine's delegation sees only its own row, saves its valuation and finds it after a reload", async () => {
    await viewAs('ukraine', "Ukraine's delegation (demo)");
    await openVersion(/US 28-point draft/);
    await page.getByTestId('analysis-own').waitFor();
    assert.equal(await rows().count(), 1);
    assert.equal(await rows().first().getAttribute('data-party'), 'Ukraine');
    assert.equal(await page.getByTestId('analysis-full').count(), 0);
    assert.equal(await page.getByTestId('utility-chart').count(), 0);
    assert.equal(await page.getByTestId('smallest-change').count(), 0);
    assert.doesNotMatch((await page.getByTestId('analysis').textContent()) ?? '', /Russia|United States|E3/);
    // The demo's reservation of 0.5 is above this draft's utility for Ukraine (waited for: the analysis of the
    // version shown before may still be on screen for a moment).
    await page.locator('[data-testid="party-utility"][data-party="Ukraine"][data-accepts="false"]').waitFor();
    await shoot('3-analysis-ukraine-before');

    const panel = page.getByTestId('valuation-panel');
    await panel.locator('summary').click();
    assert.match((await panel.locator('summary').textContent()) ?? '', /Your delegation’s valuation/);
    const form = panel.getByTestId('valuation-form');
    await form.waitFor();
    assert.equal(await panel.getByTestId('valuation-party').count(), 0, 'no other party to choose');
    const recorded = async () => {
      const m = ((await form.textContent()) ?? '').match(/Recorded by the (\w+) \(log entry (\d+)\)/);
      assert.ok(m, 'the form says who recorded the valuation');
      return { by: m[1], index: Number(m[2]) };
    };
    const demo = await recorded();
    await form.getByTestId('valuation-reservation').fill('0.1');
    await form.getByTestId('valuation-note').fill(NOTE);
    await form.getByTestId('valuation-save').click();
    await form.getByTestId('valuation-saved').waitFor();
    // The analysis follows: the draft now reaches Ukraine's (lower) reservation.
    await page.locator('[data-testid="party-utility"][data-party="Ukraine"][data-accepts="true"]').waitFor();
    assert.match((await rowOf('Ukraine').textContent()) ?? '', /vs 0\.10\b/);

    await page.reload();
    await page.getByTestId('analysis-own').waitFor();
    await page.getByTestId('valuation-panel').locator('summary').click();
    await form.waitFor();
    assert.equal(await form.getByTestId('valuation-reservation').inputValue(), '0.1');
    assert.equal(await form.getByTestId('valuation-note').inputValue(), NOTE);
    const saved = await recorded();
    assert.deepEqual([demo.by, saved.by], ['mediator', 'party'], 'the demo entered it; now the party did');
    assert.ok(saved.index > demo.index, `a new log entry (${demo.index} → ${saved.index})`);
    savedIndex = saved.index;
    assert.equal(await rowOf('Ukraine').getAttribute('data-accepts'), 'true');
    assert.match((await rowOf('Ukraine').textContent()) ?? '', /vs 0\.10\b/);
    await snap('4-valuation-saved-after-reload');
  });

  test('the valuation’s log entry is sealed for the public and Russia, open for Ukraine', async () => {
    assert.ok(savedIndex >= 0, 'the valuation was saved');
    const entryRow = () =>
      page
        .getByTestId('log-entry')
        .filter({ has: page.getByRole('link', { name: String(savedIndex), exact: true }) });
    const openLog = async () => {
      await page.goto(`${server.url}/log?end=${savedIndex + 1}`);
      await entryRow().waitFor();
    };
    const entryAnswer = async () => {
      const r = await page.request.get(`${server.url}/api/log/entries?from=${savedIndex}&limit=1`);
      assert.equal(r.status(), 200);
      return ((await r.json()) as { items: Record<string, unknown>[] }).items[0];
    };

    // Ukraine's delegation reads its own entry.
    await openLog();
    assert.equal(await entryRow().getAttribute('data-confidential'), 'false');
    assert.match((await entryRow().textContent()) ?? '', /confidential valuation of a plan.*valuation\./s);
    assert.ok((await entryAnswer())?.event, 'the event is given to Ukraine');
    await snap('5-log-as-ukraine');

    for (const [key, name] of [
      ['russia', "Russia's delegation (demo)"],
      ['public', null],
    ] as const) {
      await viewAs(key, name);
      await openLog();
      assert.equal(await entryRow().getAttribute('data-confidential'), 'true', `${key}: sealed`);
      const text = (await entryRow().textContent()) ?? '';
      assert.match(
        text,
        /Confidential entry \(about something not shared with you\).*leaf hash.*not shared/s,
      );
      assert.doesNotMatch(text, /valuation|Kyiv/, `${key}: nothing of the event`);
      const answer = await entryAnswer();
      assert.equal(answer?.confidential, true);
      for (const field of ['event', 'type', 'canonical', 'salt', 'eventId'])
        assert.equal(answer?.[field], null, `${key}: no ${field}`);
      assert.ok(answer?.leafHash, 'the leaf hash is public');
      await snap(`6-log-as-${key}`);
    }

    // The public verifies the sealed entry's place in the log, without its event.
    await entryRow()
      .getByRole('link', { name: String(savedIndex), exact: true })
      .click();
    await page.waitForURL(/\/verify/);
    await page.getByTestId('confidential-note').waitFor();
    await page.locator('[data-testid="check"][data-check="inclusion"][data-ok="true"]').waitFor();
    await page.locator('[data-testid="check"][data-check="signature"][data-ok="true"]').waitFor();
    assert.equal(await page.getByTestId('event-text').count(), 0, 'no event to edit');
    assert.doesNotMatch((await page.getByTestId('verify-result').textContent()) ?? '', /Kyiv|valuation\./);
    await snap('7-verify-sealed-as-public');
  });
});
