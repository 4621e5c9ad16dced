import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as ledger from './index.ts';

// Other packages depend on these names (LEDGER.md); removing or renaming one must fail here first.
test('public API names are exported', () => {
  const names = [
    'utf8',
    'toBase64',
    'fromBase64',
    'toHex',
    'fromHex',
    'bytesEqual',
    'concatBytes',
    'sha256',
    'hashLeaf',
    'hashChildren',
    'emptyRoot',
    'canonicalJson',
    'eventLeafData',
    'eventLeafHash',
    'newSalt',
    'CompactRange',
    'inclusionPlan',
    'consistencyPlan',
    'MemoryTree',
    'referenceRoot',
    'referenceInclusion',
    'referenceConsistency',
    'rootFromInclusionProof',
    'verifyInclusion',
    'verifyConsistency',
    'LedgerError',
    'ed25519Verify',
    'ed25519Sign',
    'ed25519PublicKey',
    'isSmallOrderKey',
    'generateNoteKey',
    'keyId',
    'parseVerifierKey',
    'parseSignerKey',
    'signNote',
    'openNote',
    'formatCheckpoint',
    'parseCheckpoint',
    'verifyCheckpoint',
  ];
  const exported = ledger as unknown as Record<string, unknown>;
  for (const name of names) assert.equal(typeof exported[name], 'function', name);
});

// The package must run in the browser: no Node built-ins, Buffer or process in non-test sources.
test('sources use no Node-only APIs', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const dir = new URL('./', import.meta.url);
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  assert.ok(sources.length > 10);
  for (const file of sources) {
    const code = readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n');
    assert.doesNotMatch(code, /from ['"]node:|require\(|\bBuffer\b|\bprocess\./, file);
  }
});
