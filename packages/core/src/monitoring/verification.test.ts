// The verification workflow: allowed moves carry who decided and why; illegal moves and reasonless moves are
// refused with a sentence; a history is replayed to its status.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changeVerification, NEXT_STATUSES, statusAfter } from './verification.ts';

const by = '01930000-0000-7000-8000-000000000001';
const at = '2025-10-20T10:00:00.000Z';

describe('changeVerification', () => {
  test('reported → corroborated → verified, each with its reason and decider', () => {
    const first = changeVerification('reported', { to: 'corroborated', reason: ' two witnesses ', by, at });
    assert.deepEqual(first, {
      ok: true,
      change: { from: 'reported', to: 'corroborated', reason: 'two witnesses', by, at },
    });
    const second = changeVerification('corroborated', { to: 'verified', reason: 'crater analysis', by, at });
    assert.equal(second.ok && second.change.to, 'verified');
  });

  test('a verified incident can only be disputed; a rejected one never moves', () => {
    const back = changeVerification('verified', { to: 'reported', reason: 'x', by, at });
    assert.deepEqual(back, {
      ok: false,
      problem: 'A verified incident cannot become reported: it can become disputed.',
    });
    for (const to of ['reported', 'corroborated', 'verified', 'disputed'] as const) {
      const result = changeVerification('rejected', { to, reason: 'new evidence', by, at });
      assert.equal(result.ok, false, to);
      assert.match(result.ok ? '' : result.problem, /that is final/);
    }
  });

  test('a move to the same status or without a reason is refused', () => {
    assert.deepEqual(changeVerification('disputed', { to: 'disputed', reason: 'x', by, at }), {
      ok: false,
      problem: 'The incident is disputed already.',
    });
    assert.deepEqual(changeVerification('disputed', { to: 'verified', reason: '  ', by, at }), {
      ok: false,
      problem: 'A change of status needs a reason.',
    });
  });

  test('every status except rejected has a way on, and every move leaves the status it starts from', () => {
    for (const [from, next] of Object.entries(NEXT_STATUSES)) {
      assert.equal(next.length === 0, from === 'rejected', from);
      assert.ok(!next.includes(from as never), from);
    }
  });
});

describe('statusAfter', () => {
  const step = (from: string, to: string) => ({ from, to, reason: 'r', by, at }) as never;
  test('replays a history, disputes included', () => {
    assert.equal(statusAfter([]), 'reported');
    const history = [
      step('reported', 'verified'),
      step('verified', 'disputed'),
      step('disputed', 'rejected'),
    ];
    assert.equal(statusAfter(history), 'rejected');
  });
  test('refuses a history that skips or breaks the workflow', () => {
    assert.throws(() => statusAfter([step('corroborated', 'verified')]), /does not follow reported/);
    assert.throws(() => statusAfter([step('reported', 'rejected'), step('rejected', 'verified')]));
  });
});
