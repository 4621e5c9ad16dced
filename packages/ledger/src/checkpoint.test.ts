import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readJson, vectorSources } from '../test/vectors.ts';
import { formatCheckpoint, parseCheckpoint, verifyCheckpoint } from './checkpoint.ts';
import { utf8 } from './encoding.ts';
import { LedgerError, type LedgerErrorCode } from './errors.ts';
import { hashLeaf } from './hashing.ts';
import { MemoryTree } from './memory-tree.ts';
import { generateNoteKey } from './note-key.ts';
import { signNote } from './signed-note.ts';
import { verifyConsistency } from './verify.ts';

const code = (c: LedgerErrorCode) => (e: unknown) => e instanceof LedgerError && e.code === c;

for (const source of vectorSources) {
  describe(`checkpoint vectors (${source.name})`, () => {
    const dir = source.dir;
    if (dir === undefined) {
      test('vectors', (t) => t.skip('shared data absent'));
      return;
    }
    type V = {
      go_sumdb_tree_note_body: { record: string; tree_size: number; formatted: string };
      c2sp_cosigned_checkpoint_example_format_only: string;
    };
    const v = readJson<V>(dir, 'signed-note/signed-note-vectors.json');
    test('Go sumdb tree note body: format and parse', () => {
      const body = v.go_sumdb_tree_note_body;
      const checkpoint = {
        origin: 'go.sum database tree',
        size: body.tree_size,
        rootHash: hashLeaf(utf8(body.record)),
      };
      assert.equal(formatCheckpoint(checkpoint), body.formatted);
      assert.deepEqual(parseCheckpoint(body.formatted), { ...checkpoint, extensions: [] });
    });
    test('C2SP cosigned checkpoint example: the body parses', () => {
      const note = v.c2sp_cosigned_checkpoint_example_format_only;
      const parsed = parseCheckpoint(note.slice(0, note.indexOf('\n\n') + 1));
      assert.equal(parsed.origin, 'example.com/behind-the-sofa');
      assert.equal(parsed.size, 20852163);
    });
  });
}

test('a log signs checkpoints; a client verifies them and their consistency', () => {
  const { signerKey, verifierKey } = generateNoteKey('concord.local/log');
  const tree = new MemoryTree();
  const notes: string[] = [];
  for (let i = 0; i < 10; i++) {
    tree.append(hashLeaf(utf8(`event ${i}`)));
    notes.push(
      signNote(
        formatCheckpoint({ origin: 'concord.local/log', size: tree.size, rootHash: tree.root() }),
        signerKey,
      ),
    );
  }
  const old = verifyCheckpoint(notes[3] as string, verifierKey);
  const now = verifyCheckpoint(notes[9] as string, verifierKey);
  assert.equal(old.size, 4);
  assert.deepEqual(now.rootHash, tree.root());
  verifyConsistency({
    size1: old.size,
    size2: now.size,
    proof: tree.consistencyProof(old.size, now.size),
    root1: old.rootHash,
    root2: now.rootHash,
  });
});

test('extensions round-trip', () => {
  const c = { origin: 'o', size: 0, rootHash: new Uint8Array(32), extensions: ['time 1700000000', 'x'] };
  assert.deepEqual(parseCheckpoint(formatCheckpoint(c)), c);
});

test('verifyCheckpoint: wrong key, other origin, tampering', () => {
  const log = generateNoteKey('concord.local/log');
  const other = generateNoteKey('concord.local/log');
  const body = formatCheckpoint({ origin: 'concord.local/log', size: 5, rootHash: hashLeaf(utf8('r')) });
  const note = signNote(body, log.signerKey);
  assert.throws(() => verifyCheckpoint(note, other.verifierKey), code('UNKNOWN_KEY'));
  assert.throws(
    () => verifyCheckpoint(note.replace('\n5\n', '\n6\n'), log.verifierKey),
    code('SIGNATURE_INVALID'),
  );
  const foreign = signNote(
    formatCheckpoint({ origin: 'elsewhere', size: 5, rootHash: hashLeaf(utf8('r')) }),
    log.signerKey,
  );
  assert.throws(() => verifyCheckpoint(foreign, log.verifierKey), code('CHECKPOINT_MALFORMED'));
});

test('parseCheckpoint is strict', () => {
  const root = formatCheckpoint({ origin: 'o', size: 1, rootHash: new Uint8Array(32) }).split(
    '\n',
  )[2] as string;
  const bad = [
    'o\n1\n',
    `o\n1\n${root}`,
    `\n1\n${root}\n`,
    `o\n01\n${root}\n`,
    `o\n+1\n${root}\n`,
    `o\n-1\n${root}\n`,
    `o\n1.0\n${root}\n`,
    `o\n9007199254740992\n${root}\n`,
    `o\n1\n${root.slice(4)}\n`,
    `o\n1\nAAAA\n`,
    `o\n1\n${root} \n`,
    `o\n1\n${root}\n\n`,
    `o\n1\n${root}\next\n\n`,
    `o\r\n1\n${root}\n`,
  ];
  for (const text of bad)
    assert.throws(() => parseCheckpoint(text), code('CHECKPOINT_MALFORMED'), JSON.stringify(text));
  for (const args of [
    { origin: '', size: 1, rootHash: new Uint8Array(32) },
    { origin: 'a\nb', size: 1, rootHash: new Uint8Array(32) },
    { origin: 'o', size: -1, rootHash: new Uint8Array(32) },
    { origin: 'o', size: 1, rootHash: new Uint8Array(31) },
    { origin: 'o', size: 1, rootHash: new Uint8Array(32), extensions: [''] },
  ]) {
    assert.throws(() => formatCheckpoint(args), code('CHECKPOINT_MALFORMED'));
  }
});
