// The reconciliation the guarantee runner rests on: it appends exactly the changes the log lacks (a later clock
// only adds), nothing when the log is complete, and refuses to go on in a case whose logged changes no longer match
// what the records give.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type LoggedChange, platformTimeline, reconcileCases } from './live-cases.ts';
import { readRulesFile } from './read-guarantee-files.ts';

const read = readRulesFile({
  format: 'concord.rules/1',
  rules: [
    {
      id: 'N',
      title: 'A notification: consultation, then referral',
      dayCount: 'elapsed',
      trigger: { on: 'notification', from: ['Ukraine'] },
      start: { next: 'consult' },
      steps: [{ id: 'consult', title: 'Consult', days: 2, default: { end: 'referred' } }],
    },
  ],
});
if (!read.ok) throw new Error(read.message);
const rules = read.value;
const timeline = platformTimeline({
  incidents: [],
  commitments: [],
  notifications: [
    {
      id: '01930000-0000-7000-8000-000000000001',
      processId: '01930000-0000-7000-8000-000000000002',
      partyId: '01930000-0000-7000-8000-000000000003',
      by: 'Ukraine',
      against: 'Russia',
      note: '',
      at: '2025-11-01T10:00:00.000Z',
    },
  ],
  findings: [],
  partyNames: new Map(),
});
const at = (iso: string) => new Date(iso);
const asLogged = (list: { case: string; seq: number; change: LoggedChange['change'] }[]) =>
  list.map(({ case: c, seq, change }) => ({ case: c, seq, change }));

describe('reconcileCases', () => {
  test('appends what the log lacks, and a later clock only the rest', () => {
    const early = reconcileCases(rules, timeline, [], at('2025-11-02T00:00:00Z'));
    assert.deepEqual(
      early.append.map((c) => `${c.case} ${c.seq} ${c.change.kind}`),
      ['N#1 1 opened', 'N#1 2 step-entered'],
    );
    assert.equal(early.nextDeadline, '2025-11-03T10:00:00.000Z');
    const later = reconcileCases(rules, timeline, asLogged(early.append), at('2025-11-04T00:00:00Z'));
    assert.deepEqual(
      later.append.map((c) => `${c.seq} ${c.change.kind}`),
      ['3 defaulted', '4 closed'],
    );
    assert.equal(later.nextDeadline, null);
    const all = asLogged([...early.append, ...later.append]);
    const again = reconcileCases(rules, timeline, all, at('2026-01-01T00:00:00Z'));
    assert.deepEqual([again.append, again.diverged], [[], []]);
  });

  test('a case whose log differs from the records gets nothing more, and says so', () => {
    const early = reconcileCases(rules, timeline, [], at('2025-11-02T00:00:00Z'));
    const tampered = asLogged(early.append).map((l) =>
      l.change.kind === 'step-entered'
        ? { ...l, change: { ...l.change, deadline: '2025-12-01T00:00:00.000Z' } }
        : l,
    );
    const result = reconcileCases(rules, timeline, tampered, at('2025-11-04T00:00:00Z'));
    assert.deepEqual(result.append, []);
    assert.deepEqual(result.diverged, [
      { case: 'N#1', reason: 'change 2 in the log differs from the records' },
    ]);
    const orphan = reconcileCases(
      rules,
      { ...timeline, events: [] },
      asLogged(early.append),
      at('2025-11-04'),
    );
    assert.deepEqual(orphan.diverged, [{ case: 'N#1', reason: 'the records no longer open this case' }]);
  });

  test('key order in a logged change does not matter (jsonb does not keep it)', () => {
    const early = reconcileCases(rules, timeline, [], at('2025-11-02T00:00:00Z'));
    const reordered = asLogged(early.append).map((l) => ({
      ...l,
      change: Object.fromEntries(Object.entries(l.change).reverse()) as LoggedChange['change'],
    }));
    const result = reconcileCases(rules, timeline, reordered, at('2025-11-02T00:00:00Z'));
    assert.deepEqual([result.append, result.diverged], [[], []]);
  });
});
