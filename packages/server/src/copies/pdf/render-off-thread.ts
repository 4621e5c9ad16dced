import { Worker } from 'node:worker_threads';
import type { CopyPdf } from './render-copy-pdf.ts';

// Shaping a 28-point copy in four scripts takes about half a second of CPU (measured: render-copy-pdf.test.ts),
// too long for the thread that answers requests. One worker thread renders, started on first use and kept;
// pdfkit and the fonts load there only. From the CLI's bundle, the module URL below still names the TypeScript
// source (the bundle rewrites import.meta.url to the source's location), so the worker registers tsx when it
// is handed a .ts file.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  if (workerData.module.endsWith('.ts')) (await import(workerData.tsx)).register();
  const { renderCopyPdf } = await import(workerData.module);
  parentPort.on('message', ({ id, copy }) => {
    renderCopyPdf(copy).then(
      (pdf) => parentPort.postMessage({ id, pdf }, [pdf.buffer]),
      (error) => parentPort.postMessage({ id, error: String(error && error.message) }),
    );
  });
  parentPort.postMessage({ ready: true });
})();
`;

type Answer = { ready: true } | { id: number; pdf: Uint8Array } | { id: number; error: string };

let worker: Worker | undefined;
let ready: Promise<void> | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void }>();

function start(): Promise<void> {
  if (ready) return ready;
  const thread = new Worker(WORKER, {
    eval: true,
    workerData: {
      module: new URL('./render-copy-pdf.ts', import.meta.url).href,
      tsx: import.meta.resolve('tsx/esm/api'),
    },
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  worker = thread;
  ready = new Promise((resolve, reject) => {
    thread.on('message', (answer: Answer) => {
      if ('ready' in answer) return resolve();
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      holdOpen();
      if ('pdf' in answer) waiting?.resolve(answer.pdf);
      else waiting?.reject(new Error(`the PDF could not be made: ${answer.error}`));
    });
    const fail = (error: Error) => {
      reject(error);
      stop(error);
    };
    thread.on('error', fail);
    thread.on('exit', () => fail(new Error('the PDF renderer stopped')));
  });
  return ready;
}

function stop(error: Error): void {
  const thread = worker;
  worker = undefined;
  ready = undefined;
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
  void thread?.terminate();
}

/** renderCopyPdf on a worker thread: the same bytes, without holding up requests. */
export async function renderCopyPdfOffThread(copy: CopyPdf, timeoutMs = 30_000): Promise<Uint8Array> {
  const id = nextId++;
  pending.set(id, { resolve: () => {}, reject: () => {} }); // held open while starting
  try {
    await start();
  } finally {
    pending.delete(id);
  }
  const thread = worker;
  if (!thread) throw new Error('the PDF renderer stopped');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => stop(new Error(`the PDF took longer than ${timeoutMs / 1000} s to make`)),
      timeoutMs,
    );
    pending.set(id, {
      resolve: (pdf) => {
        clearTimeout(timer);
        resolve(pdf);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    thread.postMessage({ id, copy });
    holdOpen();
  });
}

/** An idle renderer does not keep the process alive; one with work does. */
function holdOpen(): void {
  if (pending.size > 0) worker?.ref();
  else worker?.unref();
}
