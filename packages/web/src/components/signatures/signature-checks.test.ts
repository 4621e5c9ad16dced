import assert from 'node:assert/strict';
import { test } from 'node:test';
import { versionHash, versionSignatureMessage } from '@concord/core/signatures';
import { ed25519PublicKey, ed25519Sign, toBase64 } from '@concord/ledger';
import { checkSignatures } from './signature-checks.ts';

const versionId = '0192f000-0000-7000-8000-000000000001';
const points = [
  {
    id: '0192f000-0000-7000-8000-0000000000b1',
    parentPointId: null,
    ordinal: 0,
    number: '1',
    text: { en: 'A ceasefire holds.' },
  },
];
const seed = new Uint8Array(32).fill(3);
const hash = versionHash(versionId, points);
const item = {
  id: '0192f000-0000-7000-8000-000000000011',
  versionId,
  partyId: '0192f000-0000-7000-8000-000000000002',
  partyName: 'Ukraine',
  accountId: '0192f000-0000-7000-8000-000000000003',
  keyId: '0192f000-0000-7000-8000-000000000004',
  publicKey: toBase64(ed25519PublicKey(seed)),
  fingerprint: 'ab',
  versionHash: hash,
  signature: toBase64(ed25519Sign(seed, versionSignatureMessage(hash))),
  signedAt: '2026-12-07T12:00:00.000Z',
  logIndex: 3,
};
const answer = {
  format: 'concord.version-signatures/v1' as const,
  versionId,
  versionHash: hash,
  items: [item],
};

test('a signature verifies over the text on the screen, and not once that text differs', () => {
  const ok = checkSignatures(answer, points);
  assert.equal(ok.hashMatches, true);
  assert.deepEqual(
    ok.checks.map((c) => c.verified),
    [true],
  );
  const shown = [{ ...points[0], text: { en: 'A ceasefire holds, mostly.' } }] as typeof points;
  const changed = checkSignatures(answer, shown);
  assert.equal(changed.hashMatches, false);
  assert.deepEqual(
    changed.checks.map((c) => c.verified),
    [false],
  );
  const forged = {
    ...answer,
    items: [{ ...item, publicKey: toBase64(ed25519PublicKey(new Uint8Array(32).fill(4))) }],
  };
  assert.deepEqual(
    checkSignatures(forged, points).checks.map((c) => c.verified),
    [false],
  );
});
