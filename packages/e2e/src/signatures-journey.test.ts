// Signing the agreed text in a real browser: Israel's delegate makes a key in the browser (WebCrypto Ed25519) on
// the account page, saves the private key file the page offers and registers the public half; signs the Gaza plan's
// final version with a signature made from that file (as `concord sign` would, off the server) and sees it
// listed as verified in the browser with the key's fingerprint; a forged signature is refused; then revokes the
// key with a reason. Screenshots go to a temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { versionSignatureMessage } from '@concord/core/signatures';
import { ed25519Sign, fromBase64, toBase64 } from '@concord/ledger';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { viewAs } from './demo-switch.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-signatures-shots-'));

describe('signatures in Chromium', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let seed: Uint8Array;

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

  const finalGazaVersion = async (): Promise<string> => {
    const get = async (path: string) => (await fetch(`${server.url}${path}`)).json();
    const processes = (await get('/api/processes')).items as { id: string; title: string }[];
    const gaza = processes.find((p) => /Gaza/.test(p.title)) as { id: string };
    const plans = (await get(`/api/processes/${gaza.id}`)).plans as { id: string }[];
    for (const plan of plans) {
      const versions = (await get(`/api/plans/${plan.id}`)).versions as { id: string; status: string }[];
      const final = versions.find((v) => v.status === 'final');
      if (final) return final.id;
    }
    throw new Error('the demo has no final Gaza version');
  };

  test('a delegate makes a key in the browser and registers its public half', async () => {
    await page.goto(`${server.url}/`);
    await viewAs(page, 'israel', "Israel's delegation (demo)");
    await page.goto(`${server.url}/account`);
    await page.getByTestId('key-make').click();
    const href = (await page.getByTestId('key-file').locator('a').getAttribute('href')) ?? '';
    const [header, body] = decodeURIComponent(href.replace(/^data:text\/plain;charset=utf-8,/, '')).split(
      '\n',
    );
    assert.equal(header, 'concord-ed25519-seed/v1');
    seed = fromBase64(body as string);
    await page.getByRole('button', { name: 'Register this key' }).click();
    await page.getByTestId('key-row').filter({ hasText: 'since' }).waitFor();
    assert.equal(
      await page.getByTestId('key-file').count(),
      1,
      'the key file is still offered after registering',
    );
    assert.equal(await page.getByTestId('key-row').count(), 1);
    await page.screenshot({ path: join(shots, 'account-key.png'), fullPage: true });
  });

  test('the delegate signs the final version; the browser verifies it; a forged one is refused', async () => {
    await page.goto(`${server.url}/versions/${await finalGazaVersion()}`);
    const hash = (await page.getByTestId('version-hash').textContent()) ?? '';
    assert.match(hash, /^[0-9a-f]{64}$/);
    const input = page.getByTestId('signature-input');
    await input.fill(toBase64(ed25519Sign(new Uint8Array(32).fill(1), versionSignatureMessage(hash))));
    await page.getByRole('button', { name: 'Sign this version' }).click();
    await page
      .getByTestId('sign-notice')
      .filter({ hasText: /does not verify/ })
      .waitFor();
    await input.fill(toBase64(ed25519Sign(seed, versionSignatureMessage(hash))));
    await page.getByRole('button', { name: 'Sign this version' }).click();
    const row = page.getByTestId('signature-row');
    await row.waitFor();
    assert.equal(await row.getAttribute('data-verified'), 'true');
    assert.match((await row.textContent()) ?? '', /✓ verified: signed for Israel .* with key [0-9a-f]{4} /);
    await page.screenshot({ path: join(shots, 'version-signed.png'), fullPage: true });
  });

  test('the delegate revokes the key with a reason', async () => {
    await page.goto(`${server.url}/account`);
    page.once('dialog', (d) => void d.accept('laptop lost'));
    await page.getByTestId('key-row').getByRole('button', { name: 'Revoke' }).click();
    await page.getByTestId('key-row').filter({ hasText: 'revoked: laptop lost' }).waitFor();
    assert.equal(await page.getByTestId('key-register').count(), 1, 'a new key may be registered again');
  });
});
