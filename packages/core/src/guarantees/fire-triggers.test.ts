// Triggers: a count of verified incidents in a window, commitments overdue by N days, notifications.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateRules } from './evaluate-rules.ts';
import { readRulesFile } from './read-guarantee-files.ts';
import type { RulesFile } from './rules-file.ts';
import { timeline } from './test-support.ts';

function rulesWith(trigger: unknown): RulesFile {
  const read = readRulesFile({
    format: 'concord.rules/1',
    rules: [{ id: 'R', title: 'test rule', trigger, start: { end: 'fired' } }],
  });
  if (!read.ok) throw new Error(read.message);
  return read.value;
}
const opened = (rules: RulesFile, events: unknown[], clock?: string) =>
  evaluateRules(rules, timeline(rules, events), clock ? { clock } : {}).cases.map((c) => ({
    at: c.openedAt,
    cause: c.changes[0]?.kind === 'opened' ? c.changes[0].cause : [],
  }));

const violation = (id: string, at: string, party = 'Russia', status = 'verified') => ({
  id,
  type: 'incident',
  at,
  incidentType: 'ceasefire-violation',
  allegedParty: party,
  status,
});
const verify = (id: string, incident: string, at: string, status = 'verified') => ({
  id,
  type: 'verification',
  at,
  incident,
  status,
});

describe('incidents counted in a window', () => {
  const rules = rulesWith({
    on: 'incidents',
    incidentTypes: ['ceasefire-violation'],
    allegedParties: ['russia'],
    count: 3,
    withinDays: 7,
  });

  test('three verified within 7 days of each other fire once, at the third verification; each counts once', () => {
    const events = [
      violation('a', '2026-01-01'),
      violation('b', '2026-01-03'),
      violation('other-party', '2026-01-04', 'Ukraine'),
      violation('c', '2026-01-05', 'Russia', 'reported'),
      verify('c-ok', 'c', '2026-01-09T10:00:00Z'),
      violation('d', '2026-01-10'),
      violation('e', '2026-01-11'),
      violation('f', '2026-01-12'),
    ];
    assert.deepEqual(opened(rules, events), [
      { at: '2026-01-09T10:00:00.000Z', cause: ['a', 'b', 'c'] },
      { at: '2026-01-12T00:00:00.000Z', cause: ['d', 'e', 'f'] },
    ]);
  });

  test('occurrences 7 days apart are not within 7 days; an incident disputed before the count is reached drops out', () => {
    assert.deepEqual(
      opened(rules, [
        violation('a', '2026-01-01'),
        violation('b', '2026-01-04'),
        violation('c', '2026-01-08'),
      ]),
      [],
    );
    const disputed = [
      violation('a', '2026-01-01'),
      violation('b', '2026-01-02'),
      verify('b-no', 'b', '2026-01-03', 'disputed'),
      violation('c', '2026-01-04'),
    ];
    assert.deepEqual(opened(rules, disputed), []);
    assert.deepEqual(opened(rules, [...disputed, verify('b-yes', 'b', '2026-01-06')]), [
      { at: '2026-01-06T00:00:00.000Z', cause: ['a', 'b', 'c'] },
    ]);
  });
});

describe('commitments overdue by N days', () => {
  const rules = rulesWith({ on: 'commitment-overdue', obligors: ['Hamas'], days: 2 });
  const snapshot = (id: string, at: string, dueAt: string, status: number) => ({
    id,
    type: 'commitment',
    at,
    commitment: 'all hostages returned',
    obligor: 'Hamas',
    dueAt,
    status,
  });

  test('fires N days after the due time while the commitment is not complete, once', () => {
    const events = [
      snapshot('accepted', '2025-10-10T09:00:00Z', '2025-10-13T09:00:00Z', 0),
      snapshot('partial', '2025-10-14', '2025-10-13T09:00:00Z', 2),
    ];
    assert.deepEqual(opened(rules, events), [{ at: '2025-10-15T09:00:00.000Z', cause: ['partial'] }]);
    assert.deepEqual(opened(rules, events, '2025-10-15T08:59:59.999Z'), []);
  });

  test('complete in time, or a due date moved, does not fire early', () => {
    const done = [
      snapshot('accepted', '2025-10-10', '2025-10-13', 0),
      snapshot('done', '2025-10-15', '2025-10-13', 3),
    ];
    assert.deepEqual(opened(rules, done), []);
    const moved = [
      snapshot('accepted', '2025-10-10', '2025-10-13', 0),
      snapshot('moved', '2025-10-12', '2025-10-20', 1),
    ];
    assert.deepEqual(opened(rules, moved), [{ at: '2025-10-22T00:00:00.000Z', cause: ['moved'] }]);
  });

  test('recorded only after it was already overdue: fires when it is recorded', () => {
    assert.deepEqual(opened(rules, [snapshot('late-news', '2025-11-01', '2025-10-13', 1)]), [
      { at: '2025-11-01T00:00:00.000Z', cause: ['late-news'] },
    ]);
  });

  test('another obligor’s commitment does not count', () => {
    const other = { ...snapshot('idf', '2025-10-10', '2025-10-13', 0), obligor: 'Israel' };
    assert.deepEqual(opened(rules, [other]), []);
  });
});
