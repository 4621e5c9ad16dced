// Public vectors through the subpath the browser and `concord verify` load (@concord/ledger/verify), beside the
// Merkle probes in ../verify.vectors.test.ts: signed notes (Go sumdb/note, C2SP), Ed25519 keys (C2SP CCTV: a
// small-order key is refused as a log key), and the C2SP witness worked example (a checkpoint signed by the log,
// cosigned by a witness, grown from size 1 to 3 by a consistency proof). The project's copies in testdata/ run
// always; the full shared set when present (the witness example exists only there; its project counterpart is
// cosignature.test.ts).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readJson, vectorSources } from '../../test/vectors.ts';
import { concatBytes, fromHex, toBase64 } from '../encoding.ts';
import { hex8, keyId } from '../verifier-key.ts';
import * as verify from './index.ts';

const coded = (code: verify.VerificationErrorCode) => (e: unknown) =>
  e instanceof verify.VerificationError && e.code === code;

type NoteVectors = {
  go_sumdb_note: { vkey: string; text: string; signed: string; bad_vkeys: string[] };
  c2sp_signed_note_example: { vkey: string; signed: string };
};
type Cctv = { number: number; key: string; flags: string[] | null }[];

/** A log verifier key for any 32 bytes, small-order ones included (formatVerifierKey would refuse to write it). */
const rawVerifierKey = (name: string, key: Uint8Array) =>
  `${name}+${hex8(keyId(name, key))}+${toBase64(concatBytes(new Uint8Array([1]), key))}`;

for (const source of vectorSources) {
  describe(`vectors through @concord/ledger/verify (${source.name})`, () => {
    const dir = source.dir;
    if (dir === undefined) {
      test('vectors', (t) => t.skip('shared data absent'));
      return;
    }

    test('signed notes open with their keys; malformed keys are KEY_INVALID', () => {
      const v = readJson<NoteVectors>(dir, 'signed-note/signed-note-vectors.json');
      const go = v.go_sumdb_note;
      assert.equal(verify.openNote(go.signed, [go.vkey]).text, go.text);
      const c2sp = v.c2sp_signed_note_example;
      assert.equal(verify.openNote(c2sp.signed, [c2sp.vkey]).signatures[0]?.verified, true);
      for (const bad of go.bad_vkeys)
        assert.throws(() => verify.readVerifierKey(bad), coded('KEY_INVALID'), bad);
    });

    test('CCTV Ed25519 keys: every low-order public key is refused as a log key, no other', () => {
      const vectors = readJson<Cctv>(dir, 'cctv-ed25519/ed25519vectors.json');
      let refused = 0;
      for (const v of vectors) {
        const flags = v.flags ?? [];
        if (flags.includes('non_canonical_A')) continue; // a non-canonical encoding, not a key we could be given
        const key = rawVerifierKey('cctv', fromHex(v.key));
        const lowOrder = flags.includes('low_order_A');
        if (lowOrder) {
          refused++;
          assert.throws(() => verify.readVerifierKey(key), coded('KEY_INVALID'), `vector ${v.number}`);
        } else assert.equal(verify.readVerifierKey(key).name, 'cctv', `vector ${v.number}`);
      }
      assert.ok(refused > 0);
    });

    const example = join(dir, 'c2sp-witness/worked-example.out.txt');
    // Only the shared set holds it (the project's counterpart is cosignature.test.ts): no test, not a skipped one.
    if (!existsSync(example)) return;
    test('C2SP witness worked example: signed, cosigned at 1764720000, and grown 1 → 3', () => {
      const text = readFileSync(example, 'utf8');
      const field = (label: string) => text.match(new RegExp(`^${label}\\s*: (\\S+)$`, 'm'))?.[1] ?? '';
      const [logKey, witnessKey] = [field('log vkey'), field('witness vkey')];
      // Each request: "old N", proof lines, a blank line, the checkpoint body, a blank line, the log's line; then
      // the witness's answer line.
      const requests = [
        ...text.matchAll(/^old (\d+)\n((?:\S+\n)*)\n((?:.+\n){3})\n(— .+)\n--- response 200\n(— .+)$/gm),
      ];
      assert.equal(requests.length, 2);
      const heads = requests.map((m) => {
        const note = `${m[3]}\n${m[4]}\n${m[5]}\n`;
        const signed = verify.verifySignedCheckpoint(note, logKey);
        const [cosigned] = verify.verifyCosignatures(note, [witnessKey]);
        assert.equal(cosigned?.timestamp, 1764720000);
        return { signed, proof: (m[2] ?? '').split('\n').filter(Boolean) };
      });
      const [first, second] = heads as [(typeof heads)[0], (typeof heads)[0]];
      assert.deepEqual([first.signed.size, second.signed.size], [1, 3]);
      verify.verifyLogGrowth(first.signed, second.signed, second.proof);
      assert.throws(() => verify.verifyLogGrowth(second.signed, first.signed, []), coded('LOG_SHRANK'));
      const wrong = [...second.proof].reverse();
      assert.throws(
        () => verify.verifyLogGrowth(first.signed, second.signed, wrong),
        coded('CONSISTENCY_PROOF_INVALID'),
      );
    });
  });
}
