import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { logicalText, type PlacedText } from './logical-text.ts';

export interface ReadLimits {
  bytes: number;
  pages: number;
  characters: number;
  milliseconds: number;
}

export const READ_LIMITS: Readonly<ReadLimits> = {
  bytes: 10 * 1024 * 1024,
  pages: 200,
  characters: 500_000,
  milliseconds: 10_000,
};

export type PdfRefusal =
  | 'too-large'
  | 'not-pdf'
  | 'encrypted'
  | 'too-many-pages'
  | 'unreadable'
  | 'too-slow'
  | 'no-text';

/** Why an uploaded PDF's text could not be read, in words for the person who uploaded it. */
export class PdfTextError extends Error {
  constructor(
    readonly reason: PdfRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'PdfTextError';
  }
}

type WorkerAnswer =
  | { pages: PlacedText[][] }
  | { tooManyPages: number }
  | { failed: string; message: string }
  | { tooMuchText: true };

// Plain JavaScript, so it runs the same from the sources and from the CLI's bundle. pdf.js parses hostile input:
// it runs in a thread of its own with a memory cap, ended when it takes too long.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const pdfjs = await import(workerData.pdfjs);
  const task = pdfjs.getDocument({ data: workerData.bytes, disableFontFace: true, isEvalSupported: false,
    useSystemFonts: false, stopAtErrors: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    if (doc.numPages > workerData.limits.pages) return parentPort.postMessage({ tooManyPages: doc.numPages });
    const pages = [];
    let characters = 0;
    for (let number = 1; number <= doc.numPages; number++) {
      const content = await (await doc.getPage(number)).getTextContent({ includeMarkedContent: true });
      const marks = [];
      const items = content.items.filter((item) => {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') marks.push(item.tag === 'Artifact');
        else if (item.type === 'endMarkedContent') marks.pop();
        return typeof item.str === 'string' && !marks.includes(true);
      }).map((item) =>
        ({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.abs(item.height) }));
      characters += items.reduce((sum, item) => sum + item.str.length, 0);
      if (characters > workerData.limits.characters) return parentPort.postMessage({ tooMuchText: true });
      pages.push(items);
    }
    parentPort.postMessage({ pages });
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.name), message: String(error && error.message) });
  } finally {
    await task.destroy();
  }
})();
`;

const POINT_START = /^(?:\d+(?:\.[\p{L}\d]+)*\.\s|\(\d+\)\s)/u;

const pdfjsUrl = () =>
  pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;

/**
 * The text of an uploaded PDF in logical order (one paragraph a line), for the authenticity check. Headers and
 * footers marked as artifacts are left out, and so is a line repeated on every page but the last.
 * Refuses, with a PdfTextError, anything that is not a readable, unencrypted PDF within READ_LIMITS.
 */
export async function readPdfText(
  bytes: Uint8Array,
  limits: Readonly<ReadLimits> = READ_LIMITS,
): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.byteLength > limits.bytes)
    throw new PdfTextError('too-large', `the PDF is larger than ${limits.bytes / 1024 / 1024} MB`);
  if (buffer.indexOf('%PDF-') !== 0 && !buffer.subarray(0, 1024).includes('%PDF-'))
    throw new PdfTextError('not-pdf', 'the file is not a PDF (it does not start with %PDF-)');
  if (buffer.includes('/Encrypt'))
    throw new PdfTextError(
      'encrypted',
      'the PDF is encrypted; upload a copy saved without a password or protection',
    );
  const answer = await inWorker(new Uint8Array(buffer), limits);
  if ('tooManyPages' in answer)
    throw new PdfTextError(
      'too-many-pages',
      `the PDF has ${answer.tooManyPages} pages; at most ${limits.pages} are read`,
    );
  if ('tooMuchText' in answer)
    throw new PdfTextError('too-large', `the PDF holds more than ${limits.characters} characters of text`);
  if ('failed' in answer) {
    if (answer.failed === 'PasswordException')
      throw new PdfTextError('encrypted', 'the PDF is protected by a password; upload an unprotected copy');
    throw new PdfTextError('unreadable', `the PDF could not be read (${answer.message.slice(0, 200)})`);
  }
  const pages = withoutRunningLines(answer.pages.map(logicalText)).filter((page) => page !== '');
  if (pages.length === 0)
    throw new PdfTextError('no-text', 'the PDF holds no text (a scan?); paste the text instead');
  // a point running over a page break goes on where it stopped
  return pages.reduce((text, page) => `${text}${POINT_START.test(page) ? '\n' : ' '}${page}`);
}

function inWorker(bytes: Uint8Array, limits: Readonly<ReadLimits>): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { bytes, limits, pdfjs: pdfjsUrl() },
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(
        new PdfTextError('too-slow', `reading the PDF took longer than ${limits.milliseconds / 1000} s`),
      );
    }, limits.milliseconds);
    worker.once('message', (answer: WorkerAnswer) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(new PdfTextError('unreadable', `the PDF could not be read (${error.message.slice(0, 200)})`));
    });
    worker.once('exit', () => {
      clearTimeout(timer);
      reject(new PdfTextError('unreadable', 'the PDF could not be read'));
    });
  });
}

/** A footer repeated on every page is kept once, on the last page, where a text copy has it. */
function withoutRunningLines(pages: string[]): string[] {
  if (pages.length < 2) return pages;
  const lines = pages.map((page) => page.split('\n'));
  const running = new Set((lines[0] ?? []).filter((line) => lines.every((page) => page.includes(line))));
  return lines.map((page, index) =>
    (index === lines.length - 1 ? page : page.filter((line) => !running.has(line))).join('\n'),
  );
}
