// `concord verify BUNDLE`: a bundle served by a real app, checked by the built binary with no server running —
// one line and exit 0, or one line naming the first failed check and a non-zero exit.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OPERATOR } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { generateNoteKey } from '@concord/ledger';
import { keyFingerprint, readVerifierKey } from '@concord/ledger/verify';
import { createApp, createProcess, systemClock } from '@concord/server';
import { runConcord } from '../test-support.ts';

const oneLine = (s: string) => s.trim().split('\n').length === 1 && s.endsWith('\n');

for (const target of databaseTargets()) {
  describe(`concord verify (${target.name})`, () => {
    let store: Store;
    let dir: string;
    let bundle: string;
    let event: unknown;
    const file = (name: string, content: string | Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    };
    before(async () => {
      store = await target.open();
      dir = mkdtempSync(join(tmpdir(), 'concord-verify-'));
      const ctx = { store, principal: OPERATOR, clock: systemClock };
      await createProcess(ctx, { title: 'Bundle check', description: '', audience: { kind: 'public' } });
      await createProcess(ctx, { title: 'Closed talks', description: '', audience: { kind: 'process' } });
      const app = createApp({ store });
      bundle = await (await app.request('/api/log/entries/0/bundle')).text();
      event = (await (await app.request('/api/log/entries/0')).json()).event;
    });
    after(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('a served bundle verifies offline: one line naming the entry, what it records, size, key and witnesses', async () => {
      const run = await runConcord(['verify', file('entry-0.tlog-proof', bundle)]);
      assert.equal(run.code, 0, run.stderr);
      assert.ok(oneLine(run.stdout), run.stdout);
      const fingerprint = keyFingerprint(readVerifierKey(store.log.verifierKey));
      assert.match(
        run.stdout,
        /^verified: entry 0 of \S+; it records process\.created “Bundle check” \(event /,
      );
      assert.match(run.stdout, /; in the tree of \d+ entries; /);
      assert.ok(run.stdout.includes(`[${fingerprint}] named in the bundle itself`), run.stdout);
      assert.match(run.stdout, /; witnessed by no one\n$/);
    });

    test('--key: the reader’s key is said to be theirs; another key fails in one line', async () => {
      const path = file('entry-0.tlog-proof', bundle);
      const ok = await runConcord(['verify', path, '--key', store.log.verifierKey]);
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /\] you gave; /);
      const other = generateNoteKey('concord.other/log').verifierKey;
      const bad = await runConcord(['verify', path, '--key', other]);
      assert.notEqual(bad.code, 0);
      assert.equal(bad.stdout, '');
      assert.ok(oneLine(bad.stderr), bad.stderr);
      assert.match(
        bad.stderr,
        /^concord: not verified \(KEY_MISMATCH\): the log key: the bundle names the log key /,
      );
    });

    test('--text: the reader’s copy (any spacing) verifies; an edited copy fails on the leaf', async () => {
      const path = file('entry-0.tlog-proof', bundle);
      const copy = file('event.json', JSON.stringify(event, null, 2));
      const ok = await runConcord(['verify', path, '--text', copy]);
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /, exactly as in your copy; /);
      const edited = file('edited.json', JSON.stringify(event).replace('Bundle check', 'Bundle checked'));
      const bad = await runConcord(['verify', path, '--text', edited]);
      assert.notEqual(bad.code, 0);
      assert.ok(oneLine(bad.stderr), bad.stderr);
      assert.match(bad.stderr, /^concord: not verified \(LEAF_MISMATCH\): your copy of the event: /);
    });

    test('a confidential entry’s bundle verifies as such, and no text can be checked against it', async () => {
      const app = createApp({ store });
      const size = await store.log.size();
      const answers = await Promise.all(
        Array.from({ length: size }, async (_, i) => (await app.request(`/api/log/entries/${i}`)).json()),
      );
      const hidden = answers.find((e) => e.confidential === true);
      assert.ok(hidden, 'the closed process gives the public a confidential entry');
      const text = await (await app.request(`/api/log/entries/${hidden.index}/bundle`)).text();
      const path = file('hidden.tlog-proof', text);
      const ok = await runConcord(['verify', path]);
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /; a confidential entry: its leaf hash is in the log, /);
      const refused = await runConcord(['verify', path, '--text', file('guess.json', '{}')]);
      assert.notEqual(refused.code, 0);
      assert.match(
        refused.stderr,
        /^concord: not verified \(INPUT_MALFORMED\): your copy of the event: .*confidential/,
      );
    });

    // A sample, not every byte: each run spawns the binary (about half a second). Every byte of a served bundle
    // is flipped in-process in server/src/routes/log-bundle.test.ts and ledger/src/verify/proof-bundle.test.ts.
    test('a byte changed in each part of the bundle fails in one line (a sample of 12 positions)', async () => {
      const bytes = new TextEncoder().encode(bundle);
      const blank = bundle.indexOf('\n\n');
      const positions = [
        0, // header
        30, // extra line
        Math.floor(bundle.indexOf('\n', 30) / 2), // inside the extra (base64 of the event, salt, keys)
        bundle.indexOf('index ') + 6, // the index
        bundle.indexOf('\n', bundle.indexOf('index ')) + 3, // the first proof hash (or the blank line)
        blank, // the end of the proof
        blank + 3, // the origin
        bundle.indexOf('\n', blank + 2) + 1, // the size
        bundle.lastIndexOf('\n\n') - 5, // the root hash
        bundle.lastIndexOf('\u2014') + 4, // the signer's name
        bytes.length - 10, // the signature
        bytes.length - 1, // the final newline
      ];
      for (const at of positions) {
        const copy = bytes.slice();
        copy[at] = (copy[at] as number) ^ 0x01;
        const run = await runConcord(['verify', file(`flip-${at}.tlog-proof`, copy)]);
        assert.notEqual(run.code, 0, `byte ${at}: ${run.stdout}`);
        assert.ok(oneLine(run.stderr), `byte ${at}: ${run.stderr}`);
        assert.match(run.stderr, /^concord: not verified \([A-Z_]+\): the [^:]+: /, `byte ${at}`);
      }
    });

    test('a truncated file, garbage, an empty file and a missing file: one line, non-zero', async () => {
      const cases = [
        file('cut.tlog-proof', bundle.slice(0, Math.floor(bundle.length * 0.6))),
        file(
          'garbage.tlog-proof',
          Uint8Array.from({ length: 300 }, (_, k) => (k * 37 + 11) % 256),
        ),
        file('empty.tlog-proof', ''),
        join(dir, 'no-such-file.tlog-proof'),
      ];
      for (const path of cases) {
        const run = await runConcord(['verify', path]);
        assert.notEqual(run.code, 0, path);
        assert.equal(run.stdout, '', path);
        assert.ok(oneLine(run.stderr), `${path}: ${run.stderr}`);
        assert.match(
          run.stderr,
          /^concord: (not verified \(BUNDLE_MALFORMED\)|cannot read the bundle)/,
          path,
        );
      }
    });
  });
}
