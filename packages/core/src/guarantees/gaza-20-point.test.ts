// The Gaza plan's 72 hours (point 4) and fallback (point 17), with an illustrative notice, cure period and finding
// counted in elapsed time: a case that runs to its default outcome, and one cured in time. Dates are hypothetical.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateRules } from './evaluate-rules.ts';
import { exampleRules, steps, timeline } from './test-support.ts';

const rules = exampleRules('gaza-20-point.rules.json');
const CASE = 'GAZA-4-17#1';
// Accepted on 2030-03-01 at 09:00Z: the 72 hours end on 2030-03-04 at 09:00Z.
const accepted = {
  id: 'accepted',
  type: 'commitment',
  at: '2030-03-01T09:00:00Z',
  commitment: 'all hostages returned',
  obligor: 'Hamas',
  dueAt: '2030-03-04T09:00:00Z',
  status: 0,
};
const partial = { ...accepted, id: 'partial', at: '2030-03-04T06:00:00Z', status: 2 };

describe('Gaza plan: hostages within 72 hours, else the fallback', () => {
  test('nobody decides: notice 1 day, cure 7 days, the Board 10 days, then the fallback by default', () => {
    const c = evaluateRules(rules, timeline(rules, [accepted, partial])).cases[0];
    assert.deepEqual(steps(c), [
      '2030-03-04T09:00:00.000Z opened partial',
      '2030-03-04T09:00:00.000Z step-entered notice until 2030-03-05T09:00:00.000Z',
      '2030-03-05T09:00:00.000Z defaulted notice',
      '2030-03-05T09:00:00.000Z step-entered cure-period until 2030-03-12T09:00:00.000Z',
      '2030-03-12T09:00:00.000Z defaulted cure-period',
      '2030-03-12T09:00:00.000Z step-entered board-finding until 2030-03-22T09:00:00.000Z',
      '2030-03-22T09:00:00.000Z defaulted board-finding',
      '2030-03-22T09:00:00.000Z consequence other',
      '2030-03-22T09:00:00.000Z closed fallback',
    ]);
    assert.match(
      c?.changes[0]?.kind === 'opened' ? c.changes[0].summary : '',
      /^Hamas's commitment 'all hostages returned' due \(due 2030-03-04T09:00:00.000Z, status 2 of 3\)$/,
    );
  });

  test('notice given early: the cure period still runs 7 days from the notice period’s end; cured in time', () => {
    const decide = (id: string, at: string, step: string, outcome: string) => ({
      id,
      type: 'decision',
      at,
      case: CASE,
      step,
      outcome,
    });
    const c = evaluateRules(
      rules,
      timeline(rules, [
        accepted,
        partial,
        decide('notice-sent', '2030-03-04T12:00:00Z', 'notice', 'notified'),
        decide('all-back', '2030-03-10', 'cure-period', 'cured'),
      ]),
    ).cases[0];
    assert.deepEqual(steps(c).slice(2), [
      '2030-03-04T12:00:00.000Z decided notice notified',
      '2030-03-04T12:00:00.000Z step-entered cure-period until 2030-03-12T09:00:00.000Z',
      '2030-03-10T00:00:00.000Z decided cure-period cured',
      '2030-03-10T00:00:00.000Z closed cured',
    ]);
  });

  test('all returned within the 72 hours: no case', () => {
    const done = { ...accepted, id: 'done', at: '2030-03-03T20:00:00Z', status: 3 };
    assert.deepEqual(evaluateRules(rules, timeline(rules, [accepted, done])).cases, []);
  });
});
