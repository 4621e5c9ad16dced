// tlog-cosignature/v1 against the worked example in shared/data/ledger-vectors/c2sp-witness/worked-example.out.txt
// (a log key, a witness key, and a checkpoint of size 3 signed by both; the Ed25519 signature was checked there
// with @noble/ed25519 and python-cryptography).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { verifySignedCheckpoint } from './checkpoint.ts';
import { readCosignerKey, verifyCosignatures } from './cosignature.ts';
import { VerificationError } from './error.ts';

const LOG = 'concord.example/log/incidents+870386cd+ASIZGPCMk/XLR8ZyhXTguFQ9XWTC0kzmx2msjhAQihs8';
const WITNESS = 'witness.concord.example/w1+31c0a01b+BOl8rq5eke7vmYKfOsDyKIZ7n8PhnvWS6BvQF7e5W/ox';
const BODY = 'concord.example/log/incidents\n3\nVul3Wp6mdiRJ05q9QUaus9vapZ65FbjtQyU6xj/5DBg=\n';
const LOG_SIG =
  '— concord.example/log/incidents hwOGzf2uRnClxwz2eCmqQ2M+78gg4EzAYWXb38Quc6Sgd5SMCbUHkTrvjxAG/UZ6abidW/tbuN5ES7WWO1XxBcRxYAg=';
const COSIG =
  '— witness.concord.example/w1 McCgGwAAAABpL32ABXmcWUQOET2TP9HCYRjarXWrrNYkkiEczDfjCoS1hpaZa3RezobpsH7Oc6e5ZIE1bVgFsFHo03nL5hm6bSyRDw==';
const NOTE = `${BODY}\n${LOG_SIG}\n${COSIG}\n`;

const code = (c: string) => (e: unknown) => e instanceof VerificationError && e.code === c;

describe('tlog-cosignature/v1 (C2SP worked example)', () => {
  test('the log signed the checkpoint and the witness cosigned it at 1764720000', () => {
    assert.equal(verifySignedCheckpoint(NOTE, LOG).size, 3);
    assert.deepEqual(verifyCosignatures(NOTE, [WITNESS]), [
      { name: 'witness.concord.example/w1', timestamp: 1764720000 },
    ]);
  });

  test('the witness key ID is SHA-256(name ‖ \\n ‖ 0x04 ‖ key)[:4]; a wrong id, type or name is refused', () => {
    assert.deepEqual([...readCosignerKey(WITNESS).keyId], [0x31, 0xc0, 0xa0, 0x1b]);
    for (const bad of [
      WITNESS.replace('31c0a01b', '31c0a01c'),
      LOG, // an 0x01 note key is not a cosigner key
      WITNESS.replace('witness.concord.example/w1', 'witness.concord.example/w2'),
      'not a key',
    ])
      assert.throws(() => readCosignerKey(bad), code('KEY_INVALID'), bad);
  });

  test('a changed root, size, or timestamp fails the cosignature', () => {
    const otherRoot = NOTE.replace('Vul3', 'Wul3');
    assert.throws(() => verifyCosignatures(otherRoot, [WITNESS]), code('COSIGNATURE_INVALID'));
    assert.throws(
      () => verifyCosignatures(NOTE.replace('\n3\n', '\n4\n'), [WITNESS]),
      code('COSIGNATURE_INVALID'),
    );
    // Timestamp bytes 4..12 of the blob: "AAAABpL32A" → one second later.
    const later = NOTE.replace('McCgGwAAAABpL32A', 'McCgGwAAAABpL32B');
    assert.throws(() => verifyCosignatures(later, [WITNESS]), code('COSIGNATURE_INVALID'));
  });

  test('a witness with no line is absent, not a failure; a note without signatures is malformed', () => {
    assert.deepEqual(verifyCosignatures(`${BODY}\n${LOG_SIG}\n`, [WITNESS]), []);
    assert.throws(() => verifyCosignatures('no signatures', [WITNESS]), code('CHECKPOINT_MALFORMED'));
  });
});
