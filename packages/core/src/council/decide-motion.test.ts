import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DecisionRule, type DecisionRuleInput, type SeatRole, type VoteChoice } from '../schemas/council.ts';
import { decideMotion } from './decide-motion.ts';

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const rule = (input: DecisionRuleInput) => DecisionRule.parse(input);
const seat = (n: number, role: SeatRole = 'member') => ({ id: id(n), name: `Seat ${n}`, role });
const vote = (n: number, choice: VoteChoice) => ({ memberId: id(n), choice });
// Chair 1, members 2–5, observer 6.
const BOARD = [seat(1, 'chair'), seat(2), seat(3), seat(4), seat(5), seat(6, 'observer')];
const final = { final: true };

function votes(...choices: VoteChoice[]) {
  return choices.map((c, i) => vote(i + 1, c));
}

describe('decideMotion: the rules', () => {
  const cases: [string, DecisionRuleInput, VoteChoice[], string][] = [
    ['consensus, all for', { kind: 'consensus' }, ['for', 'for', 'for', 'for', 'for'], 'passed'],
    ['consensus, one against', { kind: 'consensus' }, ['for', 'for', 'against', 'for', 'for'], 'failed'],
    [
      'consensus, abstention ignored',
      { kind: 'consensus' },
      ['for', 'abstain', 'for', 'for', 'for'],
      'passed',
    ],
    [
      'consensus, abstention counted',
      { kind: 'consensus', abstentions: 'counted' },
      ['for', 'abstain', 'for', 'for', 'for'],
      'failed',
    ],
    [
      'simple majority 3–2',
      { kind: 'simple-majority' },
      ['for', 'for', 'for', 'against', 'against'],
      'passed',
    ],
    [
      'simple majority 2–2',
      { kind: 'simple-majority' },
      ['for', 'for', 'abstain', 'against', 'against'],
      'failed',
    ],
    [
      'simple majority 2–1, abstentions counted',
      { kind: 'simple-majority', abstentions: 'counted' },
      ['for', 'for', 'abstain', 'abstain', 'against'],
      'failed',
    ],
    [
      'two thirds, 4 of 5',
      { kind: 'qualified-majority', threshold: { numerator: 2, denominator: 3 } },
      ['for', 'for', 'for', 'for', 'against'],
      'passed',
    ],
    [
      'two thirds, 3 of 5',
      { kind: 'qualified-majority', threshold: { numerator: 2, denominator: 3 } },
      ['for', 'for', 'for', 'against', 'against'],
      'failed',
    ],
    [
      'two thirds, exactly 2 of 3 counted',
      { kind: 'qualified-majority', threshold: { numerator: 2, denominator: 3 } },
      ['for', 'for', 'against', 'abstain', 'abstain'],
      'passed',
    ],
    [
      'chair approval: majority with the chair',
      { kind: 'majority-with-chair-approval' },
      ['for', 'for', 'for', 'against', 'against'],
      'passed',
    ],
    [
      'chair approval: majority without the chair',
      { kind: 'majority-with-chair-approval' },
      ['against', 'for', 'for', 'for', 'for'],
      'failed',
    ],
    [
      'chair approval: the chair breaks a tie',
      { kind: 'majority-with-chair-approval' },
      ['for', 'for', 'against', 'against', 'abstain'],
      'passed',
    ],
    [
      'chair approval: the chair alone is not a majority',
      { kind: 'majority-with-chair-approval' },
      ['for', 'against', 'against', 'against', 'abstain'],
      'failed',
    ],
  ];
  for (const [name, input, choices, expected] of cases)
    test(name, () => {
      const outcome = decideMotion(rule(input), BOARD, votes(...choices), final);
      assert.equal(outcome.result, expected, outcome.reasons.join('; '));
    });

  test('the tally and the reasons say what happened', () => {
    const outcome = decideMotion(
      rule({ kind: 'simple-majority' }),
      BOARD,
      votes('for', 'for', 'against'),
      final,
    );
    assert.deepEqual(outcome.tally, { for: 2, against: 1, abstain: 0, notVoted: 2, eligible: 5 });
    assert.equal(outcome.result, 'passed');
    assert.match(
      outcome.reasons[0] as string,
      /2 for, 1 against, 0 abstaining, 2 not voted, of 5 voting seats/,
    );
  });
});

describe('decideMotion: quorum, vetoes, pending', () => {
  test('below the quorum nothing is decided, whatever the votes', () => {
    const r = rule({ kind: 'simple-majority', quorum: { numerator: 3, denominator: 5 } });
    assert.equal(decideMotion(r, BOARD, votes('for', 'for'), final).result, 'no-quorum');
    assert.equal(decideMotion(r, BOARD, votes('for', 'for', 'abstain'), final).result, 'passed');
  });

  test('a veto holder voting against defeats a motion a majority carried, and is named', () => {
    const r = rule({ kind: 'simple-majority', vetoHolders: [id(3)] });
    const outcome = decideMotion(r, BOARD, votes('for', 'for', 'against', 'for', 'for'), final);
    assert.equal(outcome.result, 'vetoed');
    assert.deepEqual(outcome.vetoedBy, [id(3)]);
    assert.ok(outcome.reasons.includes('vetoed by Seat 3'));
  });

  test('a veto holder abstaining does not veto', () => {
    const r = rule({ kind: 'simple-majority', vetoHolders: [id(3)] });
    assert.equal(decideMotion(r, BOARD, votes('for', 'for', 'abstain', 'for'), final).result, 'passed');
  });

  test('pending while a seat has not voted, decided once all have', () => {
    const r = rule({ kind: 'simple-majority' });
    assert.equal(decideMotion(r, BOARD, votes('for', 'for', 'for'), { final: false }).result, 'pending');
    const all = votes('for', 'for', 'for', 'against', 'against');
    assert.equal(decideMotion(r, BOARD, all, { final: false }).result, 'passed');
  });

  test("an observer's vote, a stranger's vote and a second vote by one seat are not counted", () => {
    const r = rule({ kind: 'consensus' });
    const cast = [
      ...votes('for', 'for', 'for', 'for', 'for'),
      vote(6, 'against'),
      vote(99, 'against'),
      vote(2, 'against'),
    ];
    const outcome = decideMotion(r, BOARD, cast, final);
    assert.equal(outcome.result, 'passed');
    assert.equal(outcome.tally.against, 0);
  });
});

// Properties over random councils and votes (a seeded generator: the same cases on every run).
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const CHOICES: VoteChoice[] = ['for', 'against', 'abstain'];
const KINDS = ['consensus', 'simple-majority', 'qualified-majority', 'majority-with-chair-approval'] as const;

function randomCase(next: () => number) {
  const size = 1 + Math.floor(next() * 9);
  const members = Array.from({ length: size }, (_, i) =>
    seat(i + 1, i === 0 ? 'chair' : next() < 0.2 ? 'observer' : 'member'),
  );
  const kind = KINDS[Math.floor(next() * KINDS.length)] as (typeof KINDS)[number];
  const r = rule({
    kind,
    threshold: kind === 'qualified-majority' ? { numerator: 2, denominator: 3 } : null,
    abstentions: next() < 0.5 ? 'ignored' : 'counted',
    quorum: { numerator: Math.floor(next() * 3), denominator: 3 },
    vetoHolders: members.filter(() => next() < 0.2).map((m) => m.id),
  });
  const cast = members
    .filter(() => next() < 0.8)
    .map((m) => ({
      memberId: m.id,
      choice: CHOICES[Math.floor(next() * 3)] as VoteChoice,
    }));
  return { members, r, cast };
}

describe('decideMotion: properties over 2,000 random councils', () => {
  const next = random(2803);
  const runs = Array.from({ length: 2000 }, () => randomCase(next));

  test('observers never count: dropping their votes changes nothing', () => {
    for (const { members, r, cast } of runs) {
      const observers = new Set(members.filter((m) => m.role === 'observer').map((m) => m.id));
      const without = cast.filter((v) => !observers.has(v.memberId));
      assert.deepEqual(decideMotion(r, members, without, final), decideMotion(r, members, cast, final));
    }
  });

  test('a consensus rule never passes a motion with a vote against', () => {
    for (const { members, r, cast } of runs) {
      if (r.kind !== 'consensus') continue;
      const seats = new Set(members.filter((m) => m.role !== 'observer').map((m) => m.id));
      const against = cast.some((v) => v.choice === 'against' && seats.has(v.memberId));
      if (against) assert.notEqual(decideMotion(r, members, cast, final).result, 'passed');
    }
  });

  test('the order votes arrive in does not matter', () => {
    for (const { members, r, cast } of runs)
      assert.deepEqual(
        decideMotion(r, members, [...cast].reverse(), final),
        decideMotion(r, members, cast, final),
      );
  });

  test('with quorum met, a veto holder against always vetoes', () => {
    for (const { members, r, cast } of runs) {
      const outcome = decideMotion(r, members, cast, final);
      if (outcome.result === 'no-quorum') continue;
      const vetoed = cast.some(
        (v) =>
          v.choice === 'against' &&
          r.vetoHolders.includes(v.memberId) &&
          members.find((m) => m.id === v.memberId)?.role !== 'observer',
      );
      assert.equal(outcome.result === 'vetoed', vetoed);
    }
  });

  test('turning a vote for into a vote against never turns a failure into a pass', () => {
    for (const { members, r, cast } of runs) {
      const before = decideMotion(r, members, cast, final).result;
      const i = cast.findIndex((v) => v.choice === 'for');
      if (i < 0) continue;
      const changed = cast.map((v, k) => (k === i ? { ...v, choice: 'against' as const } : v));
      const after = decideMotion(r, members, changed, final).result;
      if (before !== 'passed') assert.notEqual(after, 'passed');
    }
  });
});
