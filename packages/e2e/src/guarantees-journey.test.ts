// Guarantees in a real browser: the demo's US mediator opens the Gaza process's Guarantees page from the process
// page, reads what a case is, sees the plan's rule in words and its case — run by the server's guarantee runner to
// the default outcome — with each step and its date; then pastes rules with a bad field and sees the field named,
// with the rules unchanged. Screenshots go to a temporary directory whose path is printed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { viewAs } from './demo-switch.ts';
import { demoJourney } from './journey.ts';

describe('guarantees in Chromium', { timeout: 180_000 }, () => {
  const journey = demoJourney('guarantees');
  const { shots } = journey;

  test("the Gaza rule's case appears with its steps and dates, closed in the fallback", async () => {
    await journey.page.goto(`${journey.server.url}/`);
    await viewAs(journey.page, 'us-mediator', 'US mediation team (demo)');
    await journey.page.goto(`${journey.server.url}/`);
    await journey.page.getByTestId('process-link').filter({ hasText: /Gaza/ }).first().click();
    await journey.page.waitForURL(/\/processes\//);
    await journey.page
      .getByTestId('guarantees-link')
      .getByRole('link', { name: 'Open the guarantees' })
      .click();
    await journey.page.waitForURL(/\/guarantees$/);
    assert.match((await journey.page.getByTestId('guarantees-intro').textContent()) ?? '', /default outcome/);
    assert.match(
      (await journey.page.getByTestId('guarantee-rules').textContent()) ?? '',
      /A case opens when Hamas \(and other Gaza factions\)’s commitment falls due without being complete/,
    );
    const card = journey.page.locator('[data-case="GAZA-4-17#1"]');
    await card.waitFor();
    assert.match((await card.getByTestId('case-state').textContent()) ?? '', /Closed: fallback/);
    const steps = await card.getByTestId('case-timeline').locator('li').allTextContents();
    assert.equal(steps.length, 9);
    assert.match(
      steps[0] ?? '',
      /^2025-10-13 09:00 UTC Case opened: Hamas .*commitment “point 4: return all hostages, living and dead” due/,
    );
    assert.match(
      steps[3] ?? '',
      /^2025-10-14 09:00 UTC Step “Cure period.*” begins, until 2025-10-21 09:00 UTC/,
    );
    assert.match(steps[6] ?? '', /^2025-10-31 09:00 UTC Nobody decided “The Board of Peace finds.*” in time/);
    assert.match(steps[8] ?? '', /Case closed: fallback entry \d+$/);
    await journey.page.screenshot({ path: join(shots, 'guarantees-case.png'), fullPage: true });
  });

  test('rules with a bad field are refused naming it, and the rules stay as they were', async () => {
    const form = journey.page.getByTestId('rules-form');
    const rules = form.locator('textarea[name="rules"]');
    const text = await rules.inputValue();
    await rules.fill(text.replace('"days": 7', '"days": -7'));
    await form.getByRole('button', { name: 'Set the rules' }).click();
    const problem = form.getByRole('alert');
    await problem.waitFor();
    assert.match((await problem.textContent()) ?? '', /rules\.rules\.0\.steps\.1\.days/);
    await journey.page.screenshot({ path: join(shots, 'guarantees-refused.png'), fullPage: true });
    await journey.page.reload();
    assert.match(
      (await journey.page.getByTestId('guarantee-rules').textContent()) ?? '',
      /Cure period: the remaining hostages may still be returned.*7 days from the previous deadline/s,
    );
  });
});
