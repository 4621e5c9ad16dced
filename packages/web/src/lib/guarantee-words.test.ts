import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRulesFile } from '@concord/core/guarantees';
import { changeWords, stepWords, triggerWords } from './guarantee-words.ts';

const read = readRulesFile({
  format: 'concord.rules/1',
  rules: [
    {
      id: 'R',
      title: 'Hostages',
      trigger: { on: 'commitment-overdue', obligors: ['Hamas'], days: 0 },
      start: { next: 'cure' },
      steps: [
        {
          id: 'cure',
          title: 'Cure period',
          days: 7,
          from: 'previous-deadline',
          default: { end: 'fallback', consequences: [{ kind: 'other', detail: 'point 17 applies' }] },
        },
      ],
    },
  ],
});

test('a rule and its steps in words', () => {
  assert.ok(read.ok);
  const rule = read.value.rules[0];
  assert.ok(rule);
  assert.equal(triggerWords(rule.trigger), 'Hamas’s commitment falls due without being complete');
  assert.equal(
    stepWords(rule.steps[0] as (typeof rule.steps)[0], rule),
    '7 days from the previous deadline; if nobody decides in time: the case ends: fallback; consequences: other (point 17 applies)',
  );
  assert.equal(
    triggerWords({ on: 'incidents', incidentTypes: ['Battles'], count: 3, withinDays: 7 }),
    '3 verified incidents of type Battles within 7 days',
  );
});

test('a case’s changes in words', () => {
  assert.equal(
    changeWords(
      { kind: 'step-entered', at: 'x', step: 'cure', title: 't', deadline: '2025-10-23T09:00:00.000Z' },
      'Cure period',
    ),
    'Step “Cure period” begins, until 2025-10-23 09:00 UTC',
  );
  assert.equal(
    changeWords({ kind: 'defaulted', at: 'x', step: 'cure' }, 'Cure period'),
    'Nobody decided “Cure period” in time: the default outcome applies',
  );
});
