import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CouncilView, Motion } from '@concord/core';
import { seatsToVote, standing, tallyLine } from './council-words.ts';

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const seat = (n: number, role: 'chair' | 'member' | 'observer') => ({
  id: id(n),
  councilId: id(0),
  name: `Seat ${n}`,
  role,
  partyId: null,
  accountId: null,
  logIndex: n,
});
const tally = { for: 1, against: 0, abstain: 0, notVoted: 2, eligible: 3 };
const motion: Motion = {
  id: id(10),
  councilId: id(0),
  kind: 'amend',
  title: 'Amend',
  text: 'Amend it.',
  openedAt: '2026-02-01T00:00:00.000Z',
  closesAt: '2026-03-01T00:00:00.000Z',
  closedAt: null,
  votes: [
    {
      id: id(11),
      motionId: id(10),
      memberId: id(1),
      choice: 'for',
      reason: '',
      recordedBy: 'member',
      actor: 'x',
      castAt: '2026-02-02T00:00:00.000Z',
      logIndex: 11,
    },
  ],
  outcome: { result: 'pending', tally, vetoedBy: [], reasons: [] },
  logIndex: 10,
};
const council = (mySeats: string[], recordVotes: boolean): CouncilView => ({
  id: id(0),
  processId: id(99),
  name: 'Board',
  mandate: '',
  rule: {
    kind: 'consensus',
    threshold: null,
    vetoHolders: [],
    abstentions: 'ignored',
    quorum: { numerator: 1, denominator: 2 },
  },
  members: [seat(1, 'chair'), seat(2, 'member'), seat(3, 'member'), seat(4, 'observer')],
  motions: [motion],
  audience: { kind: 'public' },
  logIndex: 0,
  abilities: { addMember: false, openMotion: false, closeMotion: false, recordVotes },
  mySeats,
});
const NOW = '2026-02-10T00:00:00.000Z';

test('a member is offered its own seat only, until it has voted', () => {
  assert.deepEqual(seatsToVote(council([id(2)], false), motion, NOW), [
    { id: id(2), name: 'Seat 2', as: 'member' },
  ]);
  assert.deepEqual(seatsToVote(council([id(1)], false), motion, NOW), []);
});

test('a mediator records for any voting seat not yet voted, never an observer; nobody after closing time', () => {
  assert.deepEqual(
    seatsToVote(council([], true), motion, NOW).map((s) => [s.name, s.as]),
    [
      ['Seat 2', 'mediator'],
      ['Seat 3', 'mediator'],
    ],
  );
  assert.deepEqual(seatsToVote(council([], true), motion, '2026-03-02T00:00:00.000Z'), []);
  assert.deepEqual(seatsToVote(council([], false), motion, NOW), []);
});

test('the tally and the standing in words', () => {
  assert.equal(tallyLine(tally), '1 for, 0 against, 0 abstaining, 2 not voted (3 voting seats)');
  assert.equal(standing(motion), 'Voting open until 2026-03-01');
  const closed = {
    ...motion,
    closedAt: '2026-03-02T10:00:00.000Z',
    outcome: { ...motion.outcome, result: 'vetoed' as const },
  };
  assert.equal(standing(closed), 'Closed on 2026-03-02: Vetoed');
});
