import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PdfTextError, READ_LIMITS, readPdfText } from './read-pdf-text.ts';
import { renderCopyPdf } from './render-copy-pdf.ts';
import { SCRIPT_SAMPLES, sampleCopy } from './samples.test-support.ts';

/** A hand-made PDF: objects in order, a cross-reference table and a trailer with `trailerExtra`. */
function handMade(objects: string[], trailerExtra = ''): Uint8Array {
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  for (const [index, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

async function refusal(bytes: Uint8Array, limits = READ_LIMITS): Promise<{ reason: string; ms: number }> {
  const started = performance.now();
  const error = await readPdfText(bytes, limits).then(
    () => assert.fail('read a PDF that should have been refused'),
    (error: unknown) => error,
  );
  assert.ok(error instanceof PdfTextError, String(error));
  assert.ok(error.message.length > 10);
  return { reason: error.reason, ms: performance.now() - started };
}

describe('reading an uploaded PDF', () => {
  test('refuses what is not a PDF, naming why, before parsing anything', async () => {
    const { reason, ms } = await refusal(new Uint8Array(Buffer.from('1. Ukraine is a sovereign state.\n')));
    assert.equal(reason, 'not-pdf');
    assert.ok(ms < 50, `${ms} ms`);
  });

  test('refuses a file over the size limit before parsing it', async () => {
    const pdf = await renderCopyPdf(sampleCopy([{ label: '1.', text: SCRIPT_SAMPLES.latin, depth: 0 }]));
    assert.equal((await refusal(pdf, { ...READ_LIMITS, bytes: 1000 })).reason, 'too-large');
  });

  test('refuses a truncated PDF as unreadable', async () => {
    const pdf = await renderCopyPdf(sampleCopy([{ label: '1.', text: SCRIPT_SAMPLES.latin, depth: 0 }]));
    const { reason, ms } = await refusal(pdf.subarray(0, Math.floor(pdf.length / 3)));
    assert.ok(['unreadable', 'no-text'].includes(reason), reason);
    assert.ok(ms < 15_000, `${ms} ms`);
  });

  test('refuses a PDF of more pages than the limit, after counting them and before reading any', async () => {
    const pages = Array.from(
      { length: 5000 },
      () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    );
    const kids = pages.map((_, index) => `${index + 3} 0 R`).join(' ');
    const pdf = handMade([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${kids}] /Count 5000 >>`,
      ...pages,
    ]);
    const { reason, ms } = await refusal(pdf);
    assert.equal(reason, 'too-many-pages');
    assert.ok(ms < 15_000, `${ms} ms`);
  });

  test('a page tree that lies about its size is counted as it is', async () => {
    const pdf = handMade([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    ]);
    const { reason, ms } = await refusal(pdf);
    assert.equal(reason, 'no-text');
    assert.ok(ms < 15_000, `${ms} ms`);
  });

  test('refuses an encrypted PDF, saying to upload an unprotected copy', async () => {
    const pdf = handMade(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [] /Count 0 >>',
        '<< /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -4 >>',
      ],
      '/Encrypt 3 0 R /ID [<01> <01>] ',
    );
    const { reason } = await refusal(pdf);
    assert.equal(reason, 'encrypted');
  });

  test('refuses a PDF with no text (a scan) and says to paste the text instead', async () => {
    const pdf = handMade([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    ]);
    assert.equal((await refusal(pdf)).reason, 'no-text');
  });

  test('refuses a PDF that holds more text than the limit', async () => {
    const pdf = await renderCopyPdf(sampleCopy([{ label: '1.', text: SCRIPT_SAMPLES.cyrillic, depth: 0 }]));
    assert.equal((await refusal(pdf, { ...READ_LIMITS, characters: 50 })).reason, 'too-large');
  });
});
