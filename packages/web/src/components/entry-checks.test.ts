// The verify page's result panel rendered on the server from a real (in-memory) log: the check lines the
// browser tests wait for, each with data-ok.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canonicalJson,
  eventLeafHash,
  formatCheckpoint,
  generateNoteKey,
  MemoryTree,
  newSalt,
  signNote,
  toBase64,
} from '@concord/ledger';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { EntryChecks } from './entry-checks.tsx';

function oneEntryLog(event: unknown) {
  const key = generateNoteKey('concord.local/log');
  const tree = new MemoryTree();
  const salt = newSalt();
  const leafHash = eventLeafHash(salt, canonicalJson(event));
  tree.append(leafHash);
  tree.append(eventLeafHash(newSalt(), '{}'));
  const rootHash = tree.root();
  return {
    index: 0,
    entry: {
      index: 0,
      eventId: 'e0',
      type: 'process.created',
      event,
      salt: toBase64(salt),
      leafHash: toBase64(leafHash),
      committedAt: '2025-11-20T10:00:00Z',
    },
    checkpoint: {
      checkpoint: signNote(
        formatCheckpoint({ origin: 'concord.local/log', size: 2, rootHash }),
        key.signerKey,
      ),
      size: 2,
      rootHash: toBase64(rootHash),
      verifierKey: key.verifierKey,
    },
    proof: {
      index: 0,
      size: 2,
      leafHash: toBase64(leafHash),
      proof: tree.inclusionProof(0, 2).map(toBase64),
    },
  };
}

describe('verify page checks', () => {
  test('five check lines, all ok, the verdict, what the entry records and the raw checkpoint', () => {
    const event = { v: 1, id: 'e0', type: 'process.created', data: { id: 'p1', title: 'Gaza 2025' } };
    const props = oneEntryLog(event);
    const html = renderToStaticMarkup(createElement(EntryChecks, props));
    const checks = [...html.matchAll(/data-testid="check" data-ok="(true|false)" data-check="(\w+)"/g)].map(
      (m) => `${m[2]}:${m[1]}`,
    );
    // No key remembered here (no browser storage): the key check is a first sight, and says so.
    assert.deepEqual(checks, ['event:true', 'leaf:true', 'signature:true', 'inclusion:true', 'key:true']);
    assert.match(html, /First check of log concord\.local\/log here/);
    assert.match(html, /data-testid="verify-result" data-ok="true"/);
    assert.match(html, /✓ Verified/);
    assert.match(html, /records the creation of process “Gaza 2025”/);
    assert.match(html, /href="\/processes\/p1"/);
    assert.ok(html.includes(props.checkpoint.checkpoint.split('\n')[2] ?? 'missing'), 'raw checkpoint shown');
    assert.match(html, /data-testid="growth-note"[^>]*>This browser has not checked this log before/);
    assert.match(html, /href="\/api\/log\/entries\/0\/bundle" download="concord-entry-0\.tlog-proof"/);
  });

  test('an event holding a right-to-left override is shown with it escaped, and still verifies', () => {
    const event = { v: 1, id: 'e0', type: 'process.created', data: { id: 'p1', title: 'Gaza \u202E2025' } };
    const html = renderToStaticMarkup(createElement(EntryChecks, oneEntryLog(event)));
    assert.ok(!html.includes('\u202E'), 'the override never reaches the page');
    assert.match(html, /&quot;title&quot;: &quot;Gaza \\u202e2025&quot;/, 'the event text escapes it');
    assert.match(html, /records the creation of process “Gaza ⟦U\+202E⟧2025”/);
    assert.match(html, /data-testid="verify-result" data-ok="true"/, 'the escaped text hashes the same');
  });

  test('a served event that does not match its leaf is shown as not verified', () => {
    const props = oneEntryLog({ id: 'e0', type: 'process.created', data: {} });
    const tampered = {
      ...props,
      entry: { ...props.entry, event: { id: 'e0', type: 'process.created', data: { x: 1 } } },
    };
    const html = renderToStaticMarkup(createElement(EntryChecks, tampered));
    assert.match(html, /data-testid="verify-result" data-ok="false"/);
    assert.match(html, /data-ok="false" data-check="leaf"/);
    assert.match(html, /data-ok="false" data-check="inclusion"/);
    assert.match(html, /data-ok="true" data-check="signature"/);
  });
});
