// Due rules resolved against recorded milestones, and overdue against an injected moment (never the wall clock).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DueRule } from '../schemas/tracking.ts';
import { describeDue, isOverdue, resolveDue } from './due.ts';

const accepted = { key: 'acceptance', occurredAt: '2025-10-09T12:00:00.000Z' };
const rule = (input: unknown) => DueRule.parse(input);

describe('resolveDue', () => {
  test('a date falls due at the end of that day', () => {
    assert.deepEqual(resolveDue(rule({ kind: 'date', date: '2026-01-15' }), []), {
      dueAt: '2026-01-16T00:00:00.000Z',
      waitingFor: null,
    });
  });

  test('"within 72 hours of acceptance" counts from the recorded acceptance', () => {
    const within = rule({ kind: 'after', milestone: 'acceptance', hours: 72 });
    assert.deepEqual(resolveDue(within, [accepted]), { dueAt: '2025-10-12T12:00:00.000Z', waitingFor: null });
    assert.equal(describeDue(within), 'within 72 hours of acceptance');
  });

  test('"within 100 days of signature" waits for the signature, then counts from it', () => {
    const within = rule({ kind: 'after', milestone: 'signature', days: 100 });
    assert.deepEqual(resolveDue(within, [accepted]), { dueAt: null, waitingFor: 'signature' });
    const signed = { key: 'signature', occurredAt: '2025-10-13T00:00:00.000Z' };
    assert.equal(resolveDue(within, [accepted, signed]).dueAt, '2026-01-21T00:00:00.000Z');
  });

  test('"after the hostages\' release" falls due when the release is recorded', () => {
    const after = rule({ kind: 'after', milestone: 'hostages-released' });
    assert.equal(describeDue(after), 'upon hostages-released');
    const released = { key: 'hostages-released', occurredAt: '2025-10-13T08:00:00.000Z' };
    assert.equal(resolveDue(after, [released]).dueAt, released.occurredAt);
  });

  test('no rule: never due', () => {
    assert.deepEqual(resolveDue(null, [accepted]), { dueAt: null, waitingFor: null });
    assert.equal(describeDue(null), 'no due date');
  });

  test('bad rules are refused', () => {
    assert.equal(DueRule.safeParse({ kind: 'date', date: '2026-02-30' }).success, false);
    assert.equal(DueRule.safeParse({ kind: 'after', milestone: 'Signature!' }).success, false);
    assert.equal(DueRule.safeParse({ kind: 'after', milestone: 'signature', days: -1 }).success, false);
  });
});

describe('isOverdue', () => {
  const due = '2025-10-12T12:00:00.000Z';
  test('from the due instant on, while not complete', () => {
    assert.equal(isOverdue(due, 0.5, new Date('2025-10-12T11:59:59.999Z')), false);
    assert.equal(isOverdue(due, 0.5, new Date(due)), true);
    assert.equal(isOverdue(due, 1, new Date('2026-01-01T00:00:00Z')), false);
    assert.equal(isOverdue(null, 0, new Date('2100-01-01T00:00:00Z')), false);
  });
});
