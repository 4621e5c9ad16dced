// Cost guard: the largest timeline a file may hold (5,000 events), shaped to be as costly as we know how, is
// evaluated in well under a second each on this machine. A quadratic step (the first version's re-sorting of the
// incident pool took 189 s on the first case) fails here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateRules } from './evaluate-rules.ts';
import { readRulesFile } from './read-guarantee-files.ts';
import type { RulesFile } from './rules-file.ts';
import { exampleRules, timeline } from './test-support.ts';

const N = 5_000;
const BUDGET_MS = 2_000;
const base = Date.parse('2020-01-01T00:00:00Z');
const day = (i: number) => new Date(base + i * 86_400_000).toISOString();

function rules(trigger: unknown): RulesFile {
  const read = readRulesFile({
    format: 'concord.rules/1',
    rules: [{ id: 'R', title: 'cost', trigger, start: { end: 'x' } }],
  });
  if (!read.ok) throw new Error(read.message);
  return read.value;
}

function timed(name: string, r: RulesFile, events: unknown[]): void {
  const t = timeline(r, events);
  const started = performance.now();
  evaluateRules(r, t);
  const ms = performance.now() - started;
  console.log(`${name}: ${ms.toFixed(0)} ms`);
  assert.ok(ms < BUDGET_MS, `${name} took ${ms.toFixed(0)} ms`);
}

test(`${N} events of each costly shape evaluate within ${BUDGET_MS} ms`, () => {
  const incident = (i: number, status = 'verified') => ({
    id: `i${i}`,
    type: 'incident',
    at: day(i),
    incidentType: 'v',
    allegedParty: 'P',
    status,
  });
  // A count that never fits its window: every verification looks for a run among all earlier incidents.
  timed(
    'incidents, count 1000 in 30 days',
    rules({ on: 'incidents', incidentTypes: ['v'], count: 1_000, withinDays: 30 }),
    Array.from({ length: N }, (_, i) => incident(i)),
  );
  // Verification flipping on and off.
  const flips = [
    incident(0, 'reported'),
    ...Array.from({ length: N - 1 }, (_, i) => ({
      id: `f${i}`,
      type: 'verification',
      at: day(i + 1),
      incident: 'i0',
      status: i % 2 ? 'disputed' : 'verified',
    })),
  ];
  timed(
    'one incident verified and disputed in turn',
    rules({ on: 'incidents', incidentTypes: ['v'], count: 2 }),
    flips,
  );
  // One commitment restated 5,000 times, never overdue.
  const snapshots = Array.from({ length: N }, (_, i) => ({
    id: `c${i}`,
    type: 'commitment',
    at: day(i),
    commitment: 'same',
    obligor: 'P',
    dueAt: day(i + 10),
    status: 1,
  }));
  timed('one commitment restated', rules({ on: 'commitment-overdue', days: 1 }), snapshots);
  // 5,000 notifications, each opening a case; and 5,000 decisions for one case.
  const snapback = exampleRules('unscr-2231.rules.json');
  timed(
    'notifications',
    snapback,
    Array.from({ length: N }, (_, i) => ({ id: `n${i}`, type: 'notification', at: day(i), by: ['France'] })),
  );
  const decisions = [
    { id: 'n', type: 'notification', at: day(0), by: ['France'] },
    ...Array.from({ length: N - 1 }, (_, i) => ({
      id: `d${i}`,
      type: 'decision',
      at: new Date(base + 1000 + i).toISOString(),
      case: 'UNSCR-2231-snapback#1',
      step: 'tabling',
      outcome: 'tabled',
    })),
  ];
  timed('decisions for one case', snapback, decisions);
});
