// A decision rule is refused unless it is whole: a qualified majority names its threshold and nothing else does,
// shares are at most 1, a veto is named once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DecisionRule, VoteInput } from '../schemas/council.ts';

const refused = (input: unknown) =>
  assert.equal(DecisionRule.safeParse(input).success, false, JSON.stringify(input));
const SEAT = '00000000-0000-7000-8000-000000000001';

test('rules that cannot be applied are refused', () => {
  refused({ kind: 'qualified-majority' });
  refused({ kind: 'simple-majority', threshold: { numerator: 2, denominator: 3 } });
  refused({ kind: 'consensus', quorum: { numerator: 3, denominator: 2 } });
  refused({ kind: 'consensus', quorum: { numerator: 1, denominator: 0 } });
  refused({ kind: 'consensus', quorum: { numerator: 0.5, denominator: 1 } });
  refused({ kind: 'consensus', vetoHolders: [SEAT, SEAT] });
  refused({ kind: 'unanimity' });
  refused({ kind: 'consensus', abstentions: 'sometimes' });
});

test('a whole rule gets its defaults: abstentions left out, a quorum of half the voting seats, no veto', () => {
  assert.deepEqual(DecisionRule.parse({ kind: 'simple-majority' }), {
    kind: 'simple-majority',
    threshold: null,
    vetoHolders: [],
    abstentions: 'ignored',
    quorum: { numerator: 1, denominator: 2 },
  });
});

test('a vote is for, against or an abstention, for a seat named by id', () => {
  assert.equal(VoteInput.safeParse({ memberId: SEAT, choice: 'maybe' }).success, false);
  assert.equal(VoteInput.safeParse({ memberId: 'Qatar', choice: 'for' }).success, false);
  assert.deepEqual(VoteInput.parse({ memberId: SEAT, choice: 'abstain' }), {
    memberId: SEAT,
    choice: 'abstain',
    reason: '',
  });
});
