// Cosigning (C2SP tlog-cosignature/v1) checked by the verifier that readers use (verify/cosignature.ts, itself
// tested on the C2SP worked example): what a witness signs here, any reader accepts, and nothing else.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cosignCheckpoint, cosignerVerifierKey, generateCosignerKey, parseCosignerSigner } from './cosign.ts';
import { concatBytes, fromBase64, toBase64 } from './encoding.ts';
import { LedgerError } from './errors.ts';
import { generateNoteKey } from './note-key.ts';
import { signNote } from './signed-note.ts';
import { verifyCosignatures } from './verify/cosignature.ts';
import { VerificationError } from './verify/error.ts';

const BODY = 'concord.local/log\n3\nVul3Wp6mdiRJ05q9QUaus9vapZ65FbjtQyU6xj/5DBg=\n';
const log = generateNoteKey('concord.local/log');
const witness = generateCosignerKey('witness.example/ukraine');
const note = (line: string) => `${signNote(BODY, log.signerKey)}${line}\n`;
const code = (c: string) => (e: unknown) => (e as { code?: string }).code === c;

describe('cosignCheckpoint', () => {
  test('a cosignature verifies with the witness vkey, with the time it was made', () => {
    const line = cosignCheckpoint(BODY, witness.signerKey, 1764720000);
    assert.match(line, /^— witness\.example\/ukraine [A-Za-z0-9+/]+=*$/);
    assert.deepEqual(verifyCosignatures(note(line), [witness.verifierKey]), [
      { name: 'witness.example/ukraine', timestamp: 1764720000 },
    ]);
    assert.equal(cosignerVerifierKey(witness.signerKey), witness.verifierKey);
    // Ed25519 is deterministic: the same body and time give the same line.
    assert.equal(cosignCheckpoint(BODY, witness.signerKey, 1764720000), line);
  });

  test('the line covers the body and the time: another body, another key or a moved time fails', () => {
    const line = cosignCheckpoint(BODY, witness.signerKey, 1764720000);
    const other = note(line).replace('\n3\n', '\n4\n');
    assert.throws(() => verifyCosignatures(other, [witness.verifierKey]), code('COSIGNATURE_INVALID'));
    const blob = fromBase64(line.split(' ')[2] ?? '');
    const moved = new Uint8Array(blob);
    moved[11] = (moved[11] ?? 0) ^ 1;
    const movedLine = `— witness.example/ukraine ${toBase64(moved)}`;
    assert.throws(() => verifyCosignatures(note(movedLine), [witness.verifierKey]), VerificationError);
    const stranger = generateCosignerKey('witness.example/ukraine');
    assert.deepEqual(verifyCosignatures(note(line), [stranger.verifierKey]), []);
  });

  test('refuses a malformed body, time or key', () => {
    assert.throws(() => cosignCheckpoint('no newline', witness.signerKey, 1), code('NOTE_MALFORMED'));
    assert.throws(() => cosignCheckpoint(`${BODY}\n`, witness.signerKey, 1), code('NOTE_MALFORMED'));
    assert.throws(() => cosignCheckpoint(BODY, witness.signerKey, -1), code('BAD_INPUT'));
    assert.throws(() => cosignCheckpoint(BODY, witness.signerKey, 1.5), code('BAD_INPUT'));
    assert.throws(() => cosignCheckpoint(BODY, log.signerKey, 1), code('KEY_INVALID'));
    const [prefix, , , name, id, b64] = witness.signerKey.split('+');
    const badId = `${prefix}+KEY+${name}+${id === '00000000' ? '00000001' : '00000000'}+${b64}`;
    assert.throws(() => parseCosignerSigner(badId), LedgerError);
    assert.throws(() => generateCosignerKey('has space'), code('KEY_INVALID'));
    const short = `PRIVATE+KEY+${name}+${id}+${toBase64(concatBytes(new Uint8Array([4]), new Uint8Array(31)))}`;
    assert.throws(() => parseCosignerSigner(short), code('KEY_INVALID'));
  });
});
