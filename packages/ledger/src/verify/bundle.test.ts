import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalJson } from '../canonical-json.ts';
import { formatCheckpoint } from '../checkpoint.ts';
import { toBase64 } from '../encoding.ts';
import { eventLeafHash, newSalt } from '../event-leaf.ts';
import { MemoryTree } from '../memory-tree.ts';
import { generateNoteKey } from '../note-key.ts';
import { signNote } from '../signed-note.ts';
import { type EntryAnswer, type EntryBundle, verifyEntryBundle as verifyEntry } from './bundle.ts';
import type { InclusionAnswer } from './tlog.ts';

type LogEntryAnswer = EntryAnswer & { eventId: string | null; type: string | null; event: unknown };
type CheckpointAnswer = { checkpoint: string; verifierKey: string };

// A small log built the way the server builds it, so the page's checks run against real hashes and signatures.
function fakeLog(count: number) {
  const origin = 'concord.local/log';
  const key = generateNoteKey(origin);
  const tree = new MemoryTree();
  const entries: LogEntryAnswer[] = [];
  for (let index = 0; index < count; index++) {
    const event = {
      v: 1,
      id: `evt-${index}`,
      type: 'process.created',
      at: '2025-11-20T10:00:00Z',
      actor: 'demo',
      data: { title: `Process ${index}` },
    };
    const salt = newSalt();
    const leafHash = eventLeafHash(salt, canonicalJson(event));
    tree.append(leafHash);
    entries.push({
      index,
      eventId: event.id,
      type: event.type,
      event,
      canonical: canonicalJson(event),
      salt: toBase64(salt),
      leafHash: toBase64(leafHash),
    });
  }
  const rootHash = tree.root();
  const checkpoint: CheckpointAnswer = {
    checkpoint: signNote(formatCheckpoint({ origin, size: count, rootHash }), key.signerKey),
    verifierKey: key.verifierKey,
  };
  const proof = (index: number): InclusionAnswer => {
    const entry = entries[index];
    assert.ok(entry);
    return {
      index,
      size: count,
      proof: tree.inclusionProof(index, count).map(toBase64),
    };
  };
  return { entries, checkpoint, proof };
}

function inputFor(index: number, log = fakeLog(7)): EntryBundle & { entry: LogEntryAnswer } {
  const entry = log.entries[index];
  assert.ok(entry);
  return {
    index,
    eventText: JSON.stringify(entry.event, null, 2),
    entry,
    checkpoint: log.checkpoint,
    proof: log.proof(index),
    verifierKey: log.checkpoint.verifierKey,
  };
}

const states = (r: ReturnType<typeof verifyEntry>) => Object.fromEntries(r.checks.map((c) => [c.id, c.ok]));

describe('verifyEntryBundle', () => {
  test('an untouched entry passes every check and says where it sits', () => {
    const r = verifyEntry(inputFor(4));
    assert.deepEqual(states(r), { event: true, leaf: true, signature: true, inclusion: true });
    assert.equal(r.ok, true);
    assert.match(r.checks[3]?.detail ?? '', /entry 4 of the log whose signed checkpoint at size 7 has root /);
  });

  test('every entry of logs of several sizes verifies', () => {
    for (const size of [1, 2, 3, 8, 13]) {
      const log = fakeLog(size);
      for (let i = 0; i < size; i++) assert.equal(verifyEntry(inputFor(i, log)).ok, true, `${i}/${size}`);
    }
  });

  test('a re-spaced event is the same event (canonical JSON)', () => {
    const input = inputFor(2);
    assert.equal(verifyEntry({ ...input, eventText: JSON.stringify(input.entry.event) }).ok, true);
  });

  test('an edited event fails the leaf and the inclusion check, not the signature', () => {
    const input = inputFor(3);
    const r = verifyEntry({ ...input, eventText: input.eventText.replace('Process 3', 'Process 33') });
    assert.deepEqual(states(r), { event: true, leaf: false, signature: true, inclusion: false });
    assert.match(r.checks[1]?.detail ?? '', /not the event that was recorded/);
    assert.match(r.summary, /not the one the log recorded/);
    assert.match(r.checks[1]?.detail ?? '', /server sent does hash to the recorded leaf/);
    assert.equal(r.checks[1]?.code, 'LEAF_MISMATCH');
    assert.equal(r.checks[3]?.code, 'INCLUSION_PROOF_INVALID');
    assert.equal(r.ok, false);
  });

  test('text that is not JSON fails and the dependent checks say why', () => {
    const r = verifyEntry({ ...inputFor(1), eventText: '{ "id": ' });
    assert.deepEqual(states(r), { event: false, leaf: false, signature: true, inclusion: false });
    assert.match(r.checks[1]?.detail ?? '', /could not be read/);
  });

  test('a checkpoint checked against another key fails', () => {
    const other = generateNoteKey('concord.local/log');
    const r = verifyEntry({ ...inputFor(0), verifierKey: other.verifierKey });
    assert.deepEqual(states(r), { event: true, leaf: true, signature: false, inclusion: false });
    assert.match(r.summary, /not signed by the verifier key given/);
    assert.equal(r.checks[2]?.code, 'CHECKPOINT_KEY_UNKNOWN');
  });

  test('a checkpoint whose signed text was altered fails', () => {
    const input = inputFor(0);
    const forged = input.checkpoint.checkpoint.replace('\n7\n', '\n8\n');
    assert.notEqual(forged, input.checkpoint.checkpoint);
    const r = verifyEntry({ ...input, checkpoint: { ...input.checkpoint, checkpoint: forged } });
    assert.equal(states(r).signature, false);
    assert.equal(r.checks[2]?.code, 'CHECKPOINT_SIGNATURE_INVALID');
  });

  test('a garbage verifier key fails with a reason, never a throw', () => {
    const r = verifyEntry({ ...inputFor(0), verifierKey: 'not a key' });
    assert.equal(states(r).signature, false);
    assert.equal(r.checks[2]?.code, 'KEY_INVALID');
    assert.ok((r.checks[2]?.detail ?? '').length > 30);
  });

  test('a tampered proof, a proof for another entry or size, and a swapped leaf hash all fail', () => {
    const input = inputFor(5);
    const first = input.proof.proof[0];
    assert.ok(first);
    const flipped = toBase64(new Uint8Array(32).fill(1));
    assert.equal(
      states(
        verifyEntry({ ...input, proof: { ...input.proof, proof: [flipped, ...input.proof.proof.slice(1)] } }),
      ).inclusion,
      false,
    );
    assert.equal(
      states(verifyEntry({ ...input, proof: { ...input.proof, proof: input.proof.proof.slice(1) } }))
        .inclusion,
      false,
    );
    assert.equal(states(verifyEntry({ ...input, proof: { ...input.proof, index: 4 } })).inclusion, false);
    assert.equal(states(verifyEntry({ ...input, proof: { ...input.proof, size: 6 } })).inclusion, false);
    assert.equal(
      states(verifyEntry({ ...input, proof: { ...input.proof, proof: ['%%%'] } })).inclusion,
      false,
    );
    const other = inputFor(2).entry.leafHash;
    const r = verifyEntry({ ...input, entry: { ...input.entry, leafHash: other } });
    assert.equal(states(r).leaf, false);
  });

  test('an answer for another entry or a malformed salt fails the leaf check', () => {
    const input = inputFor(1);
    assert.equal(states(verifyEntry({ ...input, index: 2 })).leaf, false);
    assert.equal(states(verifyEntry({ ...input, entry: { ...input.entry, salt: 'AAAA' } })).leaf, false);
  });

  test('a confidential entry checks signature and inclusion from the served leaf hash, and says so', () => {
    const input = inputFor(3);
    const hidden = {
      ...input.entry,
      confidential: true,
      eventId: null,
      type: null,
      event: null,
      canonical: null,
      salt: null,
    };
    const r = verifyEntry({ ...input, eventText: 'null', entry: hidden });
    assert.deepEqual(states(r), { signature: true, inclusion: true });
    assert.equal(r.ok, true);
    assert.equal(r.confidential, true);
    assert.match(r.summary, /could not recompute the leaf/);
    assert.match(r.checks[1]?.detail ?? '', /not recomputed here\), is entry 3 of the log/);
  });

  test("a confidential entry whose leaf hash is another entry's fails inclusion", () => {
    const input = inputFor(3);
    const other = inputFor(2).entry.leafHash;
    const hidden = { ...input.entry, confidential: true, event: null, salt: null, leafHash: other };
    const r = verifyEntry({ ...input, entry: hidden });
    assert.deepEqual(states(r), { signature: true, inclusion: false });
    const short = verifyEntry({ ...input, entry: { ...hidden, leafHash: 'AAAA' } });
    assert.match(short.checks[1]?.detail ?? '', /32 bytes/);
    assert.equal(short.ok, false);
  });
});
