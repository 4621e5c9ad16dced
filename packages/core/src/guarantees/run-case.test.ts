// Decisions that do not fit the case are handed back with the reason, and change nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateRules } from './evaluate-rules.ts';
import { exampleRules, steps, timeline } from './test-support.ts';

const rules = exampleRules('unscr-2231.rules.json');
const CASE = 'UNSCR-2231-snapback#1';
const notification = { id: 'notice', type: 'notification', at: '2025-08-28', by: ['France'] };
const decision = (id: string, at: string, step: string, outcome: string, c = CASE) => ({
  id,
  type: 'decision',
  at,
  case: c,
  step,
  outcome,
});

test('a decision for another step, before the case opened, for a case never opened, or an impossible extension is handed back', () => {
  const events = [
    decision('early', '2025-08-01', 'council-vote', 'adopted'),
    notification,
    decision('wrong-step', '2025-09-01', 'reimposition-pending', 'council-decides-otherwise'),
    decision('second-case', '2025-09-02', 'council-vote', 'adopted', 'UNSCR-2231-snapback#2'),
    { id: 'stretch', type: 'extension', at: '2025-09-03', case: CASE, step: 'tabling', days: 5 },
  ];
  const rulesExtendable = structuredClone(rules);
  const tabling = rulesExtendable.rules[0]?.steps[0];
  assert.ok(tabling);
  // The timeline is checked against a copy where tabling may be extended; the evaluator, run on the real rule,
  // must still refuse the extension itself.
  tabling.extendable = true;
  const t = timeline(rulesExtendable, events);
  const result = evaluateRules(rules, t);
  assert.deepEqual(result.unplaced, [
    {
      event: 'early',
      at: '2025-08-01T00:00:00.000Z',
      reason: 'case UNSCR-2231-snapback#1 opened only at 2025-08-28T00:00:00.000Z',
    },
    {
      event: 'wrong-step',
      at: '2025-09-01T00:00:00.000Z',
      reason: "case UNSCR-2231-snapback#1 was at step 'tabling', not 'reimposition-pending'",
    },
    {
      event: 'second-case',
      at: '2025-09-02T00:00:00.000Z',
      reason: 'no case UNSCR-2231-snapback#2 was open by then',
    },
    { event: 'stretch', at: '2025-09-03T00:00:00.000Z', reason: "step 'tabling' cannot be extended" },
  ]);
  const silent = evaluateRules(rules, timeline(rules, [notification]));
  assert.deepEqual(steps(result.cases[0]), steps(silent.cases[0]));
});
