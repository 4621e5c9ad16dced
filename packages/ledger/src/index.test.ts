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
