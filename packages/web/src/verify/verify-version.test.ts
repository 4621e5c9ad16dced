// The case, as a reader met it: December point 1 reworded after the version was created. Checking the
// creation entry alone said ✓ for a page showing other text. Here every entry about the version is verified and
// replayed, and a page that differs from the replay is reported, naming the point.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ConcordEvent, newEvent, uuidv7 } from '@concord/core';
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
import type { InclusionAnswer, LogEntryAnswer } from '../api/types.ts';
import { type VersionOnPage, verifyVersion } from './verify-version.ts';

const AT = '2025-12-10T10:00:00.000Z';
const OLD = 'Ukraine’s sovereignty will be confirmed.';
const NEW = 'Ukraine is NOT a sovereign state';

function december() {
  const versionId = uuidv7();
  const point = (number: string, en: string, ordinal: number) => ({
    id: uuidv7(),
    versionId,
    lineageId: uuidv7(),
    parentPointId: null,
    derivedFrom: [],
    ordinal,
    number,
    text: { en },
    categories: [],
    quantities: [],
    conditions: [],
    note: '',
  });
  const points = [point('1', OLD, 0), point('2', 'A ceasefire along the line of contact.', 1)];
  const version = {
    id: versionId,
    planId: uuidv7(),
    parentVersionId: null,
    label: 'December framework',
    issuedOn: null,
    status: 'draft' as const,
    note: '',
  };
  const created = newEvent('version.created', { version, points, commitments: [] }, { actor: 'a', at: AT });
  const [p1] = points;
  assert.ok(p1);
  const edit = newEvent(
    'point.updated',
    { id: p1.id, changes: { text: { en: NEW } } },
    { actor: 'anonymous', at: AT },
  );
  return { versionId, points, created, edit };
}

/** A log holding `events` (other entries first), signed, with every proof: as the server would answer. */
function logOf(events: ConcordEvent[], before = 3) {
  const key = generateNoteKey('concord.local/log');
  const tree = new MemoryTree();
  const entries: LogEntryAnswer[] = [];
  for (let i = 0; i < before; i++) tree.append(eventLeafHash(newSalt(), `other ${i}`));
  for (const event of events) {
    const salt = newSalt();
    const canonical = canonicalJson(event);
    const leafHash = eventLeafHash(salt, canonical);
    const index = tree.size;
    tree.append(leafHash);
    entries.push({
      index,
      eventId: event.id,
      type: event.type,
      event,
      canonical,
      salt: toBase64(salt),
      leafHash: toBase64(leafHash),
      committedAt: AT,
    });
  }
  const size = tree.size;
  const rootHash = tree.root();
  const checkpoint = {
    checkpoint: signNote(formatCheckpoint({ origin: 'concord.local/log', size, rootHash }), key.signerKey),
    size,
    rootHash: toBase64(rootHash),
    verifierKey: key.verifierKey,
  };
  const proofs = new Map<number, InclusionAnswer>(
    entries.map((e) => [
      e.index,
      { index: e.index, size, leafHash: e.leafHash, proof: tree.inclusionProof(e.index, size).map(toBase64) },
    ]),
  );
  return { entries, checkpoint, proofs, verifierKey: key.verifierKey };
}

function page(d: ReturnType<typeof december>, firstText: string, logIndexes: number[]): VersionOnPage {
  return {
    id: d.versionId,
    label: 'December framework',
    note: '',
    points: d.points.map((p, i) => ({
      id: p.id,
      parentPointId: null,
      number: p.number,
      text: i === 0 ? { en: firstText } : p.text,
      note: '',
      logIndex: logIndexes[i] ?? 0,
    })),
  };
}

describe('verifyVersion', () => {
  test('covers the creation and the later edit: the page showing the edited text verifies', () => {
    const d = december();
    const log = logOf([d.created, d.edit]);
    const r = verifyVersion({ version: page(d, NEW, [4, 3]), complete: true, ...log });
    assert.deepEqual(
      r.entries.map((e) => [e.entry.type, e.verification.ok]),
      [
        ['version.created', true],
        ['point.updated', true],
      ],
    );
    assert.deepEqual(r.differences, []);
    assert.deepEqual(r.problems, []);
    assert.equal(r.ok, true);
  });

  test('the issue’s case: only the creation entry listed while the page shows the edit — not verified, point 1 named', () => {
    const d = december();
    const log = logOf([d.created, d.edit]);
    const onlyCreation = { ...log, entries: log.entries.slice(0, 1) };
    const r = verifyVersion({ version: page(d, NEW, [4, 3]), complete: true, ...onlyCreation });
    assert.equal(r.ok, false);
    assert.deepEqual(r.differences, [
      { kind: 'text', pointId: d.points[0]?.id, number: '1', lang: 'en', log: OLD, page: NEW },
    ]);
    assert.match(r.problems.join(' '), /last changed by entries the log did not list for this version \(4\)/);
  });

  test('a page that differs from the replay (old text shown after the edit) is reported, naming the point', () => {
    const d = december();
    const log = logOf([d.created, d.edit]);
    const r = verifyVersion({ version: page(d, OLD, [4, 3]), complete: true, ...log });
    assert.equal(r.ok, false);
    assert.deepEqual(r.differences, [
      { kind: 'text', pointId: d.points[0]?.id, number: '1', lang: 'en', log: NEW, page: OLD },
    ]);
  });

  test('an edit whose event was altered does not verify, is not replayed, and is named', () => {
    const d = december();
    const log = logOf([d.created, d.edit]);
    const forged = structuredClone(log.entries[1]) as LogEntryAnswer;
    (forged.event as { data: { changes: { text: { en: string } } } }).data.changes.text.en = 'Forged';
    const r = verifyVersion({
      version: page(d, 'Forged', [4, 3]),
      complete: true,
      ...log,
      entries: [log.entries[0] as LogEntryAnswer, forged],
    });
    assert.equal(r.ok, false);
    assert.equal(r.entries[1]?.verification.ok, false);
    assert.match(r.problems.join(' '), /1 entry about this version did not verify \(4\)/);
    assert.equal(r.differences[0]?.kind, 'text');
  });

  test('points removed, added and renumbered are replayed; a point only on the page or only in the log is named', () => {
    const d = december();
    const second = d.points[1];
    assert.ok(second);
    const added = newEvent(
      'point.created',
      { ...second, id: uuidv7(), lineageId: uuidv7(), number: '3', ordinal: 2, text: { en: 'Three' } },
      { actor: 'a', at: AT },
    );
    const removed = newEvent('point.removed', { id: second.id }, { actor: 'a', at: AT });
    const renumber = newEvent(
      'point.updated',
      { id: added.data.id, changes: { number: '2' } },
      { actor: 'a', at: AT },
    );
    const log = logOf([d.created, d.edit, added, removed, renumber]);
    const shown: VersionOnPage = {
      ...page(d, NEW, [4, 7]),
      points: [
        { ...page(d, NEW, [4]).points[0], logIndex: 4 } as VersionOnPage['points'][number],
        { id: added.data.id, parentPointId: null, number: '2', text: { en: 'Three' }, note: '', logIndex: 7 },
      ],
    };
    assert.equal(verifyVersion({ version: shown, complete: true, ...log }).ok, true);
    const stale = {
      ...shown,
      points: [...shown.points, { ...shown.points[1], id: second.id, number: '2b' }],
    };
    const r = verifyVersion({ version: stale as VersionOnPage, complete: true, ...log });
    assert.deepEqual(
      r.differences.map((x) => x.kind),
      ['not-in-log'],
    );
  });

  test('a list said to be incomplete, or a checkpoint under another key, is not a ✓', () => {
    const d = december();
    const log = logOf([d.created, d.edit]);
    const partial = verifyVersion({ version: page(d, NEW, [4, 3]), ...log, complete: false });
    assert.equal(partial.ok, false);
    assert.match(partial.problems.join(' '), /more entries about this version/);
    const other = generateNoteKey('concord.local/log').verifierKey;
    const wrongKey = verifyVersion({
      version: page(d, NEW, [4, 3]),
      complete: true,
      ...log,
      verifierKey: other,
    });
    assert.equal(wrongKey.ok, false);
    assert.match(wrongKey.problems.join(' '), /did not verify \(3, 4\).*created this version/);
  });
});
