// Test-only: a small log built the way the server builds it (salted canonical events, an RFC 6962 tree, a signed
// checkpoint) with a witness's cosignature, from which offline proof bundles are made.
import { canonicalJson } from '../src/canonical-json.ts';
import { formatCheckpoint } from '../src/checkpoint.ts';
import { cosignCheckpoint, generateCosignerKey } from '../src/cosign.ts';
import { toBase64 } from '../src/encoding.ts';
import { eventLeafHash, newSalt } from '../src/event-leaf.ts';
import { MemoryTree } from '../src/memory-tree.ts';
import { generateNoteKey } from '../src/note-key.ts';
import { signNote } from '../src/signed-note.ts';
import { encodeProofBundle, type ProofBundle } from '../src/verify/proof-bundle.ts';

export const ORIGIN = 'concord.test/log';
export const WITNESS = 'witness.test/ukraine';

export function bundleLog(count: number, { witnessed = true } = {}) {
  const key = generateNoteKey(ORIGIN);
  const witness = generateCosignerKey(WITNESS);
  const tree = new MemoryTree();
  const events = Array.from({ length: count }, (_, index) => ({
    v: 1,
    id: `evt-${index}`,
    type: 'process.created',
    at: '2025-11-20T10:00:00Z',
    actor: 'demo',
    data: { id: `p-${index}`, title: `Process ${index}` },
  }));
  const salts = events.map(() => newSalt());
  const leaves = events.map((e, k) => eventLeafHash(salts[k] as Uint8Array, canonicalJson(e)));
  for (const leaf of leaves) tree.append(leaf);
  const body = formatCheckpoint({ origin: ORIGIN, size: count, rootHash: tree.root() });
  const signed = signNote(body, key.signerKey);
  const checkpoint = witnessed
    ? `${signed}${cosignCheckpoint(body, witness.signerKey, 1764720000)}\n`
    : signed;
  const bundle = (index: number, { confidential = false } = {}): ProofBundle => ({
    index,
    proof: tree.inclusionProof(index, count).map(toBase64),
    checkpoint,
    verifierKey: key.verifierKey,
    witnessKeys: witnessed ? [witness.verifierKey] : [],
    leafHash: toBase64(leaves[index] as Uint8Array),
    salt: confidential ? null : toBase64(salts[index] as Uint8Array),
    event: confidential ? null : canonicalJson(events[index]),
  });
  const encoded = (index: number, options: { confidential?: boolean } = {}) =>
    encodeProofBundle(bundle(index, options));
  return { key, witness, events, bundle, encoded };
}
