import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readJson, vectorSources } from '../test/vectors.ts';
import { concatBytes, toBase64 } from './encoding.ts';
import { LedgerError, type LedgerErrorCode } from './errors.ts';
import { generateNoteKey, keyId, parseSignerKey, parseVerifierKey } from './note-key.ts';
import { openNote, signNote } from './signed-note.ts';

const code = (c: LedgerErrorCode) => (e: unknown) => e instanceof LedgerError && e.code === c;

type NoteVectors = {
  go_sumdb_note: {
    vkey: string;
    skey: string;
    text: string;
    signed: string;
    second_vkey_unknown_to_verifier: string;
    second_sig_line: string;
    bad_vkeys: string[];
  };
  c2sp_signed_note_example: { vkey: string; signed: string };
  c2sp_cosigned_checkpoint_example_format_only: string;
};

for (const source of vectorSources) {
  describe(`signed-note vectors (${source.name})`, () => {
    const dir = source.dir;
    if (dir === undefined) {
      test('vectors', (t) => t.skip('shared data absent'));
      return;
    }
    const v = readJson<NoteVectors>(dir, 'signed-note/signed-note-vectors.json');
    const go = v.go_sumdb_note;

    test('Go keys parse; signer and verifier agree; key ID is SHA-256(name ‖ \\n ‖ 0x01 ‖ key)[:4]', () => {
      const vk = parseVerifierKey(go.vkey);
      const sk = parseSignerKey(go.skey);
      assert.equal(vk.name, 'PeterNeumann');
      assert.equal(vk.keyId, 0xc74f20a3);
      assert.deepEqual(sk.publicKey, vk.publicKey);
      assert.equal(keyId(vk.name, vk.publicKey), 0xc74f20a3);
    });

    test('signing reproduces the Go output byte for byte, and it opens', () => {
      assert.equal(signNote(go.text, go.skey), go.signed);
      assert.deepEqual(openNote(go.signed, [go.vkey]), {
        text: go.text,
        signatures: [{ name: 'PeterNeumann', keyId: 0xc74f20a3, verified: true }],
      });
    });

    test('a signature by an unknown key is listed but not verified; alone it is not enough', () => {
      const both = go.signed + go.second_sig_line;
      const opened = openNote(both, [go.vkey]);
      assert.deepEqual(
        opened.signatures.map((s) => [s.name, s.verified]),
        [
          ['PeterNeumann', true],
          ['EnochRoot', false],
        ],
      );
      const enoch = openNote(both, [go.second_vkey_unknown_to_verifier]);
      assert.deepEqual(
        enoch.signatures.map((s) => [s.name, s.verified]),
        [
          ['PeterNeumann', false],
          ['EnochRoot', true],
        ],
      );
      assert.throws(() => openNote(go.signed, [go.second_vkey_unknown_to_verifier]), code('UNKNOWN_KEY'));
      assert.throws(() => openNote(go.signed, []), code('UNKNOWN_KEY'));
    });

    test('malformed verifier keys are refused', () => {
      for (const bad of go.bad_vkeys) assert.throws(() => parseVerifierKey(bad), code('KEY_INVALID'), bad);
    });

    test('C2SP signed-note example opens', () => {
      const opened = openNote(v.c2sp_signed_note_example.signed, [v.c2sp_signed_note_example.vkey]);
      assert.equal(opened.text, 'This is an example message.\n');
    });

    test('C2SP cosigned checkpoint example parses (no key published: unknown, not malformed)', () => {
      const other = generateNoteKey('example.com/behind-the-sofa').verifierKey;
      assert.throws(
        () => openNote(v.c2sp_cosigned_checkpoint_example_format_only, [other]),
        code('UNKNOWN_KEY'),
      );
    });

    test('tampering with text or signature is detected for the known key', () => {
      assert.throws(
        () => openNote(go.signed.replace('cryptography', 'Cryptography'), [go.vkey]),
        code('SIGNATURE_INVALID'),
      );
      const sigStart = go.signed.indexOf('x08go');
      const flippedSig = `${go.signed.slice(0, sigStart + 10)}A${go.signed.slice(sigStart + 11)}`;
      assert.notEqual(flippedSig, go.signed);
      assert.throws(() => openNote(flippedSig, [go.vkey]), code('SIGNATURE_INVALID'));
    });

    test('strict format', () => {
      const mutations: [string, string][] = [
        ['no trailing newline', go.signed.slice(0, -1)],
        ['no blank line', go.signed.replace('\n\n', '\n')],
        ['hyphen instead of U+2014', go.signed.replace('\u2014', '-')],
        ['en dash instead of U+2014', go.signed.replace('\u2014', '\u2013')],
        ['tab in text', go.signed.replace(' think', '\tthink')],
        ['carriage return', go.signed.replace('\n\n', '\r\n\n')],
        ['empty signature line', `${go.signed}\n`],
        ['signature without name', go.signed.replace('PeterNeumann ', '')],
        ['signature not base64', go.signed.replace('x08go', 'x08g!')],
        ['signature too short', go.signed.replace(/PeterNeumann .*\n$/, 'PeterNeumann AAAA\n')],
        ['too many signatures', go.signed + go.second_sig_line.repeat(100)],
        ['lone surrogate', go.signed.replace('If', '\ud800f')],
      ];
      for (const [name, note] of mutations) {
        assert.throws(() => openNote(note, [go.vkey]), code('NOTE_MALFORMED'), name);
      }
    });
  });
}

test('generated keys sign and open; a second signature by the same key is counted once', () => {
  const { signerKey, verifierKey } = generateNoteKey('concord.local/log');
  assert.match(signerKey, /^PRIVATE\+KEY\+concord\.local\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
  assert.match(verifierKey, /^concord\.local\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
  const note = signNote('hello\nworld\n', signerKey);
  const lastLine = note.slice(note.indexOf('\u2014'));
  const opened = openNote(note + lastLine, [verifierKey]);
  assert.equal(opened.signatures.length, 1);
  assert.equal(opened.text, 'hello\nworld\n');
});

test('signNote refuses bad text and bad keys', () => {
  const { signerKey, verifierKey } = generateNoteKey('k');
  for (const text of ['', 'no newline', 'blank\n\nline\n', 'bell\u0007\n']) {
    assert.throws(() => signNote(text, signerKey), code('NOTE_MALFORMED'), JSON.stringify(text));
  }
  assert.throws(() => signNote('x\n', verifierKey), code('KEY_INVALID'));
  assert.throws(() => openNote('x\n\n\u2014 k AAAAAAAA\n', ['not a key']), code('KEY_INVALID'));
  for (const name of ['', 'a+b', 'a b', 'a\nb'])
    assert.throws(() => generateNoteKey(name), code('KEY_INVALID'));
  // A key ID that does not match the name and key.
  const [n, , k] = verifierKey.split('+');
  assert.throws(() => parseVerifierKey(`${n}+00000000+${k}`), code('KEY_INVALID'));
});

test('small-order public keys are refused as verifier keys', () => {
  // Identity point (0x01 followed by zeros) with a matching key ID is still refused.
  const identity = new Uint8Array(32);
  identity[0] = 1;
  const b64 = toBase64(concatBytes(new Uint8Array([1]), identity));
  const id = keyId('evil', identity).toString(16).padStart(8, '0');
  assert.throws(() => parseVerifierKey(`evil+${id}+${b64}`), code('KEY_INVALID'));
});
