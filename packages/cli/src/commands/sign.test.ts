// `concord key generate`, `concord sign` and `concord verify --signatures`, run as the built binary with no
// server: the private key is written 0600 and never printed; a signature over a version hash verifies in an
// exported signatures file, and a changed hash, signature or key fails with one line and a non-zero exit.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runConcord } from '../test-support.ts';

const HASH = 'c'.repeat(64);

describe('concord key, sign and verify --signatures', () => {
  let dir: string;
  let publicKey: string;
  let signature: string;
  const keyFile = () => join(dir, 'me.key');
  const signaturesFile = (over: Partial<Record<string, string>> = {}, hash = HASH) => {
    const path = join(dir, `sigs-${Math.random()}.json`);
    const item = {
      id: '0192f000-0000-7000-8000-000000000011',
      versionId: '0192f000-0000-7000-8000-000000000001',
      partyId: '0192f000-0000-7000-8000-000000000002',
      partyName: 'Ukraine',
      accountId: '0192f000-0000-7000-8000-000000000003',
      keyId: '0192f000-0000-7000-8000-000000000004',
      publicKey,
      fingerprint: '',
      versionHash: hash,
      signature,
      signedAt: '2026-12-07T12:00:00.000Z',
      logIndex: 12,
      ...over,
    };
    const file = { format: 'concord.version-signatures/v1', versionId: item.versionId, versionHash: hash };
    writeFileSync(path, JSON.stringify({ ...file, items: [item] }));
    return path;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concord-sign-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('generate writes the private key 0600, prints the public key, and never overwrites', async () => {
    const made = await runConcord(['key', 'generate', '--out', keyFile()]);
    assert.equal(made.code, 0, made.stderr);
    publicKey = made.stdout.split('\t')[0] as string;
    assert.match(publicKey, /^[A-Za-z0-9+/]{43}=$/);
    assert.equal(statSync(keyFile()).mode & 0o777, 0o600);
    const seedLine = readFileSync(keyFile(), 'utf8').split('\n')[1] as string;
    assert.ok(!made.stdout.includes(seedLine), 'the private key is not printed');
    const again = await runConcord(['key', 'generate', '--out', keyFile()]);
    assert.notEqual(again.code, 0);
    assert.equal(readFileSync(keyFile(), 'utf8').split('\n')[1], seedLine);
  });

  test('sign prints a signature that verify --signatures accepts, for the hash given', async () => {
    const signed = await runConcord(['sign', '--key', keyFile(), '--version-hash', HASH]);
    assert.equal(signed.code, 0, signed.stderr);
    signature = signed.stdout.trim();
    const ok = await runConcord(['verify', '--signatures', signaturesFile(), '--version-hash', HASH]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^verified: 1 signature\(s\) on version .* over your hash c{64}: Ukraine \(key /);
  });

  test('a changed hash, signature or key, or a hash other than yours, is not verified', async () => {
    const other = 'd'.repeat(64);
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    for (const [args, why] of [
      [['--signatures', signaturesFile({}, other)], 'does not verify'],
      [['--signatures', signaturesFile({ signature: flipped })], 'does not verify'],
      [
        ['--signatures', signaturesFile({ publicKey: 'AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' })],
        'not a usable',
      ],
      [['--signatures', signaturesFile(), '--version-hash', other], 'not d'],
    ] as const) {
      const r = await runConcord(['verify', ...args]);
      assert.notEqual(r.code, 0);
      assert.ok(r.stderr.includes(why), r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
    const bad = await runConcord(['sign', '--key', keyFile(), '--version-hash', 'xyz']);
    assert.notEqual(bad.code, 0);
  });
});
