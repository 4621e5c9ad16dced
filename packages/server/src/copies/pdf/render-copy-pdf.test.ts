import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPdfText } from './read-pdf-text.ts';
import { renderCopyPdf } from './render-copy-pdf.ts';
import { renderCopyPdfOffThread } from './render-off-thread.ts';
import { longCopy, SCRIPT_SAMPLES, sampleCopy, words } from './samples.test-support.ts';

describe('a copy as PDF', () => {
  for (const [script, text] of Object.entries(SCRIPT_SAMPLES)) {
    test(`${script}: the line reads back exactly, in logical order, without the page footer`, async () => {
      const copy = sampleCopy([{ label: '1.', text, depth: 0 }]);
      const read = (await readPdfText(await renderCopyPdf(copy))).split('\n');
      assert.deepEqual(read.map(words), [copy.title, `1. ${text}`].map(words));
    });
  }

  test('points, sub-points and wrapped lines in every script read back as they were written', async () => {
    const copy = longCopy();
    const started = performance.now();
    const pdf = await renderCopyPdf(copy);
    const rendered = performance.now() - started;
    const read = await readPdfText(pdf);
    const extracted = performance.now() - started - rendered;
    const expected = [copy.title];
    for (const point of copy.points) expected.push(`${point.label} ${point.text}`);
    assert.deepEqual(read.split('\n').map(words), expected.map(words));
    console.log(
      `28-point copy (${pdf.length} bytes): rendered in ${rendered.toFixed(0)} ms, read back in ${extracted.toFixed(0)} ms`,
    );
  });

  test("the same copy gives the same bytes; another recipient's wording gives other bytes", async () => {
    const first = await renderCopyPdf(longCopy());
    const again = await renderCopyPdf(longCopy());
    assert.deepEqual(Buffer.from(again), Buffer.from(first));
    const other = longCopy();
    other.points = [
      { label: '1.', text: SCRIPT_SAMPLES.latin.replace('confirmed', 'affirmed'), depth: 0 },
      ...other.points.slice(1),
    ];
    assert.notDeepEqual(Buffer.from(await renderCopyPdf(other)), Buffer.from(first));
  });
});

describe('a copy as PDF, made off the request thread', () => {
  test('gives the same bytes as in-process rendering', async () => {
    const copy = longCopy();
    const [inProcess, offThread] = await Promise.all([renderCopyPdf(copy), renderCopyPdfOffThread(copy)]);
    assert.deepEqual(Buffer.from(offThread), Buffer.from(inProcess));
  });
});
