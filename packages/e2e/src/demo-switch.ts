// The demo's "Demo — view as" switch, as the browser tests drive it: choose a person (or `public`) and wait until
// the header says who is signed in now, so the next step reads the page as that person.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** Views the demo as `key`; `name` is the person's name in the header, null for the public (signed out). */
export async function viewAs(page: Page, key: string, name: string | null): Promise<void> {
  await page.getByTestId('demo-view-as').selectOption(key);
  if (name === null) await page.getByTestId('sign-in').waitFor();
  else await page.getByTestId('session-who').locator('.session-name').filter({ hasText: name }).waitFor();
  assert.equal(await page.getByTestId('demo-view-as').inputValue(), key);
}
