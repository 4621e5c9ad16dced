// Offline proof bundles (C2SP tlog-proof@v1 with Concord's extra line): what a good bundle proves, and that a
// changed, cut or foreign file is refused with a coded VerificationError and never any other kind of throw.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundleLog, ORIGIN, WITNESS } from '../../test/proof-bundle-fixture.ts';
import { generateNoteKey } from '../note-key.ts';
import { VerificationError, type VerificationErrorCode } from './error.ts';
import { encodeProofBundle, parseProofBundle } from './proof-bundle.ts';
import { verifyProofBundle } from './proof-bundle-check.ts';

const coded = (code?: VerificationErrorCode) => (e: unknown) =>
  e instanceof VerificationError && (code === undefined || e.code === code);

/** The error `run` throws, failing the test if it returns or throws anything but a VerificationError. */
function refusal(run: () => unknown, what: string): VerificationError {
  try {
    run();
  } catch (e) {
    assert.ok(e instanceof VerificationError, `${what}: threw ${String(e)}`);
    return e;
  }
  assert.fail(`${what}: verified`);
}

describe('proof bundle', () => {
  const log = bundleLog(5);

  test('is a C2SP tlog-proof: header, extra, index, proof lines, a blank line, the checkpoint verbatim', () => {
    const text = log.encoded(2);
    const lines = text.split('\n');
    assert.equal(lines[0], 'c2sp.org/tlog-proof@v1');
    assert.match(lines[1] ?? '', /^extra [A-Za-z0-9+/]+=*$/);
    assert.equal(lines[2], 'index 2');
    assert.equal(lines.indexOf(''), 3 + log.bundle(2).proof.length);
    assert.ok(text.endsWith(log.bundle(2).checkpoint));
    assert.deepEqual(parseProofBundle(text), log.bundle(2));
    assert.deepEqual(parseProofBundle(new TextEncoder().encode(text)), log.bundle(2));
  });

  test('verifies offline: which entry, the tree size, the key (named as the bundle’s) and the witness', () => {
    for (let index = 0; index < 5; index++) {
      const verdict = verifyProofBundle(log.encoded(index));
      assert.equal(verdict.index, index);
      assert.equal(verdict.size, 5);
      assert.equal(verdict.origin, ORIGIN);
      assert.equal(verdict.key.source, 'bundle');
      assert.match(verdict.key.fingerprint, /^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
      assert.deepEqual(verdict.witnesses, [{ name: WITNESS, timestamp: 1764720000, source: 'bundle' }]);
      assert.deepEqual(verdict.event, log.events[index]);
      assert.equal(verdict.confidential, false);
    }
  });

  test('the reader’s own key: used and said so when it is the bundle’s; refused when it is another', () => {
    const verdict = verifyProofBundle(log.encoded(1), { verifierKey: log.key.verifierKey });
    assert.equal(verdict.key.source, 'reader');
    const other = generateNoteKey(ORIGIN).verifierKey;
    const e = refusal(() => verifyProofBundle(log.encoded(1), { verifierKey: other }), 'other key');
    assert.equal(e.code, 'KEY_MISMATCH');
    assert.match(e.message, /^the log key: /);
    assert.throws(() => verifyProofBundle(log.encoded(1), { verifierKey: 'nonsense' }), coded('KEY_INVALID'));
  });

  test('--text: the reader’s copy in any spacing verifies; a changed copy fails on the leaf', () => {
    const copy = JSON.stringify(log.events[3], null, 2);
    assert.equal(verifyProofBundle(log.encoded(3), { text: copy }).textChecked, true);
    const altered = copy.replace('Process 3', 'Process 4');
    const e = refusal(() => verifyProofBundle(log.encoded(3), { text: altered }), 'altered copy');
    assert.equal(e.code, 'LEAF_MISMATCH');
    assert.match(e.message, /^your copy of the event: /);
    assert.throws(() => verifyProofBundle(log.encoded(3), { text: '{not json' }), coded('EVENT_MALFORMED'));
  });

  test('a confidential entry: its leaf is proved in the tree, and no text can be checked against it', () => {
    const text = log.encoded(4, { confidential: true });
    const verdict = verifyProofBundle(text);
    assert.equal(verdict.confidential, true);
    assert.equal(verdict.event, null);
    const copy = JSON.stringify(log.events[4]);
    assert.match(
      refusal(() => verifyProofBundle(text, { text: copy }), 'confidential').message,
      /confidential/,
    );
  });

  test('every single byte changed, at every position, fails (XOR 0x01 and a substituted letter)', () => {
    const bytes = new TextEncoder().encode(log.encoded(2));
    for (let at = 0; at < bytes.length; at++) {
      const original = bytes[at] as number;
      for (const changed of [original ^ 0x01, original === 0x41 ? 0x42 : 0x41]) {
        const copy = bytes.slice();
        copy[at] = changed;
        refusal(() => verifyProofBundle(copy), `byte ${at} → ${changed}`);
      }
    }
  });

  test('every truncation, a garbage file, an empty file and a foreign tlog-proof fail with a code', () => {
    const text = log.encoded(0);
    for (let length = 0; length < text.length; length++)
      refusal(() => verifyProofBundle(text.slice(0, length)), `cut at ${length}`);
    const garbage = Uint8Array.from({ length: 512 }, (_, k) => (k * 151 + 7) % 256);
    assert.throws(() => verifyProofBundle(garbage), coded('BUNDLE_MALFORMED'));
    assert.throws(() => verifyProofBundle(new Uint8Array()), coded('BUNDLE_MALFORMED'));
    const foreign = text.replace(/^extra .*\n/m, '');
    assert.throws(() => verifyProofBundle(foreign), coded('BUNDLE_MALFORMED'));
  });

  test('hostile edits (2,000 seeded insertions, deletions and random bytes) only ever give a VerificationError', () => {
    const bytes = new TextEncoder().encode(log.encoded(3));
    let seed = 20261207;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 2000; round++) {
      const at = next(bytes.length);
      const kind = next(3);
      const random = Uint8Array.from({ length: 1 + next(4) }, () => next(256));
      const edited =
        kind === 0
          ? new Uint8Array([...bytes.subarray(0, at), ...random, ...bytes.subarray(at)])
          : kind === 1
            ? new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + random.length)])
            : new Uint8Array([...bytes.subarray(0, at), ...random, ...bytes.subarray(at + random.length)]);
      if (edited.length === bytes.length && edited.every((b, k) => b === bytes[k])) continue;
      refusal(
        () => verifyProofBundle(edited),
        `round ${round}: ${['insert', 'delete', 'replace'][kind]} at ${at}`,
      );
    }
  });

  test('a cosignature whose key the bundle does not carry fails: no line goes unchecked', () => {
    const b = log.bundle(1);
    const e = refusal(() => verifyProofBundle(encodeProofBundle({ ...b, witnessKeys: [] })), 'unkeyed line');
    assert.equal(e.code, 'COSIGNATURE_INVALID');
    assert.match(e.message, /^the witness cosignatures: /);
  });

  test('a witness key the reader gives is said to be theirs; another key of the same name is not', () => {
    const text = log.encoded(2);
    const mine = verifyProofBundle(text, { witnessKeys: [log.witness.verifierKey] });
    assert.deepEqual(mine.witnesses, [{ name: WITNESS, timestamp: 1764720000, source: 'reader' }]);
    const impostor = bundleLog(1).witness.verifierKey;
    const theirs = verifyProofBundle(text, { witnessKeys: [impostor] });
    assert.deepEqual(theirs.witnesses, [{ name: WITNESS, timestamp: 1764720000, source: 'bundle' }]);
  });

  test('an unwitnessed log gives a bundle with no witness, and its verdict says none', () => {
    const plain = bundleLog(3, { witnessed: false });
    assert.deepEqual(verifyProofBundle(plain.encoded(2)).witnesses, []);
  });

  test('the extra line has one spelling: a non-canonical or extended extra is refused', () => {
    const text = log.encoded(0);
    const extra = text.split('\n')[1]?.slice('extra '.length) ?? '';
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(extra), (c) => c.charCodeAt(0))));
    const reencode = (value: unknown, space?: number) =>
      text.replace(extra, btoa(unescape(encodeURIComponent(JSON.stringify(value, null, space)))));
    assert.throws(() => verifyProofBundle(reencode(json, 1)), coded('BUNDLE_MALFORMED'));
    assert.throws(() => verifyProofBundle(reencode({ ...json, note: 'x' })), coded('BUNDLE_MALFORMED'));
    const spaced = { ...json, event: JSON.stringify(JSON.parse(json.event), null, 1) };
    assert.throws(() => verifyProofBundle(reencode(spaced)), coded('EVENT_MALFORMED'));
  });
});
