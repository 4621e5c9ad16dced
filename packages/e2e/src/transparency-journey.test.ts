// The public record in a real browser, signed out: from the Gaza process's page a visitor opens the public record
// and sees the signed agreement, the commitments' statuses, the verified incidents, the fund's totals and the
// council's decisions, each item with its log entry's number; one entry is checked on the verify page. Then the
// page is laid out for print (no site navigation, no buttons) and screenshotted; the screenshots go to a
// temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { demoJourney } from './journey.ts';

describe('the public record in Chromium', { timeout: 180_000 }, () => {
  const journey = demoJourney('transparency');
  const { shots } = journey;

  test('signed out, a visitor reads every item with its proof, checks one, and prints the page', async () => {
    const started = Date.now();
    await journey.page.goto(`${journey.server.url}/`);
    assert.equal((await journey.page.getByRole('link', { name: 'Sign in' }).count()) > 0, true, 'signed out');
    await journey.page.getByTestId('process-link').filter({ hasText: /Gaza/ }).first().click();
    await journey.page.waitForURL(/\/processes\//);
    await journey.page
      .getByTestId('transparency-link')
      .getByRole('link', { name: 'Open the public record' })
      .click();
    await journey.page.waitForURL(/\/transparency$/);
    await journey.page.getByTestId('transparency-page').getByRole('heading', { level: 1 }).waitFor();
    assert.match(
      (await journey.page.getByTestId('transparency-intro').textContent()) ?? '',
      /only what is public/,
    );

    for (const [section, item] of [
      ['agreement', 'proof'],
      ['commitments', 'transparency-commitment'],
      ['incidents', 'transparency-incident'],
      ['funds', 'transparency-fund'],
      ['decisions', 'transparency-decision'],
    ] as const) {
      const block = journey.page.getByTestId(`transparency-${section}`);
      assert.ok((await block.getByTestId(item).count()) > 0, `${section} has items`);
      const proofs = await block.getByTestId('proof').allTextContents();
      assert.ok(
        proofs.length > 0 && proofs.every((p) => /#\d+/.test(p)),
        `${section}: each proof names its entry`,
      );
    }
    // Verified incidents only: as many rows as the monitoring answer has incidents whose status is verified.
    const processId = /\/processes\/([^/]+)\/transparency$/.exec(journey.page.url())?.[1];
    const monitoring = await (
      await journey.page.request.get(`${journey.server.url}/api/processes/${processId}/monitoring`)
    ).json();
    const statuses: string[] = monitoring.incidents.map((i: { status: string }) => i.status);
    const verified = statuses.filter((s) => s === 'verified').length;
    assert.ok(verified > 0 && verified < statuses.length, `the demo has other incidents too: ${statuses}`);
    assert.equal(await journey.page.getByTestId('transparency-incident').count(), verified);
    await journey.page.screenshot({ path: join(shots, 'transparency-screen.png'), fullPage: true });

    // On paper: no site navigation, breadcrumbs or buttons; the entries' numbers stay.
    await journey.page.emulateMedia({ media: 'print' });
    assert.equal(await journey.page.locator('.site-header').isVisible(), false, 'no site header in print');
    assert.equal(await journey.page.locator('.breadcrumbs').isVisible(), false, 'no breadcrumbs in print');
    assert.equal(await journey.page.getByRole('button', { name: 'Print this record' }).isVisible(), false);
    assert.equal(
      await journey.page.locator('.proof-index').first().isVisible(),
      true,
      'entry numbers printed',
    );
    await journey.page.screenshot({ path: join(shots, 'transparency-print.png'), fullPage: true });
    await journey.page.emulateMedia({ media: 'screen' });

    // A decision's proof, checked in the browser against the signed log.
    const decision = journey.page.getByTestId('transparency-decisions').getByTestId('proof').first();
    const index = /#(\d+)/.exec((await decision.textContent()) ?? '')?.[1];
    await decision.getByRole('link', { name: 'Check entry' }).click();
    await journey.page.waitForURL(new RegExp(`/verify\\?index=${index}$`));
    await journey.page.locator('[data-testid="verify-result"][data-ok="true"]').waitFor({ timeout: 60_000 });
    assert.match((await journey.page.getByTestId('verify-result').textContent()) ?? '', /motion/i);
    console.log(`journey: ${Date.now() - started} ms (after the server started)`);
  });
});
