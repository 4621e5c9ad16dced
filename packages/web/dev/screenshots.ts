// Development only: screenshots of the main pages at desktop and phone widths, for a human to look at.
// Run: node --import tsx packages/web/dev/screenshots.ts <base url> <out dir> [path ...]
// SHOTS_VIEWPORT_ONLY=1 keeps each shot to the first screen (long documents are unreadable when scaled down).
// CONCORD_ACCESS_KEY=ck_… signs the pages in with that key (as the Sign in control would).
// SHOTS_SELECTOR='[data-testid="analysis"]' shoots only that element (after it has settled).
// SHOTS_CLICK='[data-testid="valuation-panel"] > summary' clicks that element first (to open a folded panel).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base = 'http://127.0.0.1:4180', out = '/tmp/concord-web-shots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  const page = await browser.newPage({ viewport });
  const accessKey = process.env.CONCORD_ACCESS_KEY;
  if (accessKey) {
    await page.addInitScript((key) => sessionStorage.setItem('concord:access-key', key), accessKey);
  }
  page.on(
    'console',
    (m) => m.type() === 'error' && console.log(`console error on ${page.url()}: ${m.text()}`),
  );
  page.on('pageerror', (e) => console.log(`page error on ${page.url()}: ${e.message}`));
  for (const path of paths.length > 0 ? paths : ['/']) {
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    const file = join(out, `${name}${path.replace(/[^a-z0-9]+/gi, '_')}.png`);
    const selector = process.env.SHOTS_SELECTOR;
    const click = process.env.SHOTS_CLICK;
    if (click) await page.locator(click).first().click();
    if (selector) {
      await page.waitForSelector(selector);
      await page.waitForFunction(
        () => document.querySelector('[data-testid="loading"], [data-testid="analysis-loading"]') === null,
      );
      await page.locator(selector).first().screenshot({ path: file });
    } else {
      await page.screenshot({ path: file, fullPage: process.env.SHOTS_VIEWPORT_ONLY !== '1' });
    }
    console.log(file);
  }
  await page.close();
}
await browser.close();
