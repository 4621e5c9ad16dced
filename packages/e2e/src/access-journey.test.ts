// Confidential valuations in a real browser: the anonymous reader sees that the analysis needs a key; the
// mediator signs in with the demo's key (from the data directory the served demo writes) and sees every party's
// bar, the utility-space chart and the smallest change in the plan's words, and can change a valuation; Ukraine's
// delegation sees only its own row; the anonymous reader sees confidential entries in the log and verifies one.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, launchChromium } from './browser.ts';
import { type DemoServer, serveDemo } from './serve-demo.ts';

const shots = mkdtempSync(join(tmpdir(), 'concord-e2e-access-shots-'));

type DemoKey = {
  label: string;
  role: 'mediator' | 'party';
  processId: string;
  partyId?: string;
  key: string;
};

describe('confidential analysis in Chromium', { timeout: 300_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let keys: DemoKey[];
  let versionPath: string;
  let versionId: string;
  let planId: string;
  let processId: string;
  /** The lineage the journey weights through the "all" filter. */
  let added = '';

  before(async () => {
    server = await serveDemo();
    keys = (
      JSON.parse(readFileSync(join(server.dataDir, 'demo-access-keys.json'), 'utf8')) as { keys: DemoKey[] }
    ).keys;
    const found = await findVersion(server.url, /Russia/, /US 28-point draft/);
    versionId = found.versionId;
    versionPath = `/versions/${versionId}`;
    planId = found.planId;
    processId = found.processId;
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`screenshots: ${shots}`);
  });

  const snap = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const shoot = (name: string, testId: string) =>
    page
      .getByTestId(testId)
      .first()
      .screenshot({ path: join(shots, `${name}.png`) });
  const keyOf = (role: 'mediator' | 'party', partyName?: RegExp) => {
    const k = keys.find(
      (x) => x.processId === processId && x.role === role && (!partyName || partyName.test(x.label)),
    );
    assert.ok(k, `the demo wrote a ${role} key for the process (${keys.map((x) => x.label).join(', ')})`);
    return k.key;
  };

  /** Ukraine's valuation as the server holds it, read with the mediator's key. */
  async function ukraineValuation(): Promise<SavedValuation> {
    const ukraine = keys.find(
      (k) => k.processId === processId && k.role === 'party' && /Ukraine/.test(k.label),
    );
    const list = await getJson<{ items: SavedValuation[] }>(
      `${server.url}/api/plans/${planId}/valuations`,
      keyOf('mediator'),
    );
    const found = list.items.find((v) => v.partyId === ukraine?.partyId);
    assert.ok(found, "the demo recorded Ukraine's valuation");
    return found;
  }

  async function signIn(key: string) {
    await page.getByTestId('sign-in').click();
    await page.getByTestId('access-key-input').fill(key);
    await page.getByTestId('sign-in-submit').click();
  }

  async function signOut() {
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
  }

  test('the anonymous reader is told the analysis is confidential', async () => {
    await page.goto(server.url + versionPath);
    const locked = page.getByTestId('analysis-locked');
    await locked.waitFor();
    assert.match((await locked.textContent()) ?? '', /confidential.*access key/s);
    assert.equal(await page.getByTestId('analysis-full').count(), 0);
    await shoot('1-analysis-anonymous', 'analysis');
  });

  test('a key that is not one is refused with the reason', async () => {
    await signIn(`ck_${'x'.repeat(43)}`);
    const error = page.getByTestId('sign-in-error');
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /.{10,}/);
    await page.screenshot({ path: join(shots, '2-sign-in-refused.png') });
    assert.equal(await page.getByTestId('session-who').count(), 0);
    await page.getByTestId('sign-in').click(); // close the form
  });

  test('a stored key the server no longer accepts signs the reader out instead of breaking the pages', async () => {
    await page.evaluate(() => sessionStorage.setItem('concord:access-key', `ck_${'y'.repeat(43)}`));
    await page.reload();
    await page.getByTestId('signed-out-notice').waitFor();
    await page.getByTestId('version-doc').getByTestId('point').first().waitFor();
    await page.getByTestId('analysis-locked').waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('concord:access-key')), null);
  });

  test('the mediator sees every party, the chart and the smallest change in the plan’s words', async () => {
    await signIn(keyOf('mediator'));
    const who = page.getByTestId('session-who');
    await who.waitFor();
    assert.equal(await who.textContent(), 'Mediator — Russia–Ukraine 2025');
    await page.getByTestId('analysis-full').waitFor();
    const rows = page.getByTestId('party-utility');
    assert.ok((await rows.count()) >= 2, 'a bar for each party with a valuation');
    const names = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-party')));
    assert.ok(names.includes('Ukraine') && names.includes('Russia'), `rows: ${names.join(', ')}`);
    const chart = page.getByTestId('utility-chart-svg');
    await chart.waitFor();
    assert.ok((await chart.getByTestId('frontier-point').count()) > 0, 'frontier points drawn');
    assert.equal(await chart.getByTestId('draft-marker').count(), 1);
    assert.ok((await chart.getByTestId('solution-marker').count()) >= 1, 'solutions marked');
    const smallest = page.getByTestId('smallest-change');
    const status = await smallest.getAttribute('data-status');
    const sentences = await smallest.getByTestId('change-sentence').allTextContents();
    if (status === 'found') {
      for (const s of sentences) assert.match(s, /^Point \S+: (replace|delete|leave|add|restore) /);
    } else {
      assert.match((await smallest.textContent()) ?? '', /No change of the listed wordings/);
    }
    assert.ok(
      status === 'none' ||
        sentences.length > 0 ||
        /already reaches/.test((await smallest.textContent()) ?? ''),
    );
    assert.match((await page.getByTestId('analysis-counts').textContent()) ?? '', /possible packages/);
    // More than two parties: the axes are chosen; choosing the other axis's party swaps them.
    await page.getByTestId('chart-axis-y').selectOption({ label: 'United States' });
    await chart.getByText('utility for United States').waitFor();
    await page.getByTestId('chart-axis-x').selectOption({ label: 'United States' });
    await chart.getByText('utility for Ukraine').waitFor();
    assert.equal(await page.getByTestId('chart-axis-y').inputValue(), '0');
    await page.getByTestId('chart-axis-x').selectOption({ label: 'Ukraine' });
    await page.getByTestId('chart-axis-y').selectOption({ label: 'Russia' });
    await shoot('3-analysis-mediator', 'analysis');
  });

  test('the valuation form opens on the weighted points; "all" shows every contested point', async () => {
    const domain = await getJson<{ issues: { lineageId: string }[] }>(
      `${server.url}/api/versions/${versionId}/domain`,
    );
    const before = await ukraineValuation();
    const weighted = before.points.filter((p) => p.weight > 0);
    const panel = page.getByTestId('valuation-panel');
    await panel.locator('summary').click();
    const form = panel.getByTestId('valuation-form');
    await form.waitFor();
    assert.equal(
      await panel.getByTestId('valuation-party').locator('option:checked').textContent(),
      'Ukraine',
    );
    const points = form.getByTestId('valuation-point');
    const filter = form.getByTestId('valuation-filter');
    const choice = (name: string) => filter.locator(`button[data-filter="${name}"]`);
    // Ukraine's demo valuation weighs a few of the plan's many contested points: only those are shown.
    assert.equal(await choice('weighted').getAttribute('aria-pressed'), 'true');
    assert.equal(await choice('weighted').textContent(), `weighted (${weighted.length})`);
    assert.equal(await points.count(), weighted.length);
    const shownLineages = await points.evaluateAll((els) => els.map((el) => el.getAttribute('data-lineage')));
    assert.deepEqual(new Set(shownLineages), new Set(weighted.map((p) => p.lineageId)));
    await shoot('4a-valuation-weighted', 'valuation-form');
    await choice('all').click();
    assert.equal(await choice('all').getAttribute('aria-pressed'), 'true');
    assert.equal(await points.count(), domain.issues.length);
    assert.ok(domain.issues.length > weighted.length, `${domain.issues.length} contested points`);
    // An unweighted point is folded to one line; weighting it unfolds its wordings.
    const folded = form.locator('[data-testid="valuation-point"][data-folded="true"]').first();
    added = (await folded.getAttribute('data-lineage')) ?? '';
    const row = form.locator(`[data-testid="valuation-point"][data-lineage="${added}"]`);
    assert.equal(await row.getByTestId('valuation-value').count(), 0);
    await row.getByTestId('valuation-weight').fill('2');
    await row.locator('[data-testid="valuation-value"]:enabled').first().waitFor();
    for (const input of await row.locator('[data-testid="valuation-value"]:enabled').all())
      await input.fill('0.5');
    assert.match(
      (await form.getByTestId('valuation-summary').textContent()) ?? '',
      new RegExp(`^${weighted.length + 1} points weighted; weights normalised: Point .+? \\d+%`),
    );
    // The search narrows the points to those whose number, title or wordings say it.
    await form.getByTestId('valuation-search').fill('Zaporizhzhia');
    await form.getByTestId('valuation-shown').filter({ hasText: 'matching “Zaporizhzhia”' }).waitFor();
    const found = await points.allTextContents();
    assert.ok(found.length > 0 && found.length < domain.issues.length, `${found.length} found`);
    for (const text of found) assert.match(text, /zaporizhzhia/i);
    await form.getByTestId('valuation-search').fill('');
    await choice('weighted').click();
    assert.equal(await points.count(), weighted.length + 1);
  });

  test('the mediator changes a valuation and the analysis follows', async () => {
    const before = await ukraineValuation();
    const form = page.getByTestId('valuation-form');
    const reservation = form.getByTestId('valuation-reservation');
    await reservation.fill('1.5');
    await form.getByTestId('valuation-save').click();
    await form.locator('[data-testid="field-error"][data-field="valuation-reservation"]').waitFor();
    await form
      .locator('.field.has-error')
      .first()
      .screenshot({ path: join(shots, '4-valuation-field-error.png') });
    // A reservation no wording reaches: Ukraine then refuses this draft.
    await reservation.fill('0.99');
    await form.getByTestId('valuation-save').click();
    await form.getByTestId('valuation-saved').waitFor();
    await page.locator('[data-testid="party-utility"][data-party="Ukraine"][data-accepts="false"]').waitFor();
    const bar = await page.locator('[data-testid="party-utility"][data-party="Ukraine"]').textContent();
    assert.match(bar ?? '', /vs 0\.99/);
    await shoot('5-after-saving', 'analysis');
    // Saved through the filter: every weighted point, shown or hidden, kept its weight and values, and the
    // point weighted under "all" was added with a value for every version of each wording.
    const after = await ukraineValuation();
    assert.equal(after.reservation, 0.99);
    const weightedAfter = new Map(after.points.filter((p) => p.weight > 0).map((p) => [p.lineageId, p]));
    for (const p of before.points.filter((x) => x.weight > 0))
      assert.deepEqual(weightedAfter.get(p.lineageId), p);
    const addedPoint = weightedAfter.get(added);
    assert.equal(addedPoint?.weight, 2);
    const addedValues = Object.values(addedPoint?.values ?? {});
    assert.ok(addedValues.length > 0 && addedValues.every((v) => v === 0.5), JSON.stringify(addedPoint));
    assert.equal(weightedAfter.size, before.points.filter((x) => x.weight > 0).length + 1);
    // Read back by the form: it opens on the weighted points, the added one among them.
    await page.reload();
    await page.getByTestId('valuation-panel').locator('summary').click();
    const points = page.getByTestId('valuation-form').getByTestId('valuation-point');
    await points.first().waitFor();
    assert.equal(await points.count(), weightedAfter.size);
    assert.equal(await page.getByTestId('valuation-reservation').inputValue(), '0.99');
    assert.equal(
      await page
        .locator(`[data-testid="valuation-point"][data-lineage="${added}"] [data-testid="valuation-weight"]`)
        .inputValue(),
      '2',
    );
  });

  test("Ukraine's delegation sees only its own row", async () => {
    await signOut();
    await signIn(keyOf('party', /Ukraine/));
    const who = page.getByTestId('session-who');
    await who.waitFor();
    assert.equal(await who.textContent(), 'Ukraine delegation — Russia–Ukraine 2025');
    await page.getByTestId('analysis-own').waitFor();
    const rows = page.getByTestId('party-utility');
    assert.equal(await rows.count(), 1);
    assert.equal(await rows.first().getAttribute('data-party'), 'Ukraine');
    assert.equal(await page.getByTestId('utility-chart').count(), 0);
    assert.equal(await page.getByTestId('smallest-change').count(), 0);
    await shoot('6-analysis-ukraine', 'analysis');
    await signOut();
  });

  test('the anonymous reader sees confidential entries in the log and verifies one', async () => {
    const confidential = await confidentialIndexes(server.url);
    assert.ok(confidential.length > 0, 'the demo recorded valuations');
    const index = confidential[confidential.length - 1] as number;
    await page.goto(`${server.url}/log?end=${index + 1}`);
    const row = page.locator('[data-testid="log-entry"][data-confidential="true"]').first();
    await row.waitFor();
    assert.match(
      (await row.textContent()) ?? '',
      /Confidential entry \(shared with the party and the mediator\)/,
    );
    await snap('7-log-confidential');
    await page.goto(`${server.url}/verify?index=${index}`);
    await page.getByTestId('confidential-note').waitFor();
    await page.locator('[data-testid="check"][data-check="inclusion"][data-ok="true"]').waitFor();
    const states = await page
      .getByTestId('verify-result')
      .getByTestId('check')
      .evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('data-check')}=${el.getAttribute('data-ok')}`),
      );
    assert.ok(states.includes('signature=true') && states.includes('inclusion=true'), states.join(' '));
    assert.ok(!states.some((s) => s.endsWith('=false')), states.join(' '));
    assert.match(
      (await page.getByTestId('verify-result').textContent()) ?? '',
      /could not recompute the leaf/,
    );
    await snap('8-verify-confidential');
  });
});

type SavedValuation = {
  partyId: string;
  reservation: number;
  points: { lineageId: string; weight: number; values: Record<string, number> }[];
};

async function getJson<T>(url: string, accessKey?: string): Promise<T> {
  const res = await fetch(url, accessKey ? { headers: { authorization: `Bearer ${accessKey}` } } : {});
  assert.equal(res.status, 200, `GET ${url}`);
  return (await res.json()) as T;
}

/** The version of the demo the journey analyses, found over the public API. */
async function findVersion(base: string, process: RegExp, label: RegExp) {
  type Item = { id: string; title: string };
  const processes = await getJson<{ items: Item[] }>(`${base}/api/processes`);
  const proc = processes.items.find((p) => process.test(p.title));
  assert.ok(proc, 'the demo has the Russia–Ukraine process');
  const detail = await getJson<{ plans: Item[] }>(`${base}/api/processes/${proc.id}`);
  for (const plan of detail.plans) {
    const p = await getJson<{ versions: { id: string; label: string }[] }>(`${base}/api/plans/${plan.id}`);
    const v = p.versions.find((x) => label.test(x.label));
    if (v) return { versionId: v.id, planId: plan.id, processId: proc.id };
  }
  throw new Error(`no version labelled ${label}`);
}

/** Indexes of the log entries an anonymous reader may not read. */
async function confidentialIndexes(base: string): Promise<number[]> {
  const { size } = await getJson<{ size: number }>(`${base}/api/log/checkpoint`);
  const out: number[] = [];
  for (let from = 0; from < size; from += 1000) {
    const page = await getJson<{ items: { index: number; confidential?: boolean }[] }>(
      `${base}/api/log/entries?from=${from}&limit=1000`,
    );
    for (const e of page.items) if (e.confidential === true) out.push(e.index);
  }
  return out;
}
