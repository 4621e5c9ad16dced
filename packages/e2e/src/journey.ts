// What every browser journey sets up: the demo served, Chromium with one page (20 s default timeout), and a
// folder for screenshots whose path is printed at the end. Called inside a `describe`, it registers the suite's
// `before` and `after`; the fields are filled by the time the tests run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

export type Journey = { server: DemoServer; browser: Browser; page: Page; shots: string };

export function demoJourney(name: string): Journey {
  const journey = { shots: mkdtempSync(join(tmpdir(), `concord-e2e-${name}-shots-`)) } as Journey;
  before(async () => {
    journey.server = await serveDemo();
    journey.browser = await launchChromium();
    journey.page = await journey.browser.context.newPage();
    journey.page.setDefaultTimeout(20_000);
  });
  after(async () => {
    await journey.browser?.close();
    await journey.server?.stop();
    console.log(`screenshots: ${journey.shots}`);
  });
  return journey;
}
