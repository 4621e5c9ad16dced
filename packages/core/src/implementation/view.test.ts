// The state at a moment (an injected clock): current status, progress, due, overdue; and the same records read by
// the guarantee rules, so a tracked commitment overdue on the page is the one that opens a case.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateRules } from '../guarantees/evaluate-rules.ts';
import { readRulesFile } from '../guarantees/read-guarantee-files.ts';
import { exampleJson, timeline } from '../guarantees/test-support.ts';
import { uuidv7 } from '../ids.ts';
import { PUBLIC } from '../schemas/audience.ts';
import type { Milestone, TrackedCommitment } from '../schemas/tracking.ts';
import { commitmentTimeline, implementationView } from './view.ts';

const processId = uuidv7();
const versionId = uuidv7();
const tracked = (
  commitmentId: string,
  due: TrackedCommitment['due'],
  statuses: { score: number; on: string }[],
): TrackedCommitment => ({
  commitmentId,
  versionId,
  processId,
  pointId: uuidv7(),
  obligor: 'Hamas',
  beneficiary: 'Israel',
  action: 'Return all hostages',
  due,
  weight: 1,
  parentId: null,
  indicators: ['hostages returned, living and deceased'],
  statuses: statuses.map((s, i) => ({
    id: uuidv7(),
    commitmentId,
    score: s.score,
    on: s.on,
    reason: 'ICRC handover reports',
    evidence: [],
    actor: 'operator',
    setAt: `${s.on}T12:00:00.000Z`,
    logIndex: 10 + i,
  })),
  audience: PUBLIC,
  logIndex: 1,
});
const accepted: Milestone = {
  id: uuidv7(),
  processId,
  key: 'acceptance',
  label: 'Hamas accepts',
  occurredAt: '2030-03-01T09:00:00.000Z',
  note: '',
  logIndex: 2,
};
const hostages = uuidv7();
const within72 = { kind: 'after' as const, milestone: 'acceptance', days: 0, hours: 72 };

describe('implementationView', () => {
  const records = [tracked(hostages, within72, [{ score: 2, on: '2030-03-03' }])];

  test('before the due instant: current status and progress, not overdue', () => {
    const view = implementationView(records, [accepted], new Date('2030-03-04T08:59:00Z'));
    const [c] = view.commitments;
    assert.equal(c?.current?.score, 2);
    assert.equal(c?.progress, 2 / 3);
    assert.equal(c?.dueAt, '2030-03-04T09:00:00.000Z');
    assert.equal(c?.overdue, false);
    assert.deepEqual(view.compliance[0]?.points.at(-1), { on: '2030-03-04', value: 2 / 3 });
  });

  test('at the due instant and incomplete: overdue; without the milestone: waiting, never overdue', () => {
    assert.equal(
      implementationView(records, [accepted], new Date('2030-03-04T09:00Z')).commitments[0]?.overdue,
      true,
    );
    const waiting = implementationView(records, [], new Date('2031-01-01T00:00Z')).commitments[0];
    assert.deepEqual([waiting?.dueAt, waiting?.waitingFor, waiting?.overdue], [null, 'acceptance', false]);
  });

  test('a status set for a later day is not current yet', () => {
    const later = [tracked(hostages, within72, [{ score: 3, on: '2030-03-05' }])];
    const view = implementationView(later, [accepted], new Date('2030-03-04T10:00Z'));
    assert.equal(view.commitments[0]?.current, null);
    assert.equal(view.commitments[0]?.overdue, true);
  });

  test("the guarantee rules read tracked commitments: the Gaza plan's case opens at the 72nd hour", () => {
    const file = exampleJson('gaza-20-point.rules.json') as { rules: { trigger: Record<string, unknown> }[] };
    for (const rule of file.rules) delete rule.trigger.commitments;
    const read = readRulesFile(file);
    assert.ok(read.ok);
    const view = implementationView(records, [accepted], new Date('2030-03-04T10:00Z'));
    const events = commitmentTimeline(view);
    const result = evaluateRules(read.value, timeline(read.value, events));
    const opened = result.cases[0]?.changes[0];
    assert.equal(opened?.kind, 'opened');
    assert.equal(opened?.at, '2030-03-04T09:00:00.000Z');
  });
});
