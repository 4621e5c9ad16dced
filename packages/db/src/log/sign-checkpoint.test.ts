import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  emptyRoot,
  formatCheckpoint,
  generateNoteKey,
  openNote,
  sha256,
  signNote,
  utf8,
} from '@concord/ledger';
import { signCheckpoint } from './sign-checkpoint.ts';
import type { LogSigner } from './signer.ts';

const signerFor = (origin: string): LogSigner => ({ origin, ...generateNoteKey(origin) });

test("a checkpoint signed natively is byte for byte the ledger's signed note, and verifies", () => {
  for (const origin of ['concord.local/log', 'example.org/ünïcode-log']) {
    const signer = signerFor(origin);
    for (const [size, rootHash] of [
      [0, emptyRoot()],
      [1, sha256(utf8('one'))],
      [123_456_789, sha256(utf8('many'))],
    ] as const) {
      const note = signCheckpoint(signer, size, rootHash);
      assert.equal(note, signNote(formatCheckpoint({ origin, size, rootHash }), signer.signerKey));
      const opened = openNote(note, [signer.verifierKey]);
      assert.equal(opened.signatures.filter((s) => s.verified).length, 1);
      assert.equal(opened.text.split('\n')[1], String(size));
    }
  }
});

test('each signer signs with its own key, also when several are in use', () => {
  const a = signerFor('concord.local/log');
  const b = signerFor('concord.local/log');
  const rootHash = sha256(utf8('root'));
  const noteA = signCheckpoint(a, 7, rootHash);
  const noteB = signCheckpoint(b, 7, rootHash);
  assert.notEqual(noteA, noteB);
  assert.equal(openNote(noteA, [a.verifierKey]).signatures[0]?.verified, true);
  assert.throws(() => openNote(noteA, [b.verifierKey]));
  assert.equal(signCheckpoint(a, 7, rootHash), noteA);
});

test('a signer whose key text is not a signer key is refused, as signNote refuses it', () => {
  const bad: LogSigner = { origin: 'concord.local/log', signerKey: 'PRIVATE+KEY+nope', verifierKey: '' };
  assert.throws(() => signCheckpoint(bad, 1, sha256(utf8('x'))), /invalid note key/);
});
