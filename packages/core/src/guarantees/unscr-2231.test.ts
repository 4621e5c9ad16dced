// Resolution 2231's snapback, replayed: the 2025 precedent gives its dates; the 2020 attempt and a notification
// after Termination Day open no case. Every expected date below is counted by hand: the day of the notification
// does not count, day 1 is the next day, and "after the 30th day" is 00:00Z on day 31.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateRules } from './evaluate-rules.ts';
import { readTimelineFile } from './read-guarantee-files.ts';
import { exampleJson, exampleRules, steps, timeline } from './test-support.ts';

const rules = exampleRules('unscr-2231.rules.json');
const CASE = 'UNSCR-2231-snapback#1';
const notify = (at: string, by = ['France', 'Germany', 'United Kingdom']) => ({
  id: `n-${at.replace(/:/g, '')}`,
  type: 'notification',
  at,
  by,
});
const vote = (at: string, outcome: string, step = 'council-vote', id = `v-${at}`) => ({
  id,
  type: 'decision',
  at,
  case: CASE,
  step,
  outcome,
});

describe('resolution 2231 snapback', () => {
  test('2025: notified 28 August, continuation failed 19 September, sanctions back 2025-09-28T00:00Z', () => {
    const read = readTimelineFile(exampleJson('unscr-2231-2025.events.json'), rules);
    assert.ok(read.ok, read.ok ? '' : read.message);
    const [only, ...others] = evaluateRules(rules, read.value).cases;
    assert.equal(others.length, 0);
    assert.equal(only?.id, CASE);
    assert.deepEqual(steps(only), [
      '2025-08-28T00:00:00.000Z opened e3-notification',
      // 10 days: 29 Aug … 7 Sep; nobody tabled it, so the President does, at 00:00Z on 8 September.
      '2025-08-28T00:00:00.000Z step-entered tabling until 2025-09-08T00:00:00.000Z',
      '2025-09-08T00:00:00.000Z defaulted tabling',
      // 30 days from the notification: 29 Aug … 27 Sep.
      '2025-09-08T00:00:00.000Z step-entered council-vote until 2025-09-28T00:00:00.000Z',
      '2025-09-19T00:00:00.000Z decided council-vote not-adopted',
      '2025-09-19T00:00:00.000Z step-entered reimposition-pending until 2025-09-28T00:00:00.000Z',
      '2025-09-26T00:00:00.000Z recorded reimposition-pending delay-not-adopted',
      '2025-09-28T00:00:00.000Z defaulted reimposition-pending',
      '2025-09-28T00:00:00.000Z consequence sanctions-reinstated',
      '2025-09-28T00:00:00.000Z closed sanctions-reimposed',
    ]);
    assert.equal(only?.status, 'closed');
    assert.equal(only?.outcome, 'sanctions-reimposed');
    assert.equal(
      only?.changes[0]?.kind === 'opened' && only.changes[0].summary,
      'notification by France, Germany and United Kingdom against Iran',
    );
  });

  test('the hour of the notification does not move the deadline; one millisecond before it the case is still open', () => {
    for (const at of ['2025-08-28T00:00:00Z', '2025-08-28T16:45:00Z', '2025-08-28T23:59:59.999Z']) {
      const t = timeline(rules, [notify(at), vote('2025-09-19', 'not-adopted')]);
      const before = evaluateRules(rules, t, { clock: '2025-09-27T23:59:59.999Z' }).cases[0];
      assert.equal(before?.status, 'open', at);
      assert.deepEqual(before?.pending, {
        step: 'reimposition-pending',
        deadline: '2025-09-28T00:00:00.000Z',
      });
      const after = evaluateRules(rules, t, { clock: '2025-09-28T00:00:00.000Z' }).cases[0];
      assert.equal(after?.outcome, 'sanctions-reimposed', at);
      assert.equal(after?.changes.at(-1)?.at, '2025-09-28T00:00:00.000Z');
    }
  });

  test('no vote at all: the sanctions return at the same moment; a continuation adopted in time keeps the relief', () => {
    const silent = evaluateRules(rules, timeline(rules, [notify('2025-08-28')])).cases[0];
    assert.deepEqual(steps(silent).slice(-3), [
      '2025-09-28T00:00:00.000Z defaulted council-vote',
      '2025-09-28T00:00:00.000Z consequence sanctions-reinstated',
      '2025-09-28T00:00:00.000Z closed sanctions-reimposed',
    ]);
    const adopted = evaluateRules(
      rules,
      timeline(rules, [notify('2025-08-28'), vote('2025-09-19', 'adopted')]),
    ).cases[0];
    assert.deepEqual(steps(adopted).slice(-2), [
      '2025-09-19T00:00:00.000Z decided council-vote adopted',
      '2025-09-19T00:00:00.000Z closed relief-continued',
    ]);
    assert.ok(!adopted?.changes.some((c) => c.kind === 'consequence'));
  });

  test('a vote on 28 September is too late: the sanctions are back and the vote is handed back with the reason', () => {
    const result = evaluateRules(
      rules,
      timeline(rules, [notify('2025-08-28'), vote('2025-09-28', 'adopted')]),
    );
    assert.equal(result.cases[0]?.outcome, 'sanctions-reimposed');
    assert.deepEqual(result.unplaced, [
      {
        event: 'v-2025-09-28',
        at: '2025-09-28T00:00:00.000Z',
        reason: `case ${CASE} had already closed (sanctions-reimposed)`,
      },
    ]);
  });

  test('2020: a notification by the United States, no longer a participant, opens no case', () => {
    const result = evaluateRules(rules, timeline(rules, [notify('2020-08-20', ['United States'])]));
    assert.deepEqual(result.cases, []);
    assert.equal(result.unplaced.length, 1);
    assert.match(
      result.unplaced[0]?.reason ?? '',
      /^United States is not among those who may notify \(China, France, /,
    );
  });

  test('after Termination Day (18 October 2025) a notification opens no case', () => {
    const result = evaluateRules(
      rules,
      timeline(rules, [notify('2025-10-17T23:59:59Z'), notify('2025-10-18')]),
    );
    assert.deepEqual(
      result.cases.map((c) => c.openedAt),
      ['2025-10-17T23:59:59.000Z'],
    );
    assert.deepEqual(
      result.unplaced.map((u) => [u.event, u.reason]),
      [['n-2025-10-18', 'UNSCR-2231-snapback was in force only until 2025-10-18T00:00:00.000Z']],
    );
  });
});
