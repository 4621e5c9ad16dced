// An entry's proof bundle taken away from the verify page in a real browser: the public downloads one entry's
// .tlog-proof, which then verifies with nothing but the file (as `concord verify` checks it), with the log key
// the page showed; a byte changed in it fails. The US mediation team downloads a bundle of an entry the public
// may not read: theirs carries the event, the public's only its leaf hash. Screenshots go to a temporary
// directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseProofBundle, VerificationError, verifyProofBundle } from '@concord/ledger/verify';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-bundle-shots-'));

describe('proof bundles in Chromium', { timeout: 600_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    // Generous: start-up loads the whole demo, and a busy machine can take minutes.
    server = await serveDemo(300_000);
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.setDefaultTimeout(20_000);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`screenshots: ${shots}`);
  });

  /** Opens entry `index`'s verify page, waits for its verdict and downloads its bundle: the file's bytes. */
  async function download(index: number): Promise<Uint8Array> {
    await page.goto(`${server.url}/verify?index=${index}`);
    await page.locator('[data-testid="verify-result"][data-ok="true"]').waitFor({ timeout: 60_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('bundle-link').click(),
    ]);
    assert.equal(file.suggestedFilename(), `concord-entry-${index}.tlog-proof`);
    const path = join(shots, `${index}-${Date.now()}.tlog-proof`);
    await file.saveAs(path);
    return new Uint8Array(readFileSync(path));
  }

  test('the public downloads an entry’s bundle; it verifies offline with the page’s key, and fails changed', async () => {
    await page.goto(`${server.url}/`);
    await viewAs(page, 'public', null);
    const bytes = await download(2);
    await page.getByTestId('offline-bundle').waitFor();
    await page.screenshot({ path: join(shots, '1-verify-page-bundle.png'), fullPage: true });
    const key = await page.getByTestId('verifier-key').inputValue();
    const verdict = verifyProofBundle(bytes, { verifierKey: key });
    assert.equal(verdict.index, 2);
    assert.equal(verdict.key.source, 'reader');
    const changed = bytes.slice();
    changed[Math.floor(changed.length / 2)] = (changed[Math.floor(changed.length / 2)] as number) ^ 1;
    assert.throws(() => verifyProofBundle(changed, { verifierKey: key }), VerificationError);
  });

  test('an entry the public may not read: its bundle holds the leaf only; the mediators’ holds the event', async () => {
    const size = (await (await fetch(`${server.url}/api/log/checkpoint`)).json()).size as number;
    let hidden = -1;
    for (let from = 0; from < size && hidden < 0; from += 100) {
      const answer = await (await fetch(`${server.url}/api/log/entries?from=${from}&limit=100`)).json();
      hidden = answer.items.find((e: { confidential: boolean }) => e.confidential)?.index ?? -1;
    }
    assert.ok(hidden >= 0, 'the demo has entries the public may not read');
    const publicBundle = parseProofBundle(await download(hidden));
    assert.equal(publicBundle.event, null);
    await viewAs(page, 'us-mediator', 'US mediation team (demo)');
    const mediatorBytes = await download(hidden);
    assert.notEqual(parseProofBundle(mediatorBytes).event, null);
    assert.equal(verifyProofBundle(mediatorBytes).confidential, false);
  });
});
