// @concord/ledger/verify is what the browser loads to check the log: its import graph must hold no signing code
// (no signer keys, no note signing, no Ed25519 signing), so a verifier stays small and auditable and a bundle
// built from it cannot sign. Follows every relative import from the subpath's entry, as core's
// import-direction.test.ts follows package imports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as root from '../index.ts';
import * as verify from './index.ts';

const srcDir = fileURLToPath(new URL('../', import.meta.url));
const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
// The modules that sign, and the names of signing functions no module in the graph may define or re-export.
const SIGNING_FILES = ['ed25519.ts', 'note-key.ts', 'signed-note.ts', 'cosign.ts'];
const SIGNING_NAMES =
  /\b(ed25519Sign|signNote|parseSignerKey|generateNoteKey|cosignCheckpoint|generateCosignerKey|ed\.sign|getPublicKey)\b/;
const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

function graph(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const imports = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? '');
  seen.set(file, imports);
  for (const spec of imports) if (spec.startsWith('.')) graph(join(dirname(file), spec), seen);
  return seen;
}

test('the verify subpath imports no signing module and no signing function', () => {
  const files = graph(entry);
  const names = [...files.keys()].map((f) => relative(srcDir, f));
  assert.deepEqual(
    names.filter((n) => SIGNING_FILES.includes(n)),
    [],
    `graph: ${names.join(', ')}`,
  );
  for (const file of files.keys()) {
    const code = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    assert.doesNotMatch(code, SIGNING_NAMES, relative(srcDir, file));
  }
  const packages = [...new Set([...files.values()].flat().filter((s) => !s.startsWith('.')))].sort();
  assert.deepEqual(packages, ['@noble/ed25519', '@noble/hashes/sha2.js']);
});

test('the graph check would see signing code (it follows imports to the signing modules)', () => {
  const files = [...graph(fileURLToPath(new URL('../index.ts', import.meta.url))).keys()];
  for (const f of SIGNING_FILES)
    assert.ok(
      files.some((x) => relative(srcDir, x) === f),
      f,
    );
});

test('the subpath exports no signing function, and its verifiers are the root entry’s own', () => {
  for (const name of ['signNote', 'ed25519Sign', 'generateNoteKey', 'parseSignerKey'])
    assert.equal(name in verify, false, name);
  assert.equal(verify.verifyEntryBundle, root.verifyEntryBundle);
  assert.equal(verify.openNote, root.openNote);
  assert.equal(verify.VerificationError, root.VerificationError);
});
