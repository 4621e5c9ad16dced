// The JCPOA's dispute path (paragraph 36) on a hypothetical referral of 14 January 2020: 15 days in the Joint
// Commission, 15 with the Ministers (the Advisory Board in parallel or in lieu), then 5 days on the Board's opinion.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateRules } from './evaluate-rules.ts';
import { exampleRules, steps, timeline } from './test-support.ts';

const rules = exampleRules('jcpoa-dispute.rules.json');
const CASE = 'JCPOA-DRM-36#1';
const referral = {
  id: 'referral',
  type: 'notification',
  at: '2020-01-14T11:00:00Z',
  by: ['France', 'Germany', 'United Kingdom'],
  against: 'Iran',
};
const decide = (id: string, at: string, step: string, outcome: string) => ({
  id,
  type: 'decision',
  at,
  case: CASE,
  step,
  outcome,
});
const run = (...events: unknown[]) => evaluateRules(rules, timeline(rules, [referral, ...events]));

describe('JCPOA dispute resolution', () => {
  test('nobody resolves it: 15 + 15 days, then significant non-performance at the participant’s option', () => {
    const c = run().cases[0];
    assert.deepEqual(steps(c), [
      '2020-01-14T11:00:00.000Z opened referral',
      // 15 January is day 1, 29 January day 15.
      '2020-01-14T11:00:00.000Z step-entered joint-commission until 2020-01-30T00:00:00.000Z',
      '2020-01-30T00:00:00.000Z defaulted joint-commission',
      '2020-01-30T00:00:00.000Z step-entered ministers until 2020-02-14T00:00:00.000Z',
      '2020-02-14T00:00:00.000Z defaulted ministers',
      '2020-02-14T00:00:00.000Z consequence commitments-suspended',
      '2020-02-14T00:00:00.000Z consequence referred',
      '2020-02-14T00:00:00.000Z closed significant-non-performance',
    ]);
    const kinds = c?.changes.flatMap((ch) =>
      ch.kind === 'consequence' ? [ch.consequence.discretionary] : [],
    );
    assert.deepEqual(kinds, [true, true]);
  });

  test('the advisory option in parallel: the 5 days follow the 30-day process, not the opinion', () => {
    const c = run(decide('opinion', '2020-02-05', 'ministers', 'advisory-opinion')).cases[0];
    assert.deepEqual(steps(c).slice(4), [
      '2020-02-05T00:00:00.000Z decided ministers advisory-opinion',
      '2020-02-05T00:00:00.000Z step-entered opinion-considered until 2020-02-19T00:00:00.000Z',
      '2020-02-19T00:00:00.000Z defaulted opinion-considered',
      '2020-02-19T00:00:00.000Z consequence commitments-suspended',
      '2020-02-19T00:00:00.000Z consequence referred',
      '2020-02-19T00:00:00.000Z closed significant-non-performance',
    ]);
  });

  test('the Advisory Board in lieu of the Ministers, and a resolution on the opinion', () => {
    const c = run(
      decide('to-board', '2020-01-20', 'joint-commission', 'advisory-board'),
      decide('settled', '2020-02-16', 'opinion-considered', 'resolved'),
    ).cases[0];
    assert.deepEqual(steps(c).slice(2), [
      '2020-01-20T00:00:00.000Z decided joint-commission advisory-board',
      // The Board's 15 days run after the Joint Commission's (to 30 January), so to 14 February.
      '2020-01-20T00:00:00.000Z step-entered advisory-board until 2020-02-14T00:00:00.000Z',
      '2020-02-14T00:00:00.000Z defaulted advisory-board',
      '2020-02-14T00:00:00.000Z step-entered opinion-considered until 2020-02-19T00:00:00.000Z',
      '2020-02-16T00:00:00.000Z decided opinion-considered resolved',
      '2020-02-16T00:00:00.000Z closed resolved',
    ]);
  });

  test('extended by consensus: the Joint Commission’s deadline moves and the Ministers’ period follows it', () => {
    const extension = {
      id: 'more-time',
      type: 'extension',
      at: '2020-01-24',
      case: CASE,
      step: 'joint-commission',
      days: 10,
    };
    const c = run(extension).cases[0];
    assert.deepEqual(steps(c).slice(2, 5), [
      '2020-01-24T00:00:00.000Z extended joint-commission until 2020-02-09T00:00:00.000Z',
      '2020-02-09T00:00:00.000Z defaulted joint-commission',
      '2020-02-09T00:00:00.000Z step-entered ministers until 2020-02-24T00:00:00.000Z',
    ]);
  });
});
