import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kindOfFile, readUpload, toBase64 } from './read-upload.ts';

const file = (name: string, type: string, content: Uint8Array) => ({
  name,
  type,
  size: content.length,
  arrayBuffer: async () => content.slice().buffer,
});

test('a PDF goes as base64, text and Markdown as text, other files are refused in words', async () => {
  assert.equal(kindOfFile('draft.PDF', ''), 'pdf');
  assert.equal(kindOfFile('draft.md', ''), 'text');
  assert.equal(kindOfFile('draft.docx', 'application/msword'), null);
  const pdf = new Uint8Array(Buffer.from('%PDF-1.7 ……'));
  assert.deepEqual(await readUpload(file('a.pdf', 'application/pdf', pdf)), {
    body: { pdf: Buffer.from(pdf).toString('base64') },
  });
  const text = new TextEncoder().encode('1. Україна — суверенна держава.');
  assert.deepEqual(await readUpload(file('a.txt', 'text/plain', text)), {
    body: { text: '1. Україна — суверенна держава.' },
  });
  assert.match(
    ((await readUpload(file('a.docx', '', text))) as { refused: string }).refused,
    /\.txt, \.md or \.pdf/,
  );
  assert.match(
    ((await readUpload(file('a.txt', '', new Uint8Array([32, 10])))) as { refused: string }).refused,
    /no text/,
  );
});

test('a file over the size the server accepts is refused before it is sent', async () => {
  const big = new Uint8Array(800 * 1024);
  assert.match(((await readUpload(file('a.pdf', '', big))) as { refused: string }).refused, /700 KB/);
  assert.ok('body' in (await readUpload(file('a.txt', '', big.fill(65)))));
});

test('base64 of a large file matches Node’s, slice by slice', () => {
  const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
  assert.equal(toBase64(bytes), Buffer.from(bytes).toString('base64'));
});
