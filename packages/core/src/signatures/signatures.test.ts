import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ed25519PublicKey, ed25519Sign, fromHex, toBase64 } from '@concord/ledger';
import { PublicKey } from '../schemas/account-key.ts';
import {
  accountKeyFingerprint,
  agreedText,
  isUsablePublicKey,
  keyValidAt,
  verifyVersionSignature,
  versionHash,
  versionSignatureMessage,
} from './index.ts';

const seed = new Uint8Array(32).fill(7);
const publicKey = toBase64(ed25519PublicKey(seed));
const versionId = '0192f000-0000-7000-8000-000000000001';
const point = (
  id: string,
  ordinal: number,
  number: string,
  text: Record<string, string>,
  parent = null as string | null,
) => ({
  id,
  parentPointId: parent,
  ordinal,
  number,
  text,
});
const points = [
  point(
    '0192f000-0000-7000-8000-0000000000b2',
    1,
    '1.a',
    { en: 'Sub', ru: 'Под' },
    '0192f000-0000-7000-8000-0000000000b1',
  ),
  point('0192f000-0000-7000-8000-0000000000b1', 0, '1', { ru: 'Один', en: 'One' }),
];

describe('version hash', () => {
  test('is SHA-256 of the canonical JSON of the points in reading order, every language, parent by number', () => {
    assert.deepEqual(agreedText(versionId, points).points, [
      { number: '1', parent: null, text: { ru: 'Один', en: 'One' } },
      { number: '1.a', parent: '1', text: { en: 'Sub', ru: 'Под' } },
    ]);
    const h = versionHash(versionId, points);
    assert.match(h, /^[0-9a-f]{64}$/);
    // Key order and array order of the input do not matter; any wording, language or version id does.
    assert.equal(versionHash(versionId, [...points].reverse()), h);
    const reworded = [points[0], { ...points[1], text: { ru: 'Один', en: 'One.' } }] as typeof points;
    assert.notEqual(versionHash(versionId, reworded), h);
    assert.notEqual(versionHash('0192f000-0000-7000-8000-000000000002', points), h);
  });

  // Computed apart: python3 -c "hashlib.sha256(b'{\"format\":…}').hexdigest()" over the JCS text.
  test('a pinned value, so the definition cannot drift silently', () => {
    assert.equal(
      versionHash(versionId, [point('0192f000-0000-7000-8000-0000000000b1', 0, '1', { en: 'One' })]),
      'aa82c7091be069bb54868907c81fe2649645b498d658608c61bc95cd4cd2deef',
    );
  });
});

describe('account keys and signatures', () => {
  test('malformed, small-order and non-canonical keys are refused', () => {
    assert.equal(isUsablePublicKey(publicKey), true);
    assert.equal(PublicKey.safeParse(publicKey).success, true);
    const identity = toBase64(fromHex(`01${'00'.repeat(31)}`));
    const nonCanonical = toBase64(fromHex(`ed${'ff'.repeat(30)}7f`)); // y = p, encoded without reduction
    for (const bad of [identity, nonCanonical, toBase64(new Uint8Array(31)), publicKey.slice(1), 'x'])
      assert.equal(PublicKey.safeParse(bad).success, false, bad);
    assert.equal(accountKeyFingerprint(publicKey).split(' ').length, 8);
  });

  test('a signature verifies for its hash and key only', () => {
    const h = versionHash(versionId, points);
    const signature = toBase64(ed25519Sign(seed, versionSignatureMessage(h)));
    assert.equal(verifyVersionSignature(publicKey, h, signature), true);
    assert.equal(
      verifyVersionSignature(publicKey, `${h.slice(0, -1)}${h.endsWith('0') ? '1' : '0'}`, signature),
      false,
    );
    const other = toBase64(ed25519PublicKey(new Uint8Array(32).fill(8)));
    assert.equal(verifyVersionSignature(other, h, signature), false);
    assert.equal(verifyVersionSignature(publicKey, h, 'AAAA'), false);
  });

  test('a key is valid from its registration until it ends, the end excluded', () => {
    const period = { validFrom: '2026-12-01T00:00:00.000Z', validUntil: '2026-12-02T00:00:00.000Z' };
    assert.equal(keyValidAt(period, '2026-11-30T23:59:59.999Z'), false);
    assert.equal(keyValidAt(period, '2026-12-01T00:00:00.000Z'), true);
    assert.equal(keyValidAt(period, '2026-12-02T00:00:00.000Z'), false);
    assert.equal(keyValidAt({ ...period, validUntil: null }, '2030-01-01T00:00:00.000Z'), true);
  });
});
