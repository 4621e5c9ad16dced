// Development only: screenshots of the main pages at desktop and phone widths, for a human to look at.
// Run: node --import tsx packages/web/dev/screenshots.ts <base url> <out dir> [path ...]
// SHOTS_VIEWPORT_ONLY=1 keeps each shot to the first screen (long documents are unreadable when scaled down).
// CONCORD_VIEW_AS=us-mediator views a demo server as that person first (the demo's switch: POST /api/demo/sign-in-as).
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
  const viewAs = process.env.CONCORD_VIEW_AS;
  if (viewAs) {
    // The request shares the page's cookies; the server wants the site's own Origin on a sign-in.
    const answer = await page.request.post(`${base}/api/demo/sign-in-as`, {
      headers: { origin: new URL(base).origin },
      data: { key: viewAs },
    });
    if (!answer.ok()) throw new Error(`viewing as ${viewAs}: HTTP ${answer.status()} ${await answer.text()}`);
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
