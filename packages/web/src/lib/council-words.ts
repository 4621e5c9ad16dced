// A council's motions in words for its page: what a motion asks, how it stands, and which seats the caller may
// vote (or, a mediator, record a vote) for. Pure, so the page's rules are tested without a browser.
import type { CouncilView, Motion, MotionKind, OutcomeResult, Tally, VoteChoice } from '@concord/core';

export const MOTION_KIND_WORDS: Record<MotionKind, string> = {
  'finding-of-violation': 'Finding of a violation',
  'activate-consequence': 'Activating a consequence',
  amend: 'Amendment',
  'allocate-funds': 'Allocation of funds',
};

export const OUTCOME_WORDS: Record<OutcomeResult, string> = {
  passed: 'Passed',
  failed: 'Failed',
  'no-quorum': 'No quorum',
  vetoed: 'Vetoed',
  pending: 'Voting open',
};

export const CHOICE_WORDS: Record<VoteChoice, string> = {
  for: 'For',
  against: 'Against',
  abstain: 'Abstains',
};

export function tallyLine(t: Tally): string {
  const waiting = t.notVoted > 0 ? `, ${t.notVoted} not voted` : '';
  return `${t.for} for, ${t.against} against, ${t.abstain} abstaining${waiting} (${t.eligible} voting seats)`;
}

/** How an open motion stands: decided once every seat has voted, otherwise still open. */
export function standing(motion: Motion): string {
  if (motion.closedAt !== null)
    return `Closed on ${motion.closedAt.slice(0, 10)}: ${OUTCOME_WORDS[motion.outcome.result]}`;
  if (motion.outcome.result === 'pending') return `Voting open until ${motion.closesAt.slice(0, 10)}`;
  return `Every seat has voted: ${OUTCOME_WORDS[motion.outcome.result]} once closed`;
}

/**
 * The seats the caller may vote for on a motion: its own voting seats (as the member), or, for a mediator, any
 * voting seat (recorded from the minutes); none that has voted, none once voting is over.
 */
export type SeatToVote = { id: string; name: string; as: 'member' | 'mediator' };

export function seatsToVote(council: CouncilView, motion: Motion, now: string): SeatToVote[] {
  if (motion.closedAt !== null || now > motion.closesAt) return [];
  const voted = new Set(motion.votes.map((v) => v.memberId));
  return council.members
    .filter((m) => m.role !== 'observer' && !voted.has(m.id))
    .flatMap((m): SeatToVote[] => {
      if (council.mySeats.includes(m.id)) return [{ id: m.id, name: m.name, as: 'member' }];
      return council.abilities.recordVotes ? [{ id: m.id, name: m.name, as: 'mediator' }] : [];
    });
}
