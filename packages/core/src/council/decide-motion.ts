// The outcome of a motion under a council's rule, with its reasons. Pure: the same rule, seats and votes always
// give the same outcome, so the outcome logged at closing can be recomputed by anyone who reads the votes.
//
// Order of the checks: while a seat has not voted and the motion is not final, it is pending (a vote still to
// come can change any count). Then the quorum (seats taking part, abstaining included, against the voting
// seats); then vetoes; then the rule. Observers never count, and a vote from a seat that is not a voting seat
// of this council is ignored.
import type {
  CouncilMemberRecord,
  DecisionRule,
  Fraction,
  MotionOutcome,
  Tally,
  VoteRecord,
} from '../schemas/council.ts';

type Seat = Pick<CouncilMemberRecord, 'id' | 'name' | 'role'>;
type Ballot = Pick<VoteRecord, 'memberId' | 'choice'>;

/** `final`: the motion is being closed, and a seat that has not voted is absent rather than awaited. */
export function decideMotion(
  rule: DecisionRule,
  members: readonly Seat[],
  votes: readonly Ballot[],
  options: { final: boolean },
): MotionOutcome {
  const voting = members.filter((m) => m.role !== 'observer');
  const byId = new Map(voting.map((m) => [m.id, m]));
  const ballots = new Map<string, Ballot>();
  for (const v of votes) if (byId.has(v.memberId) && !ballots.has(v.memberId)) ballots.set(v.memberId, v);
  const tally = count(voting.length, [...ballots.values()]);
  const outcome = (result: MotionOutcome['result'], reasons: string[], vetoedBy: string[] = []) => ({
    result,
    tally,
    vetoedBy,
    reasons: [describeTally(tally), ...reasons],
  });

  if (!options.final && tally.notVoted > 0)
    return outcome('pending', [`${plural(tally.notVoted, 'seat')} still to vote`]);
  const present = tally.for + tally.against + tally.abstain;
  if (!atLeast(present, voting.length, rule.quorum))
    return outcome('no-quorum', [
      `${present} of ${voting.length} voting seats took part; the quorum is ${fraction(rule.quorum)}`,
    ]);
  const vetoes = rule.vetoHolders.filter((id) => ballots.get(id)?.choice === 'against');
  if (vetoes.length > 0)
    return outcome(
      'vetoed',
      vetoes.map((id) => `vetoed by ${byId.get(id)?.name ?? id}`),
      vetoes,
    );
  const chair = voting.find((m) => m.role === 'chair');
  const chairVote = chair === undefined ? undefined : ballots.get(chair.id)?.choice;
  const [passed, reason] = byRule(rule, tally, chairVote);
  return outcome(passed ? 'passed' : 'failed', [reason]);
}

function count(eligible: number, ballots: Ballot[]): Tally {
  const n = (choice: Ballot['choice']) => ballots.filter((b) => b.choice === choice).length;
  return {
    for: n('for'),
    against: n('against'),
    abstain: n('abstain'),
    notVoted: eligible - ballots.length,
    eligible,
  };
}

// The rule itself, once quorum and vetoes are met: passed or not, and why.
function byRule(rule: DecisionRule, t: Tally, chairVote: Ballot['choice'] | undefined): [boolean, string] {
  const counted = t.for + t.against + (rule.abstentions === 'counted' ? t.abstain : 0);
  switch (rule.kind) {
    case 'consensus': {
      const objections = t.against + (rule.abstentions === 'counted' ? t.abstain : 0);
      if (objections > 0) return [false, `consensus broken: ${plural(objections, 'seat')} did not join`];
      return t.for > 0
        ? [true, 'consensus: nobody objected']
        : [false, 'consensus needs at least one vote for'];
    }
    case 'simple-majority':
      return 2 * t.for > counted
        ? [true, `a majority for: ${t.for} of ${counted} counted`]
        : [false, `no majority for: ${t.for} of ${counted} counted`];
    case 'qualified-majority': {
      const threshold = rule.threshold ?? { numerator: 1, denominator: 1 };
      return counted > 0 && atLeast(t.for, counted, threshold)
        ? [true, `${t.for} of ${counted} counted reach ${fraction(threshold)}`]
        : [false, `${t.for} of ${counted} counted fall short of ${fraction(threshold)}`];
    }
    case 'majority-with-chair-approval':
      return chairDecides(t, counted, chairVote);
  }
}

// The Board of Peace charter: a majority, one vote per member, subject to the Chairman's approval; the Chairman
// breaks ties. So a tie the chair voted for passes, and nothing passes that the chair did not vote for.
function chairDecides(t: Tally, counted: number, chairVote: Ballot['choice'] | undefined): [boolean, string] {
  const majority = 2 * t.for > counted;
  const tie = 2 * t.for === counted && counted > 0;
  if (chairVote !== 'for')
    return [false, majority ? 'a majority for, but the chair did not approve' : 'the chair did not approve'];
  if (majority) return [true, `a majority for (${t.for} of ${counted} counted), approved by the chair`];
  if (tie) return [true, `a tie (${t.for} of ${counted} counted), broken by the chair's vote for`];
  return [false, `no majority for: ${t.for} of ${counted} counted`];
}

function atLeast(part: number, whole: number, share: Fraction): boolean {
  return part * share.denominator >= share.numerator * whole;
}

function fraction(f: Fraction): string {
  return `${f.numerator}/${f.denominator}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeTally(t: Tally): string {
  return `${t.for} for, ${t.against} against, ${t.abstain} abstaining, ${t.notVoted} not voted, of ${t.eligible} voting seats`;
}
