// scratch (not committed)
import { chromium } from 'playwright-core';

const [base, path, key, out, click, selector, w] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: Number(w ?? 1280), height: 900 } });
page.on('pageerror', (e) => console.log('page error', e.message));
if (key && key !== '-') await page.addInitScript((k) => sessionStorage.setItem('concord:access-key', k), key);
await page.goto(base + path);
await page.waitForLoadState('networkidle');
await page.waitForFunction(
  () => document.querySelector('[data-testid="loading"], [data-testid="analysis-loading"]') === null,
);
if (click && click !== '-') await page.locator(click).first().click();
await page.waitForTimeout(800);
await page.waitForFunction(
  () => document.querySelector('[data-testid="loading"], [data-testid="analysis-loading"]') === null,
);
if (selector && selector !== '-') {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  const sy = await page.evaluate(() => scrollY);
  if (box)
    await page.screenshot({
      path: out,
      fullPage: true,
      clip: { x: box.x, y: box.y + sy, width: box.width, height: Math.min(box.height, 1400) },
    });
} else await page.screenshot({ path: out });
await browser.close();
